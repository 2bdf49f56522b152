import { looksLikePkcs1, wrapPkcs1InSpki } from './der.js';
import type { DkimKeyInspection, DkimKeyRecord } from './types.js';

/** Decodes base64 to bytes, or `undefined` when it is not base64. */
function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

/** Imports SPKI bytes as an RSA key and returns its modulus length, or `undefined` when WebCrypto refuses them. */
async function rsaModulusBits(spki: Uint8Array<ArrayBuffer>): Promise<number | undefined> {
  try {
    const key = await crypto.subtle.importKey('spki', spki, RSA, true, ['verify']);
    // Typed loosely on purpose: core's and the DOM's KeyAlgorithm types differ, the runtime object is the same.
    return (key.algorithm as { modulusLength?: number }).modulusLength;
  } catch {
    // WebCrypto throws on bytes that are not an RSA SubjectPublicKeyInfo; that is a property of the data.
    return undefined;
  }
}

/** How many distinct keys `inspectDkimKey` remembers; the oldest is forgotten first. */
export const DKIM_KEY_MEMO_SIZE = 256;

// Importing an RSA key is most of a check's CPU time, and the same keys (a provider's, a domain's own) come back in
// check after check: the outcome depends on the key type and p= alone, so it is remembered per isolate.
const inspected = new Map<string, Promise<DkimKeyInspection>>();

/**
 * Decodes and imports the key in `p=` with WebCrypto: an RSA SubjectPublicKeyInfo, or a bare PKCS#1 RSAPublicKey as
 * many verifiers accept (RFC 6376 §3.6.1), reporting its size; an Ed25519 key must be 32 raw bytes (RFC 8463 §4.2).
 * Outcomes are memoized by key type and `p=` (at most `DKIM_KEY_MEMO_SIZE` of them).
 */
export function inspectDkimKey(record: DkimKeyRecord): Promise<DkimKeyInspection> {
  if (record.revoked) return Promise.resolve({ status: 'revoked' });
  const key = `${record.keyType} ${record.publicKey}`;
  let pending = inspected.get(key);
  if (!pending) {
    if (inspected.size >= DKIM_KEY_MEMO_SIZE) inspected.delete(inspected.keys().next().value!);
    pending = importDkimKey(record);
    inspected.set(key, pending);
  }
  return pending;
}

async function importDkimKey(record: DkimKeyRecord): Promise<DkimKeyInspection> {
  const bytes = decodeBase64(record.publicKey);
  if (!bytes) return { status: 'invalid', reason: 'p= is not valid base64.' };
  if (record.keyType === 'ed25519') {
    if (bytes.length !== 32) {
      return { status: 'invalid', reason: `an Ed25519 key is 32 bytes; p= holds ${bytes.length}.` };
    }
    try {
      await crypto.subtle.importKey('raw', bytes, { name: 'Ed25519' }, true, ['verify']);
    } catch {
      return { status: 'invalid', reason: 'p= is not an Ed25519 public key.' };
    }
    return { status: 'valid', keyType: 'ed25519', bits: 256, format: 'raw' };
  }
  const pkcs1 = looksLikePkcs1(bytes);
  const bits = await rsaModulusBits(pkcs1 ? wrapPkcs1InSpki(bytes) : bytes);
  if (bits === undefined) {
    return { status: 'invalid', reason: 'p= is not an RSA public key (SubjectPublicKeyInfo or RSAPublicKey).' };
  }
  return { status: 'valid', keyType: 'rsa', bits, format: pkcs1 ? 'pkcs1' : 'spki' };
}
