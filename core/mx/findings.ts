import type { FindingCatalogue } from '../finding.js';

/** Every MX finding id, declared once (RFC 5321 §5.1, RFC 7505, RFC 2181 §10.3). */
export const mxFindings = {
  'mx.missing': {
    severity: 'warning',
    title: 'No mail server',
    fix: 'Publish MX records for the mail servers that receive mail for the domain, or a null MX ("0 .") if it takes none.',
    rfc: 'RFC 5321 §5.1',
  },
  'mx.implicit': {
    severity: 'warning',
    title: 'No MX: mail goes to the domain address',
    fix: 'Publish an MX record naming the host that receives mail, or a null MX ("0 .") if the domain takes no mail.',
    rfc: 'RFC 5321 §5.1',
  },
  'mx.null': {
    severity: 'info',
    title: 'Null MX: the domain accepts no mail',
    fix: 'Nothing to do if the domain neither receives nor sends mail; remove the null MX if it should receive mail.',
    rfc: 'RFC 7505 §3',
  },
  'mx.null-invalid': {
    severity: 'error',
    title: 'Null MX published wrongly',
    fix: 'Publish the null MX as the only MX record, with preference 0: "0 .".',
    rfc: 'RFC 7505 §3',
  },
  'mx.null-but-sends': {
    severity: 'warning',
    title: 'Null MX on a domain that sends mail',
    fix: 'Replace the null MX with MX records for hosts that accept mail for the domain (replies and bounces go there), or stop sending as the domain and end its SPF record in "-all". Receivers may reject mail whose domain takes none.',
    rfc: 'RFC 7505 §4.2',
  },
  'mx.no-address': {
    severity: 'error',
    title: 'Mail server has no address',
    fix: 'Publish A and/or AAAA records for the exchange, or remove the MX record that names it.',
    rfc: 'RFC 5321 §5.1',
  },
  'mx.address-literal': {
    severity: 'error',
    title: 'MX names an IP address',
    fix: 'An MX names a host, not an address: publish an A record for a name (e.g. mx1.<domain>) and put that name in the MX.',
    rfc: 'RFC 5321 §5.1',
  },
  'mx.cname': {
    severity: 'warning',
    title: 'MX points to a CNAME',
    fix: 'Put the canonical host name (the CNAME target) in the MX record.',
    rfc: 'RFC 2181 §10.3; RFC 5321 §5.1',
  },
  'mx.non-public-address': {
    severity: 'warning',
    title: 'Mail server address not reachable from the internet',
    fix: 'Publish the public address of the mail server; private, loopback and documentation ranges are unreachable.',
    rfc: 'RFC 6890',
  },
  'mx.too-many': {
    severity: 'info',
    title: 'More MX records than checked',
    fix: 'Few domains need more than a handful of MX records; remove the ones no longer in use.',
    rfc: 'RFC 5321 §5.1',
  },
  'mx.provider-hosts': {
    severity: 'info',
    title: 'MX hosts published by the mail provider: addresses not looked up',
    fix: 'Nothing to do: the mailbox provider publishes these host names for all its customers and keeps their addresses and reverse DNS. A host name of the provider that is not one of these (a mistyped one, or one made for your account) is looked up as usual.',
    rfc: 'RFC 5321 §5.1',
  },
  'mx.dns-error': {
    severity: 'error',
    title: 'MX lookup failed',
    fix: 'Make the DNS servers of the domain (and of its mail hosts) answer MX, A and AAAA queries, then check again.',
    rfc: 'RFC 5321 §5.1',
  },
} satisfies FindingCatalogue;

/** An MX finding id. */
export type MxFindingId = keyof typeof mxFindings;
