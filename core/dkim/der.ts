/** One DER TLV: its tag and where its content starts and ends in the input. */
export interface Tlv {
  tag: number;
  start: number;
  end: number;
}

/**
 * Reads the TLV at `offset`, which must end by `limit`, under DER's rules (X.690 §10.1): definite length, in the
 * fewest octets. Tags are compared whole, so a multi-octet tag never matches the single-octet ones expected here.
 */
export function readTlv(der: Uint8Array, offset: number, limit: number): Tlv | undefined {
  if (offset + 2 > limit) return undefined;
  const tag = der[offset]!;
  const first = der[offset + 1]!;
  let start = offset + 2;
  let length = first;
  if (first >= 0x80) {
    // X.690 §8.1.3.6: 0x80 is the indefinite form, which DER forbids; more than 4 octets is beyond any key.
    const count = first & 0x7f;
    if (count === 0 || count > 4 || start + count > limit) return undefined;
    // X.690 §10.1: no leading zero octet, and the long form only for lengths of 128 and more.
    if (der[start] === 0) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + der[start + i]!;
    if (length < 0x80) return undefined;
    start += count;
  }
  const end = start + length;
  return end <= limit ? { tag, start, end } : undefined;
}

/**
 * The size in bits of a positive INTEGER's value (X.690 §8.3: two's complement in the fewest octets), or `undefined`
 * when it is zero, negative or not minimally encoded.
 */
function positiveIntegerBits(der: Uint8Array, integer: Tlv): number | undefined {
  if (integer.tag !== 0x02 || integer.end === integer.start) return undefined;
  let start = integer.start;
  if (der[start]! >= 0x80) return undefined;
  if (der[start] === 0) {
    // X.690 §8.3.2: a leading zero octet only as the sign octet of a value whose top bit is set.
    if (start + 1 === integer.end || der[start + 1]! < 0x80) return undefined;
    start++;
  }
  return (integer.end - start) * 8 - Math.clz32(der[start]!) + 24;
}

/** The modulus size in bits of the RSAPublicKey (RFC 8017 §A.1.1) filling `der` from `offset` to `limit`. */
function rsaPublicKeyBits(der: Uint8Array, offset: number, limit: number): number | undefined {
  const sequence = readTlv(der, offset, limit);
  if (sequence?.tag !== 0x30 || sequence.end !== limit) return undefined;
  const modulus = readTlv(der, sequence.start, sequence.end);
  if (!modulus) return undefined;
  const exponent = readTlv(der, modulus.end, sequence.end);
  if (!exponent || exponent.end !== sequence.end || positiveIntegerBits(der, exponent) === undefined) return undefined;
  return positiveIntegerBits(der, modulus);
}

// rsaEncryption, 1.2.840.113549.1.1.1 (RFC 3279 §2.3.1), as the content of its OBJECT IDENTIFIER.
const RSA_ENCRYPTION = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

/** Whether an AlgorithmIdentifier (RFC 5280 §4.1.1.2) is rsaEncryption with NULL parameters, or none. */
function isRsaEncryption(der: Uint8Array, algorithm: Tlv): boolean {
  if (algorithm.tag !== 0x30) return false;
  const oid = readTlv(der, algorithm.start, algorithm.end);
  if (oid?.tag !== 0x06 || oid.end - oid.start !== RSA_ENCRYPTION.length) return false;
  for (let i = 0; i < RSA_ENCRYPTION.length; i++) if (der[oid.start + i] !== RSA_ENCRYPTION[i]) return false;
  // RFC 3279 §2.3.1 requires NULL; WebCrypto (OpenSSL) also takes keys that omit the parameters, and so does this.
  if (oid.end === algorithm.end) return true;
  const parameters = readTlv(der, oid.end, algorithm.end);
  return parameters?.tag === 0x05 && parameters.start === parameters.end && parameters.end === algorithm.end;
}

/** An RSA public key's encoding and modulus size. */
export interface RsaKeySize {
  format: 'spki' | 'pkcs1';
  bits: number;
}

/**
 * Reads an RSA public key in strict DER, a SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) or a bare PKCS#1 RSAPublicKey
 * (RFC 8017 §A.1.1) as many verifiers accept (RFC 6376 §3.6.1), and returns its modulus size in bits; `undefined`
 * when the bytes are anything else, or carry bytes past any structure.
 */
export function readRsaKeySize(der: Uint8Array): RsaKeySize | undefined {
  const outer = readTlv(der, 0, der.length);
  if (outer?.tag !== 0x30 || outer.end !== der.length) return undefined;
  const first = readTlv(der, outer.start, outer.end);
  if (first?.tag === 0x02) {
    const bits = rsaPublicKeyBits(der, 0, der.length);
    return bits === undefined ? undefined : { format: 'pkcs1', bits };
  }
  if (!first || !isRsaEncryption(der, first)) return undefined;
  const key = readTlv(der, first.end, outer.end);
  // RFC 5280 §4.1.2.7: subjectPublicKey is a BIT STRING; the RSAPublicKey fills whole octets (no unused bits).
  if (key?.tag !== 0x03 || key.end !== outer.end || key.end === key.start || der[key.start] !== 0) return undefined;
  const bits = rsaPublicKeyBits(der, key.start + 1, key.end);
  return bits === undefined ? undefined : { format: 'spki', bits };
}
