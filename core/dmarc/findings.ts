import type { FindingCatalogue } from '../finding.js';

/** Every DMARC finding id (RFC 9989), declared once; the ids are a public contract. */
export const dmarcFindings = {
  'dmarc.missing': {
    severity: 'error',
    title: 'No DMARC record',
    fix: 'Publish a TXT record at _dmarc.<domain>, starting with "v=DMARC1; p=none; rua=mailto:<you>@<domain>", read the reports, then raise p to quarantine and reject.',
    rfc: 'RFC 9989 §4.10.1',
  },
  'dmarc.multiple-records': {
    severity: 'error',
    title: 'More than one DMARC record at one name',
    fix: 'Keep exactly one TXT record starting with v=DMARC1 at this name; receivers discard them all when there are several.',
    rfc: 'RFC 9989 §4.10',
  },
  'dmarc.syntax-error': {
    severity: 'error',
    title: 'DMARC record does not follow the grammar',
    fix: 'Correct the record so that it reads "v=DMARC1; p=<none|quarantine|reject>; …" with valid tag values separated by ";".',
    rfc: 'RFC 9989 §4.8',
  },
  'dmarc.policy-none': {
    severity: 'warning',
    title: 'Policy is none (monitoring only)',
    fix: 'Once the aggregate reports show all your mail passing, change p=none to p=quarantine and then p=reject.',
    rfc: 'RFC 9989 §4.7',
  },
  'dmarc.historic-tag': {
    severity: 'info',
    title: 'Historic tag (pct, rf or ri)',
    fix: 'Remove pct, rf and ri: RFC 9989 no longer defines them and its receivers ignore them (use t=y to test a policy).',
    rfc: 'RFC 9989 §4.7',
  },
  'dmarc.partial-pct': {
    severity: 'warning',
    title: 'pct below 100: the policy applies to only part of the failing mail',
    fix: 'Remove pct so the policy applies to all failing mail; use p=none to monitor, or t=y to test a policy.',
    rfc: 'RFC 7489 §6.3; RFC 9989 §4.7',
  },
  'dmarc.testing': {
    severity: 'warning',
    title: 'Testing mode (t=y): the policy is not applied as published',
    fix: 'Remove t=y (or set t=n) when the reports show your mail passing, so receivers apply the policy.',
    rfc: 'RFC 9989 §4.7',
  },
  'dmarc.no-rua': {
    severity: 'warning',
    title: 'No aggregate report address (rua)',
    fix: 'Add rua=mailto:<address> so receivers send aggregate reports; without them you cannot see who sends as your domain.',
    rfc: 'RFC 9989 §4.7',
  },
  'dmarc.rua-unauthorized': {
    severity: 'warning',
    title: 'External report destination has not authorized the domain',
    fix: 'Have the destination publish TXT "v=DMARC1" at <policy-domain>._report._dmarc.<destination-host> (or *._report._dmarc.<destination-host>), or send reports to an address in your own domain.',
    rfc: 'RFC 9990 (Verifying External Destinations)',
  },
  'dmarc.weak-subdomain-policy': {
    severity: 'warning',
    title: 'Subdomain policy (sp or np) weaker than p',
    fix: 'Remove sp and np (they default to p) or set them as strict as p; np=reject protects names that do not exist.',
    rfc: 'RFC 9989 §4.7',
  },
  'dmarc.inherited': {
    severity: 'info',
    title: 'DMARC record inherited from a parent domain',
    fix: 'Nothing to do if the parent policy suits this domain; publish _dmarc.<domain> to give it its own policy and reports.',
    rfc: 'RFC 9989 §4.10.1',
  },
  'dmarc.org-domain-disagreement': {
    severity: 'warning',
    title: 'RFC 9989 and RFC 7489 receivers see a different organizational domain or policy',
    fix: 'Publish the record at the domain itself, or add psd=n to the record at your organizational domain, so both kinds of receivers find the same policy.',
    rfc: 'RFC 9989 §4.10.2; RFC 7489 §3.2',
  },
  'dmarc.dns-error': {
    severity: 'error',
    title: 'DMARC lookup failed',
    fix: "Make sure the domain's name servers answer TXT queries for _dmarc names (and report-authorization names); then check again.",
    rfc: 'RFC 9989 §4.10',
  },
  'dmarc.unknown-tag': {
    severity: 'info',
    title: 'Unknown tag, ignored',
    fix: 'Remove the tag or correct its name; receivers ignore tags RFC 9989 does not define.',
    rfc: 'RFC 9989 §4.7',
  },
  'dmarc.obsolete-size-limit': {
    severity: 'info',
    title: 'Report size limit (!size) is obsolete',
    fix: 'Remove the "!<size>" suffix from the report URI; RFC 9989 receivers ignore it.',
    rfc: 'RFC 9989 §4.7',
  },
  'dmarc.report-uri-scheme': {
    severity: 'warning',
    title: 'Report URI scheme receivers need not support',
    fix: 'Use a mailto: URI; it is the only scheme every receiver must support.',
    rfc: 'RFC 9989 §4.7',
  },
  'dmarc.invalid-domain': {
    severity: 'error',
    title: 'Not a valid domain name',
    fix: 'Give a domain name such as example.com.',
    rfc: 'RFC 1035 §2.3.4',
  },
} as const satisfies FindingCatalogue;

/** A DMARC finding id. */
export type DmarcFindingId = keyof typeof dmarcFindings;
