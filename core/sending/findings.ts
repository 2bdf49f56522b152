import type { FindingCatalogue } from '../finding.js';

/**
 * Every finding of the sending section, declared once: what a receiver sees of one sending host — its SPF result
 * for the MAIL FROM and HELO identities (RFC 7208 §2.3, §2.4), DMARC alignment and policy (RFC 9989 §4.4, §4.7) and
 * its reverse DNS (receiver practice on top of RFC 1912 §2.1). Each finding's `at` is the IP it concerns.
 */
export const sendingFindings = {
  'sending.ip-not-authorized': {
    severity: 'error',
    severityNote:
      'error for fail (the policy excludes the IP); warning for softfail, neutral and none, which receivers weigh less',
    title: 'Sending IP not authorized by SPF',
    fix: 'Add the IP (ip4:/ip6:) or the include: of the service that sends from it to the SPF record of the MAIL FROM domain.',
    rfc: 'RFC 7208 §2.6, §4',
  },
  'sending.spf-error': {
    severity: 'error',
    severityNote:
      'error for a permerror of the MAIL FROM check; with a temperror (DNS failed) the host is unknown (status error); warning for the HELO check',
    title: 'SPF check of the sending IP ends in an error',
    fix: 'Fix the SPF record the error names (syntax, more than 10 DNS lookups, a missing include), or make its DNS answer, then check again.',
    rfc: 'RFC 7208 §2.6.6, §2.6.7, §4.6.4',
  },
  'sending.not-aligned': {
    severity: 'warning',
    title: 'SPF passes for a MAIL FROM domain not aligned with the From domain',
    fix: 'Use a bounce (MAIL FROM) address at the From domain or one of its subdomains (most services offer a custom return-path), or sign with an aligned DKIM key.',
    rfc: 'RFC 9989 §4.4.2',
  },
  'sending.dmarc-fail': {
    severity: 'error',
    severityNote: 'warning when the policy applied is p=none (receivers deliver it and report the failure)',
    title: 'Mail from this host fails DMARC: the policy applies',
    fix: 'Authorize the IP in the SPF record of an aligned MAIL FROM domain, or have the host sign with a DKIM key published at the From domain.',
    rfc: 'RFC 9989 §4.4, §4.7',
  },
  'sending.dkim-only': {
    severity: 'info',
    title: 'Passes DMARC only with a DKIM signature',
    fix: 'Make sure the host signs every message with one of the published DKIM selectors, or authorize it in SPF too, so mail still passes when a signature breaks.',
    rfc: 'RFC 9989 §4.4.1',
  },
  'sending.ptr-missing': {
    severity: 'error',
    title: 'Sending IP has no reverse DNS (PTR)',
    fix: 'Ask whoever owns the IP (hosting provider or ISP) for a PTR naming the mail host (e.g. mail.<domain>), and give that name an A/AAAA record with this IP. Many receivers refuse mail from an IP without one.',
    rfc: 'RFC 1912 §2.1 (receivers check it as iprev, RFC 8601 §3)',
  },
  'sending.ptr-not-confirmed': {
    severity: 'error',
    title: 'Reverse DNS of the sending IP not forward-confirmed',
    fix: 'Make the PTR name resolve (A/AAAA) back to this IP, or change the PTR to a name that does.',
    rfc: 'RFC 1912 §2.1 (receivers check it as iprev, RFC 8601 §3)',
  },
  'sending.ptr-generic': {
    severity: 'warning',
    title: 'Generic reverse DNS name on the sending IP',
    fix: 'Set a PTR naming the mail host (e.g. mail.<domain>) instead of the provider’s generic name: receivers treat generic names as residential or dynamic senders.',
    rfc: 'No RFC: receiver practice (M3AAWG; large mailbox providers’ sender rules)',
  },
  'sending.helo-not-authorized': {
    severity: 'warning',
    title: 'HELO name does not authorize the sending IP',
    fix: 'Publish an SPF record at the HELO name that authorizes the host (v=spf1 a -all when the name resolves to it), or have the host say a name that does.',
    rfc: 'RFC 7208 §2.3',
  },
  'sending.dns-error': {
    severity: 'error',
    title: 'A lookup for the sending host failed',
    fix: 'Make the failing name answer (or check again later): until then how receivers judge this host is unknown.',
    rfc: 'RFC 7208 §2.6.6; RFC 9989 §4.10',
  },
} satisfies FindingCatalogue;

/** A sending finding id. */
export type SendingFindingId = keyof typeof sendingFindings;
