import { boundedMemo, MEMO_SIZE } from '../memo.js';
import { readRsaKeySize } from './der.js';
import type { DkimKeyInspection, DkimKeyRecord } from './types.js';

/** Decodes base64 to bytes, or `undefined` when it is not base64. */
function decodeBase64(text: string): Uint8Array | undefined {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** How many distinct keys `inspectDkimKey` remembers at least (and at most twice as many). */
export const DKIM_KEY_MEMO_SIZE = MEMO_SIZE;

// The same keys (a provider's, a domain's own) come back in check after check, and the outcome depends on the key
// type and p= alone, so it is remembered per isolate for a while.
const inspected = boundedMemo(DKIM_KEY_MEMO_SIZE, (key) => {
  const space = key.indexOf(' ');
  return Promise.resolve(readDkimKey(key.slice(0, space) as DkimKeyRecord['keyType'], key.slice(space + 1)));
});

/**
 * Decodes the key in `p=` and reads its size: an RSA SubjectPublicKeyInfo, or a bare PKCS#1 RSAPublicKey as many
 * verifiers accept (RFC 6376 §3.6.1), in strict DER; an Ed25519 key must be 32 raw bytes (RFC 8463 §4.2).
 * Outcomes are memoized by key type and `p=` (see `DKIM_KEY_MEMO_SIZE`).
 */
export function inspectDkimKey(record: DkimKeyRecord): Promise<DkimKeyInspection> {
  if (record.revoked) return Promise.resolve({ status: 'revoked' });
  return inspected(`${record.keyType} ${record.publicKey}`);
}

function readDkimKey(keyType: DkimKeyRecord['keyType'], publicKey: string): DkimKeyInspection {
  const bytes = decodeBase64(publicKey);
  if (!bytes) return { status: 'invalid', reason: 'p= is not valid base64.' };
  if (keyType === 'ed25519') {
    // RFC 8463 §4.2: p= is the raw 32-octet key (WebCrypto's raw import takes any 32 octets: it decodes no point).
    if (bytes.length !== 32) {
      return { status: 'invalid', reason: `an Ed25519 key is 32 bytes; p= holds ${bytes.length}.` };
    }
    return { status: 'valid', keyType: 'ed25519', bits: 256, format: 'raw' };
  }
  const rsa = readRsaKeySize(bytes);
  if (!rsa) {
    return { status: 'invalid', reason: 'p= is not an RSA public key (SubjectPublicKeyInfo or RSAPublicKey).' };
  }
  return { status: 'valid', keyType: 'rsa', bits: rsa.bits, format: rsa.format };
}
