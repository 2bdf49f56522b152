import type { FindingCatalogue } from '../finding.js';

/**
 * Every PTR finding id, declared once (RFC 1912 §2.1, RFC 8601 §3). ptr.generic and ptr.multiple rest on receiver
 * practice (M3AAWG, the large receivers' sender rules), not on an RFC, and say so.
 */
export const ptrFindings = {
  'ptr.missing': {
    severity: 'error',
    severityNote: 'error for a sending IP; warning for an MX host address, which receivers check less',
    title: 'No reverse DNS (PTR)',
    fix: 'Ask whoever owns the address (hosting provider or ISP) to set its PTR to the mail host name, e.g. mail.<domain>, and give that name an A/AAAA record with this address.',
    rfc: 'RFC 1912 §2.1',
  },
  'ptr.mismatch': {
    severity: 'error',
    severityNote: 'error for a sending IP; warning for an MX host address, which receivers check less',
    title: 'Reverse DNS not forward-confirmed',
    fix: 'Make the PTR name resolve (A/AAAA) back to this address, or change the PTR to a name that does: large receivers require forward-confirmed reverse DNS for sending IPs.',
    rfc: 'RFC 1912 §2.1 (receivers check it as iprev, RFC 8601 §3)',
  },
  'ptr.generic': {
    severity: 'warning',
    title: 'Generic reverse DNS name',
    fix: 'Set a PTR naming the mail host (e.g. mail.<domain>) instead of the provider’s generic name: receivers treat generic names as residential or dynamic senders.',
    rfc: 'No RFC: receiver practice (M3AAWG; large mailbox providers’ sender rules)',
  },
  'ptr.multiple': {
    severity: 'info',
    title: 'Several PTR records',
    fix: 'Keep one PTR per address: many receivers only look at the first name they get.',
    rfc: 'No RFC: receiver practice (RFC 1912 §2.1 asks for a PTR for every address, not for one only)',
  },
  'ptr.cname': {
    severity: 'warning',
    title: 'PTR name is an alias (CNAME)',
    fix: 'Point the PTR at the host name that has the A/AAAA record itself (the CNAME target), not at an alias of it.',
    rfc: 'RFC 1912 §2.1',
  },
  'ptr.invalid-ip': {
    severity: 'error',
    title: 'Not an IP address',
    fix: 'Give an IPv4 address (dotted quad, e.g. 45.33.20.10) or an IPv6 address.',
    rfc: 'RFC 4291 §2.2',
  },
  'ptr.provider-hosts': {
    severity: 'info',
    title: 'MX hosts run by the mail provider: their reverse DNS not checked',
    fix: 'Nothing to do: the mailbox provider runs these hosts and keeps their PTR records. Name your own sending IPs to have their reverse DNS checked.',
    rfc: 'RFC 1912 §2.1',
  },
  'ptr.hosts-limited': {
    severity: 'info',
    title: 'Some MX host addresses not checked (DNS budget)',
    fix: 'Nothing is wrong with the domain: the check stopped at its DNS budget after the first address of every MX host. Check again with a larger budget (MAX_SUBREQUESTS on a paid Workers plan) for the rest.',
    rfc: 'RFC 1912 §2.1',
  },
  'ptr.dns-error': {
    severity: 'error',
    title: 'Reverse DNS lookup failed',
    fix: 'Make the reverse zone (and the forward zone of the PTR name) answer, then check again.',
    rfc: 'RFC 1035 §3.5',
  },
} satisfies FindingCatalogue;

/** A PTR finding id. */
export type PtrFindingId = keyof typeof ptrFindings;
