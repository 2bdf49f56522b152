import type { FindingCatalogue } from '../finding.js';

/** Every finding the SPF audit can report, declared once (ids are a public contract; RFC 7208 unless noted). */
export const spfFindings = {
  'spf.missing': {
    severity: 'error',
    title: 'No SPF record',
    fix: 'Publish one TXT record starting with "v=spf1" that lists your senders and ends in "-all" (or "v=spf1 -all" if the domain sends no mail).',
    rfc: 'RFC 7208 §4.5, §10.1.2',
  },
  'spf.multiple-records': {
    severity: 'error',
    title: 'More than one SPF record',
    fix: 'Merge the "v=spf1" TXT records into one; two or more make every check a permerror.',
    rfc: 'RFC 7208 §3.2, §4.5',
  },
  'spf.syntax-error': {
    severity: 'error',
    title: 'SPF record has a syntax error',
    fix: 'Correct the term at the position given; any syntax error makes every check a permerror.',
    rfc: 'RFC 7208 §4.6, §12',
  },
  'spf.too-many-lookups': {
    severity: 'error',
    title: 'More than 10 DNS-querying terms',
    fix: 'Bring include, a, mx, ptr, exists and redirect down to 10 in total across all includes: drop unused includes or replace a/mx with ip4/ip6.',
    rfc: 'RFC 7208 §4.6.4',
  },
  'spf.too-many-void-lookups': {
    severity: 'error',
    title: 'More than 2 void lookups',
    fix: 'Remove the a, mx, exists or include terms whose names have no records.',
    rfc: 'RFC 7208 §4.6.4',
  },
  'spf.too-many-mx-names': {
    severity: 'error',
    title: 'An mx term names more than 10 mail servers',
    fix: 'Replace the mx term with ip4/ip6 terms or a, since more than 10 MX names is a permerror.',
    rfc: 'RFC 7208 §4.6.4, §5.4',
  },
  'spf.include-loop': {
    severity: 'error',
    title: 'include or redirect loops back',
    fix: 'Remove the include or redirect that points back to a record already on its path: each pass round the loop counts again, so a receiver that reaches it stops at the limit of 10 DNS-querying terms with permerror.',
    rfc: 'RFC 7208 §5.2, §6.1, §4.6.4',
  },
  'spf.include-no-record': {
    severity: 'error',
    title: 'include or redirect target has no SPF record',
    fix: 'Remove the include/redirect or correct its domain; a target without an SPF record is a permerror.',
    rfc: 'RFC 7208 §5.2, §6.1',
  },
  'spf.pass-all': {
    severity: 'error',
    title: '"+all" authorizes every host',
    fix: 'End the record with "-all" (or "~all" while you roll out) instead of "+all".',
    rfc: 'RFC 7208 §4.6.2, §5.1, Appendix A.1',
  },
  'spf.neutral-all': {
    severity: 'warning',
    title: '"?all" gives no protection',
    fix: 'End the record with "-all" (or "~all") once every sender is listed: a neutral result is treated exactly like none, and only "-all" lets receivers decide a host is not authorized.',
    rfc: 'RFC 7208 §2.1, §8.2',
  },
  'spf.no-all': {
    severity: 'warning',
    title: 'No "all" and no redirect: everything else is neutral',
    fix: 'End the record with "-all" (or "~all").',
    rfc: 'RFC 7208 §4.7, §5.1',
  },
  'spf.ptr-mechanism': {
    severity: 'warning',
    title: '"ptr" should not be published',
    fix: 'Replace ptr with ip4/ip6 or a terms: ptr is slow, less reliable than the other mechanisms when DNS errors occur, and a burden on the .arpa name servers. Receivers must still support it, so it works, but it SHOULD NOT be published.',
    rfc: 'RFC 7208 §5.5',
  },
  'spf.redirect-ignored': {
    severity: 'warning',
    title: 'redirect= is ignored beside "all"',
    fix: 'Remove either the "all" mechanism or the redirect= modifier: a redirect MUST be ignored when the record has "all" anywhere.',
    rfc: 'RFC 7208 §5.1, §6.1',
  },
  'spf.cidr-not-network': {
    severity: 'info',
    title: 'Network written with host bits set',
    fix: "Nothing breaks: only the prefix's high-order bits are compared, so the term means the network shown. Write that network address (or the prefix you meant) so the record says what it does.",
    rfc: 'RFC 7208 §5, §5.6, RFC 4632',
  },
  'spf.non-public-address': {
    severity: 'warning',
    title: 'Private, loopback, documentation or other special-purpose address',
    fix: 'RFC 7208 allows any address, but a special-purpose range (RFC 6890) is not where mail from the internet comes from: list the public address your mail leaves from, or keep the term only for receivers on the network that uses the range.',
    rfc: 'RFC 7208 §5.6, RFC 6890',
  },
  'spf.record-too-long': {
    severity: 'warning',
    title: 'SPF answer over 450 octets, or a string over 255',
    fix: 'Keep each character-string at most 255 octets, and the name plus all the TXT records at it (SPF or not) under 450 octets so the answer fits a 512-octet UDP packet: move senders into an include, or remove TXT records no longer used.',
    rfc: 'RFC 7208 §3.3, §3.4',
  },
  'spf.dns-error': {
    severity: 'error',
    title: 'SPF could not be determined: DNS error',
    fix: "Check that the domain's name servers answer TXT queries (no SERVFAIL or timeout), then run the check again.",
    rfc: 'RFC 7208 §2.6.6, §4.4, §5',
  },
  'spf.tree-truncated': {
    severity: 'warning',
    title: 'The include tree is too large to follow',
    fix: 'Flatten or remove includes: the audit follows 10 levels, 100 records and 60 a/mx/exists terms, each more than the 10 DNS-querying terms a receiver evaluates, and keeps 2,000 networks.',
    rfc: 'RFC 7208 §4.6.4',
  },
  'spf.terms-after-all': {
    severity: 'warning',
    title: 'Mechanisms after "all" are never evaluated',
    fix: 'Move the mechanisms before "all" if they should authorize senders, or delete them: a receiver stops at "all" and MUST ignore what follows.',
    rfc: 'RFC 7208 §5.1',
  },
  'spf.duplicate-include': {
    severity: 'warning',
    title: 'The same include appears more than once in the tree',
    fix: 'Keep one include of the domain: every occurrence a receiver reaches is evaluated again and counts its DNS-querying terms again toward the limit of 10, and a repeat can never match where the first did not.',
    rfc: 'RFC 7208 §4.6.4, §5.2',
  },
} as const satisfies FindingCatalogue;

