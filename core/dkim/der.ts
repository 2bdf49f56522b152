/** Encodes a DER length (X.690 §8.1.3): short form below 128, else the long form. */
function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return [0x80 | bytes.length, ...bytes];
}

/** A DER TLV (X.690 §8.1). */
function tlv(tag: number, content: Uint8Array): Uint8Array<ArrayBuffer> {
  const header = [tag, ...derLength(content.length)];
  const out = new Uint8Array(header.length + content.length);
  out.set(header, 0);
  out.set(content, header.length);
  return out;
}

// AlgorithmIdentifier { rsaEncryption (1.2.840.113549.1.1.1), NULL } (RFC 3279 §2.3.1).
const RSA_ALGORITHM = new Uint8Array([
  0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
]);

/**
 * Wraps a bare PKCS#1 RSAPublicKey (RFC 8017 §A.1.1) in a SubjectPublicKeyInfo (RFC 5280 §4.1.2.7), the form
 * WebCrypto imports; RFC 6376 §3.6.1 names RSAPublicKey, while signers publish SubjectPublicKeyInfo.
 */
export function wrapPkcs1InSpki(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  const bitString = new Uint8Array(pkcs1.length + 1);
  bitString.set(pkcs1, 1); // first octet: no unused bits
  const encodedBitString = tlv(0x03, bitString);
  const body = new Uint8Array(RSA_ALGORITHM.length + encodedBitString.length);
  body.set(RSA_ALGORITHM, 0);
  body.set(encodedBitString, RSA_ALGORITHM.length);
  return tlv(0x30, body);
}

/** Whether DER bytes look like a bare RSAPublicKey: a SEQUENCE whose first element is an INTEGER (RFC 8017 §A.1.1). */
export function looksLikePkcs1(der: Uint8Array): boolean {
  if (der[0] !== 0x30 || der.length < 4) return false;
  const first = der[1]!;
  const offset = first < 0x80 ? 2 : 2 + (first & 0x7f);
  return der[offset] === 0x02;
}
