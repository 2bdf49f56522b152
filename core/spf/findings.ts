import type { FindingCatalogue } from '../finding.js';

/** Every finding the SPF audit can report, declared once (ids are a public contract; RFC 7208 unless noted). */
export const spfFindings = {
  'spf.missing': {
    severity: 'error',
    title: 'No SPF record',
    fix: 'Publish one TXT record starting with "v=spf1" that lists your senders and ends in "-all" (or "v=spf1 -all" if the domain sends no mail).',
    rfc: 'RFC 7208 §4.5',
  },
  'spf.multiple-records': {
    severity: 'error',
    title: 'More than one SPF record',
    fix: 'Merge the "v=spf1" TXT records into one; two or more make every check a permerror.',
    rfc: 'RFC 7208 §4.5',
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
    rfc: 'RFC 7208 §4.6.4',
  },
  'spf.include-loop': {
    severity: 'error',
    title: 'include or redirect loops back',
    fix: 'Remove the include or redirect that points back to a record already on its path.',
    rfc: 'RFC 7208 §5.2, §4.6.4',
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
    rfc: 'RFC 7208 §5.1',
  },
  'spf.neutral-all': {
    severity: 'warning',
    title: '"?all" gives no protection',
    fix: 'End the record with "-all" (or "~all") once every sender is listed.',
    rfc: 'RFC 7208 §5.1, §8.2',
  },
  'spf.no-all': {
    severity: 'warning',
    title: 'No "all" and no redirect: everything else is neutral',
    fix: 'End the record with "-all" (or "~all").',
    rfc: 'RFC 7208 §4.7, §5.1',
  },
  'spf.ptr-mechanism': {
    severity: 'warning',
    title: '"ptr" should not be used',
    fix: 'Replace ptr with ip4/ip6 or a terms; ptr is slow, unreliable and many receivers ignore it.',
    rfc: 'RFC 7208 §5.5',
  },
  'spf.redirect-ignored': {
    severity: 'warning',
    title: 'redirect= is ignored beside "all"',
    fix: 'Remove either the "all" mechanism or the redirect= modifier.',
    rfc: 'RFC 7208 §6.1',
  },
  'spf.cidr-not-network': {
    severity: 'error',
    title: 'Network address has host bits set',
    fix: 'Write the network address of the prefix (the address with host bits zero), or the prefix you meant.',
    rfc: 'RFC 7208 §5.6, RFC 4632 §3.1',
  },
  'spf.non-public-address': {
    severity: 'error',
    title: 'Private, loopback, documentation or reserved address',
    fix: 'Remove the term or put the public address your mail leaves from; internet mail never comes from these ranges.',
    rfc: 'RFC 7208 §5.6, RFC 6890',
  },
  'spf.record-too-long': {
    severity: 'warning',
    title: 'SPF record or string too long',
    fix: 'Keep each TXT string at most 255 octets and the record under 450 octets: move senders into an include.',
    rfc: 'RFC 7208 §3.3, §3.4',
  },
  'spf.dns-error': {
    severity: 'error',
    title: 'SPF could not be determined: DNS error',
    fix: "Check that the domain's name servers answer TXT queries (no SERVFAIL or timeout), then run the check again.",
    rfc: 'RFC 7208 §2.6.6, §4.4',
  },
  'spf.tree-truncated': {
    severity: 'warning',
    title: 'The include tree is too large to follow',
    fix: 'Flatten or remove includes: the tree exceeds what any receiver will evaluate.',
    rfc: 'RFC 7208 §4.6.4',
  },
} as const satisfies FindingCatalogue;

/** An SPF finding id. */
export type SpfFindingId = keyof typeof spfFindings;