/** An SPF finding id. */
export type SpfFindingId = keyof typeof spfFindings;

/**
 * The findings of `checkHeloSpf`: host names checked as HELO identities (RFC 7208 §2.3). A catalogue of their own,
 * since the report shows them with the hosts they are about, in the mx section.
 */
export const spfHeloFindings = {
  'spf.helo-no-record': {
    severity: 'info',
    title: 'A mail host name has no SPF record for HELO checks',
    fix: 'Publish "v=spf1 a -all" at the host name, so a receiver that checks the HELO identity (and a bounce, whose MAIL FROM is postmaster@ that name) gets pass. The hosts of a mail provider are theirs to publish.',
    rfc: 'RFC 7208 §2.3, §10.1.2, §10.1.3',
  },
  'spf.helo-not-authorized': {
    severity: 'warning',
    title: "A mail host's own address does not pass the SPF check of its name",
    fix: 'Make the SPF record at the host name authorize the host itself ("v=spf1 a -all"), or have the host say a name in HELO whose record does.',
    rfc: 'RFC 7208 §2.3, §10.1.2',
  },
  'spf.helo-dns-error': {
    severity: 'error',
    title: 'The SPF check of a mail host name could not be made: DNS error',
    fix: "Check that the name servers of the host's zone answer TXT, A and AAAA queries (no SERVFAIL or timeout), then run the check again.",
    rfc: 'RFC 7208 §2.3, §2.6.6',
  },
  'spf.helo-hosts-limited': {
    severity: 'info',
    title: 'Not every mail host was checked as a HELO name',
    fix: 'The MX hosts with the lowest preference were checked; give each of the others an SPF record that authorizes its own addresses ("v=spf1 a -all") too, or check them one by one.',
    rfc: 'RFC 7208 §2.3',
  },
} as const satisfies FindingCatalogue;

/** A finding id of `checkHeloSpf`. */
export type SpfHeloFindingId = keyof typeof spfHeloFindings;
