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
    fix: 'Keep exactly one TXT record starting with v=DMARC1 at this name: RFC 9989 receivers discard them all and use a record above it (if any), RFC 7489 receivers apply no DMARC policy.',
    rfc: 'RFC 9989 §4.10 (step 2); RFC 7489 §6.6.3',
  },
  'dmarc.syntax-error': {
    severity: 'error',
    title: 'DMARC record does not follow the grammar',
    fix: 'Correct the record so that it reads "v=DMARC1; p=<none|quarantine|reject>; …" with valid tag values separated by ";", each tag once.',
    rfc: 'RFC 9989 §4.8, §4.10.1',
  },
  'dmarc.policy-none': {
    severity: 'warning',
    title: 'Policy is none (monitoring only)',
    fix: 'Once the aggregate reports show all your mail passing, change p=none to p=quarantine; move on to p=reject only when your users do not post to mailing lists (p=reject breaks mail they forward) and all your mail carries a valid DKIM signature.',
    rfc: 'RFC 9989 §4.7, §5.1.7, §7.4',
  },
  'dmarc.historic-tag': {
    severity: 'info',
    title: 'Historic tag (pct, rf or ri)',
    fix: 'Remove pct, rf and ri: RFC 9989 no longer defines them and its receivers ignore them (use t=y to test a policy).',
    rfc: 'RFC 9989 Appendix A.6, C.5.2',
  },
  'dmarc.partial-pct': {
    severity: 'warning',
    title: 'pct below 100: the policy applies to only part of the failing mail',
    fix: 'Remove pct so the policy applies to all failing mail; use p=none to monitor, or t=y to test a policy.',
    rfc: 'RFC 7489 §6.3, §6.6.4; RFC 9989 Appendix A.6',
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
    rfc: 'RFC 9990 §4; RFC 9991 §5 (ruf)',
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
    fix: 'Publish a DMARC record at each domain you send mail from, so both kinds of receivers apply the same one, and use strict alignment (adkim=s, aspf=s) where you can.',
    rfc: 'RFC 9989 §4.10.2, §11.8, Appendix C.3; RFC 7489 §3.2, §6.6.3',
  },
  'dmarc.dns-error': {
    severity: 'error',
    title: 'DMARC lookup failed',
    fix: "Make sure the domain's name servers answer TXT queries for _dmarc names (and report-authorization names); then check again.",
    rfc: 'RFC 9989 §4.10.1; RFC 9990 §4',
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
    rfc: 'RFC 9989 §4.8, Appendix C.4',
  },
  'dmarc.report-uri-scheme': {
    severity: 'warning',
    title: 'Report URI scheme receivers need not support',
    fix: 'Use a mailto: URI; it is the only scheme every receiver must support.',
    rfc: 'RFC 9989 §4.7',
  },
  'dmarc.fo-without-ruf': {
    severity: 'info',
    title: 'fo without ruf: failure-report options are ignored',
    fix: 'Remove fo, or add a ruf URI if you want failure reports (receivers may not send them in any case).',
    rfc: 'RFC 9989 §4.7',
  },
  'dmarc.rua-undeliverable': {
    severity: 'warning',
    title: 'Report destination cannot receive mail',
    fix: 'Send reports to a mailbox whose domain receives mail (an MX naming a host with an address), or give the destination domain one.',
    rfc: 'RFC 7505 §3; RFC 5321 §5.1; RFC 9989 §11.6',
  },
  'dmarc.public-suffix-record': {
    severity: 'warning',
    title: 'A public suffix publishes a DMARC record without psd=y',
    fix: 'Publish a DMARC record at each domain you send mail from; add psd=n to the record at your organizational domain so the public suffix is not taken as your organizational domain. (Its operator should add psd=y.)',
    rfc: 'RFC 9989 §11.8, §5.2',
  },
  'dmarc.org-domain-no-record': {
    severity: 'warning',
    title: 'No DMARC record at the organizational domain',
    fix: 'Publish a DMARC record at _dmarc.<organizational domain> as well, so the organizational domain and its other subdomains have a policy.',
    rfc: 'RFC 9989 §5.1.4',
  },
  'dmarc.sp-ignored': {
    severity: 'warning',
    title: 'sp or np on a record below the organizational domain is never applied',
    fix: 'Publish a record at each subdomain that needs its own policy, or add psd=n to this record to make this domain an organizational domain, so that its sp and np apply below it.',
    rfc: 'RFC 9989 §4.7, §4.10.1',
  },
  'dmarc.deep-name': {
    severity: 'warning',
    title: 'More than eight labels: the DNS Tree Walk skips levels',
    fix: 'Publish the DMARC record at _dmarc.<this domain> itself: receivers always query it, but never the names the walk skips.',
    rfc: 'RFC 9989 §5.1.8, §4.10',
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
