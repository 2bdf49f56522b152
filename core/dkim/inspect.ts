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

/** How many distinct keys `inspectDkimKey` remembers; the oldest is forgotten first. */
export const DKIM_KEY_MEMO_SIZE = 256;

// The same keys (a provider's, a domain's own) come back in check after check, and the outcome depends on the key
// type and p= alone, so it is remembered per isolate.
const inspected = new Map<string, Promise<DkimKeyInspection>>();

/**
 * Decodes the key in `p=` and reads its size: an RSA SubjectPublicKeyInfo, or a bare PKCS#1 RSAPublicKey as many
 * verifiers accept (RFC 6376 §3.6.1), in strict DER; an Ed25519 key must be 32 raw bytes (RFC 8463 §4.2).
 * Outcomes are memoized by key type and `p=` (at most `DKIM_KEY_MEMO_SIZE` of them).
 */
export function inspectDkimKey(record: DkimKeyRecord): Promise<DkimKeyInspection> {
  if (record.revoked) return Promise.resolve({ status: 'revoked' });
  const key = `${record.keyType} ${record.publicKey}`;
  let pending = inspected.get(key);
  if (!pending) {
    if (inspected.size >= DKIM_KEY_MEMO_SIZE) inspected.delete(inspected.keys().next().value!);
    pending = Promise.resolve(readDkimKey(record));
    inspected.set(key, pending);
  }
  return pending;
}

function readDkimKey(record: DkimKeyRecord): DkimKeyInspection {
  const bytes = decodeBase64(record.publicKey);
  if (!bytes) return { status: 'invalid', reason: 'p= is not valid base64.' };
  if (record.keyType === 'ed25519') {
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
