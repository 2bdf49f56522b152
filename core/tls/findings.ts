import type { FindingCatalogue } from '../finding.js';

/**
 * Every finding of the tls section ("Inbound TLS"), declared once: MTA-STS (RFC 8461), TLS-RPT (RFC 8460) and DANE for
 * SMTP (RFC 7672 over RFC 6698). Only what makes compliant senders refuse mail is an `error`; a protection that is
 * missing is `info`, one that is published but does not work is a `warning`.
 */
export const tlsFindings = {
  'mtasts.missing': {
    severity: 'info',
    title: 'No MTA-STS policy',
    fix: 'Publish a TXT record "v=STSv1; id=<id>" at _mta-sts.<domain> and a policy at https://mta-sts.<domain>/.well-known/mta-sts.txt (start with mode: testing), so senders require TLS with a valid certificate.',
    rfc: 'RFC 8461 §3',
  },
  'mtasts.dns-error': {
    severity: 'error',
    title: 'MTA-STS record lookup failed',
    fix: 'Make the zone answer for _mta-sts.<domain> (a TXT record or NXDOMAIN), then check again.',
    rfc: 'RFC 8461 §3.1',
  },
  'mtasts.multiple-records': {
    severity: 'warning',
    title: 'More than one MTA-STS record',
    fix: 'Keep exactly one TXT record starting with "v=STSv1;" at _mta-sts.<domain>: with more, senders assume there is no policy.',
    rfc: 'RFC 8461 §3.1',
  },
  'mtasts.record-invalid': {
    severity: 'warning',
    title: 'MTA-STS record not valid',
    fix: 'Write the record as "v=STSv1; id=<1 to 32 letters or digits>": senders ignore a record they cannot parse.',
    rfc: 'RFC 8461 §3.1',
  },
  'mtasts.policy-unreachable': {
    severity: 'warning',
    title: 'MTA-STS policy cannot be fetched',
    fix: 'Serve the policy with HTTP 200 at https://mta-sts.<domain>/.well-known/mta-sts.txt (the host must resolve, answer HTTPS and not redirect): without it, senders deliver as if there were no policy.',
    rfc: 'RFC 8461 §3.3',
  },
  'mtasts.policy-certificate': {
    severity: 'warning',
    title: 'MTA-STS policy host certificate or TLS not valid',
    fix: 'Give mta-sts.<domain> a certificate from a public CA that names it and has not expired, served over working TLS: senders fetch no policy from a host they cannot verify.',
    rfc: 'RFC 8461 §3.3',
  },
  'mtasts.policy-fetch-error': {
    severity: 'error',
    title: 'MTA-STS policy fetch did not finish',
    fix: 'The policy host did not answer in time (or the check ran out of requests), so the policy is unknown: check that it answers quickly, then check again.',
    rfc: 'RFC 8461 §3.3',
  },
  'mtasts.policy-media-type': {
    severity: 'warning',
    title: 'MTA-STS policy not served as text/plain',
    fix: 'Serve the policy with "Content-Type: text/plain": senders that validate the media type ignore anything else.',
    rfc: 'RFC 8461 §3.2',
  },
  'mtasts.policy-invalid': {
    severity: 'warning',
    title: 'MTA-STS policy not valid',
    fix: 'Write the policy as lines "version: STSv1", "mode: enforce|testing|none", "max_age: <seconds>" and one "mx: <host or *.suffix>" per MX host: senders ignore a policy they cannot parse.',
    rfc: 'RFC 8461 §3.2',
  },
  'mtasts.mx-pattern-invalid': {
    severity: 'warning',
    title: 'MTA-STS mx pattern not valid',
    fix: 'Write each mx pattern as a host name (mail.example.com) or a wildcard for one label (*.example.com); "*" may only be the whole leftmost label.',
    rfc: 'RFC 8461 §3.2',
  },
  'mtasts.mx-not-covered': {
    severity: 'error',
    title: 'MX host not covered by the MTA-STS policy',
    fix: 'Add an "mx:" line matching this host to the policy (and change the TXT record id): in enforce mode, compliant senders refuse to deliver to an MX host no pattern matches.',
    rfc: 'RFC 8461 §4.1',
  },
  'mtasts.mode-testing': {
    severity: 'info',
    title: 'MTA-STS policy in testing mode',
    fix: 'Once TLS-RPT reports show no failures, switch to "mode: enforce" so senders refuse unauthenticated delivery.',
    rfc: 'RFC 8461 §5',
  },
  'mtasts.mode-none': {
    severity: 'warning',
    title: 'MTA-STS policy in mode none',
    fix: 'Mode none is the step of removing MTA-STS: when the old policies have expired, remove the TXT record and the policy, or publish mode testing or enforce again.',
    rfc: 'RFC 8461 §8.3',
  },
  'mtasts.max-age-too-long': {
    severity: 'warning',
    title: 'MTA-STS max_age over the maximum',
    fix: 'Set max_age to at most 31557600 (one year).',
    rfc: 'RFC 8461 §3.2',
  },
  'mtasts.max-age-too-short': {
    severity: 'warning',
    title: 'MTA-STS max_age too short',
    fix: 'Set max_age to at least 86400 (one day), better weeks (604800 or more): senders refresh policies about daily, and a shorter policy expires before that.',
    rfc: 'RFC 8461 §3.2',
  },
  'tlsrpt.missing': {
    severity: 'warning',
    title: 'No TLS-RPT record',
    fix: 'Publish a TXT record "v=TLSRPTv1; rua=mailto:<address>" at _smtp._tls.<domain>: without reports, failures of MTA-STS or DANE delivery go unseen.',
    rfc: 'RFC 8460 §3',
  },
  'tlsrpt.dns-error': {
    severity: 'error',
    title: 'TLS-RPT record lookup failed',
    fix: 'Make the zone answer for _smtp._tls.<domain> (a TXT record or NXDOMAIN), then check again.',
    rfc: 'RFC 8460 §3',
  },
  'tlsrpt.multiple-records': {
    severity: 'warning',
    title: 'More than one TLS-RPT record',
    fix: 'Keep exactly one TXT record starting with "v=TLSRPTv1;" at _smtp._tls.<domain>: with more, senders send no reports.',
    rfc: 'RFC 8460 §3',
  },
  'tlsrpt.record-invalid': {
    severity: 'warning',
    title: 'TLS-RPT record not valid',
    fix: 'Write the record as "v=TLSRPTv1; rua=<mailto: or https: URI>[,<URI>…]".',
    rfc: 'RFC 8460 §3',
  },
  'tlsrpt.uri-invalid': {
    severity: 'warning',
    title: 'TLS-RPT report URI not usable',
    fix: 'Use mailto:<address> or https://<host>/<path> URIs in rua: no other scheme is supported.',
    rfc: 'RFC 8460 §3',
  },
  'dane.missing': {
    severity: 'info',
    title: 'No DANE TLSA records',
    fix: 'Sign the zone with DNSSEC and publish "3 1 1" TLSA records at _25._tcp.<mx host> for each MX host, so DANE senders authenticate your servers.',
    rfc: 'RFC 7672 §2.2.3',
  },
  'dane.dns-error': {
    severity: 'error',
    title: 'TLSA lookup failed',
    fix: 'Make the zone of the MX host answer TLSA queries (a record or NXDOMAIN): DANE senders treat a host whose TLSA lookup fails as unreachable.',
    rfc: 'RFC 7672 §2.1.2',
  },
  'dane.no-dnssec': {
    severity: 'warning',
    title: 'TLSA records without DNSSEC',
    fix: 'Sign the zone that holds the TLSA records with DNSSEC (and publish its DS at the parent): senders use only TLSA records DNSSEC validates, so these protect nothing.',
    rfc: 'RFC 7672 §2.2',
  },
  'dane.partial': {
    severity: 'warning',
    title: 'Not every MX host has TLSA records',
    fix: 'Publish TLSA records for every MX host: DANE senders authenticate only the hosts that have them.',
    rfc: 'RFC 7672 §2.2.1',
  },
  'dane.pkix-usage': {
    severity: 'warning',
    title: 'TLSA record with a PKIX usage',
    fix: 'Replace usage 0 (PKIX-TA) or 1 (PKIX-EE) with 3 1 1 (DANE-EE) or 2 0 1 (DANE-TA): SMTP clients treat PKIX usages as unusable.',
    rfc: 'RFC 7672 §3.1.3',
  },
  'dane.unusable-record': {
    severity: 'warning',
    title: 'TLSA record not usable',
    fix: 'Use a known selector (0 or 1) and matching type (0, 1 or 2), with data of the digest’s length (32 octets for SHA2-256, 64 for SHA2-512).',
    rfc: 'RFC 6698 §2.1',
  },
  'dane.not-recommended': {
    severity: 'info',
    title: 'TLSA parameters not the recommended ones',
    fix: 'Prefer "3 1 1" (DANE-EE, public key, SHA2-256) or "2 0 1" (DANE-TA, whole certificate, SHA2-256).',
    rfc: 'RFC 7672 §3.1',
  },
  'dane.no-sha256': {
    severity: 'warning',
    title: 'No SHA2-256 TLSA record',
    fix: 'Publish a SHA2-256 (matching type 1) TLSA record beside any other digest: some SMTP clients support only SHA2-256.',
    rfc: 'RFC 7672 §3.1',
  },
} satisfies FindingCatalogue;

/** A finding id of the tls section. */
export type TlsFindingId = keyof typeof tlsFindings;
