import type { FindingCatalogue } from '../finding.js';

/** Every DKIM finding id, declared once (RFC 6376, RFC 8301, RFC 8463). */
export const dkimFindings = {
  'dkim.no-selector-found': {
    severity: 'warning',
    title: 'No DKIM key found',
    fix: 'Publish a 2048-bit RSA key at <selector>._domainkey.<domain> and sign outgoing mail with it (to use Ed25519 too, sign with both, each under its own selector); if you already sign, name the selector so it can be checked.',
    rfc: 'RFC 6376 §3.6.2.1; RFC 8301 §3.2; RFC 8463 §6',
  },
  'dkim.selector-not-found': {
    severity: 'error',
    title: 'Named selector has no key record',
    fix: 'Publish the key record at <selector>._domainkey.<domain>, or correct the selector name (or the CNAME your provider gave you).',
    rfc: 'RFC 6376 §6.1.2 (step 3), §3.6.2.1',
  },
  'dkim.invalid-selector': {
    severity: 'error',
    title: 'Selector is not a valid DNS name',
    fix: 'Use a selector made of DNS labels (letters, digits, hyphens), e.g. "s2026".',
    rfc: 'RFC 6376 §3.1',
  },
  'dkim.weak-key': {
    severity: 'warning',
    title: 'RSA key shorter than 2048 bits',
    fix: 'Generate a 2048-bit RSA key (or add an Ed25519 key), publish it under a new selector and switch signing to it.',
    rfc: 'RFC 8301 §3.2',
  },
  'dkim.insecure-key': {
    severity: 'error',
    title: 'RSA key shorter than 1024 bits',
    fix: 'Verifiers must reject signatures made with keys under 1024 bits: publish a 2048-bit RSA key under a new selector and sign with it.',
    rfc: 'RFC 8301 §3.2',
  },
  'dkim.large-key': {
    severity: 'warning',
    title: 'RSA key longer than 4096 bits',
    fix: 'Use a 2048-bit (or at most 4096-bit) RSA key: verifiers must support keys up to 4096 bits and may not verify longer ones.',
    rfc: 'RFC 8301 §3.2',
  },
  'dkim.revoked': {
    severity: 'warning',
    title: 'Key revoked (empty p=)',
    fix: 'Nothing to do if this selector was retired on purpose; otherwise publish the key again, since every signature made with it now fails.',
    rfc: 'RFC 6376 §3.6.1',
  },
  'dkim.testing': {
    severity: 'warning',
    title: 'Key in test mode (t=y)',
    fix: 'Remove the y flag from t= once signing works: verifiers MUST NOT treat mail signed with a key in testing mode differently from unsigned mail, even when the signature verifies.',
    rfc: 'RFC 6376 §3.6.1',
  },
  'dkim.invalid-key': {
    severity: 'error',
    title: 'Key record unusable',
    fix: 'Publish the record your signer generated, unchanged: v=DKIM1 first, k=rsa or k=ed25519, and p= holding the base64 public key.',
    rfc: 'RFC 6376 §3.6.1',
  },
  'dkim.sha1-only': {
    severity: 'error',
    title: 'Key restricted to SHA-1 (h=sha1)',
    fix: 'Remove h= (or set h=sha256) and sign with rsa-sha256: verifiers must not accept rsa-sha1 signatures.',
    rfc: 'RFC 8301 §3.1',
  },
  'dkim.not-for-email': {
    severity: 'error',
    title: 'Key not usable for email (s=)',
    fix: 'Set s=email (or remove s=) if this key signs email: verifiers must ignore a key whose s= does not list email, so every signature made with it fails.',
    rfc: 'RFC 6376 §3.6.1',
  },
  'dkim.multiple-records': {
    severity: 'warning',
    title: 'Several TXT records at one selector',
    fix: 'Keep exactly one key record per selector; verifiers may pick any of them.',
    rfc: 'RFC 6376 §3.6.2.2, §6.1.2 (step 4)',
  },
  'dkim.discovery-limited': {
    severity: 'info',
    title: 'Some guessed selectors were not looked up',
    fix: 'Nothing is wrong with the domain: the check stopped guessing selectors to stay within its DNS budget. Name your selectors to have them checked, or raise the budget (MAX_SUBREQUESTS on a paid Workers plan).',
    rfc: 'RFC 6376 §3.6.2.1',
  },
  'dkim.dns-error': {
    severity: 'error',
    title: 'DKIM lookup failed',
    fix: 'Make the DNS servers of the domain answer TXT queries under _domainkey, then check again.',
    rfc: 'RFC 6376 §6.1.2 (step 2)',
  },
} satisfies FindingCatalogue;

/** A DKIM finding id. */
export type DkimFindingId = keyof typeof dkimFindings;
