/**
 * The strict DER reader of RSA keys (core/dkim/der.ts) against the RFCs' verdicts and, differentially, against
 * WebCrypto's import, which sized keys before it: the reader never accepts what WebCrypto refuses nor sizes a key
 * differently; WebCrypto (OpenSSL) is laxer, taking BER and trailing bytes that DER and RFC 5280 §4.1.2.7 do not.
 */
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RsaKeySize, readRsaKeySize } from '../../../core/dkim/der.js';
import { dkimTestKeys } from '../../fixtures/zones/dkim.js';
import { RSA_16384_SPKI } from '../../hardening/rsa-16384.js';
import { type PropertyTally, runProperty } from '../../hardening/run-property.js';
import { bitLength, type DerCase, encodeRsaKey, mutatedCases, syntheticModulus, validCases } from './der-cases.js';

const fromBase64 = (text: string) => Uint8Array.from(Buffer.from(text, 'base64'));
const equalBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/** What the WebCrypto version made of DER bytes: a bare RSAPublicKey wrapped in an SPKI, then `importKey('spki')`. */
async function webCryptoSize(der: Uint8Array): Promise<RsaKeySize | undefined> {
  const offset = der[1]! < 0x80 ? 2 : 2 + (der[1]! & 0x7f);
  const pkcs1 = der[0] === 0x30 && der.length >= 4 && der[offset] === 0x02;
  const spki = Uint8Array.from(pkcs1 ? wrap(der) : der);
  try {
    const key = await crypto.subtle.importKey('spki', spki, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, [
      'verify',
    ]);
    return { format: pkcs1 ? 'pkcs1' : 'spki', bits: (key.algorithm as RsaHashedKeyAlgorithm).modulusLength };
  } catch {
    return undefined;
  }
}

/** SEQUENCE { rsaEncryption with NULL, BIT STRING { 0 unused bits, pkcs1 } }, as the WebCrypto version built it. */
function wrap(pkcs1: Uint8Array): Uint8Array {
  const length = (n: number) => (n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff]);
  const algorithm = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];
  const bitString = [0x03, ...length(pkcs1.length + 1), 0x00, ...pkcs1];
  return Uint8Array.from([0x30, ...length(algorithm.length + bitString.length), ...algorithm, ...bitString]);
}

/**
 * The reader gives the RFCs' verdict and never accepts or sizes a key other than WebCrypto did; returns the cases
 * WebCrypto accepted and the reader did not.
 */
async function expectAgreement(cases: DerCase[]): Promise<string[]> {
  const laxer: string[] = [];
  for (const { name, der, expected } of cases) {
    const ours = readRsaKeySize(der);
    expect(ours, name).toEqual(expected);
    const theirs = await webCryptoSize(der);
    if (ours) expect(theirs, name).toEqual(ours);
    else if (theirs) laxer.push(name);
  }
  return laxer;
}

const numbersOf = (der: Uint8Array, type: 'spki' | 'pkcs1') => {
  const jwk = createPublicKey({ key: Buffer.from(der), format: 'der', type }).export({ format: 'jwk' });
  return {
    modulus: Uint8Array.from(Buffer.from(jwk.n!, 'base64url')),
    exponent: Uint8Array.from(Buffer.from(jwk.e!, 'base64url')),
  };
};

const fixtures = {
  rsa512: fromBase64(dkimTestKeys.rsa512),
  rsa1024: fromBase64(dkimTestKeys.rsa1024),
  rsa2048: fromBase64(dkimTestKeys.rsa2048),
  rsa2048Pkcs1: fromBase64(dkimTestKeys.rsa2048Pkcs1),
  rsa16384: fromBase64(RSA_16384_SPKI),
};

describe('readRsaKeySize', () => {
  it('sizes the test keys, keys from node:crypto and moduli of odd sizes as WebCrypto does', async () => {
    const cases: DerCase[] = [
      { name: 'fixture rsa512', der: fixtures.rsa512, expected: { format: 'spki', bits: 512 } },
      { name: 'fixture rsa1024', der: fixtures.rsa1024, expected: { format: 'spki', bits: 1024 } },
      { name: 'fixture rsa2048', der: fixtures.rsa2048, expected: { format: 'spki', bits: 2048 } },
      { name: 'fixture rsa2048Pkcs1', der: fixtures.rsa2048Pkcs1, expected: { format: 'pkcs1', bits: 2048 } },
      { name: 'hardening RSA-16384', der: fixtures.rsa16384, expected: { format: 'spki', bits: 16384 } },
    ];
    for (const bits of [512, 1024, 2048]) {
      for (const publicExponent of [3, 65537]) {
        const key = generateKeyPairSync('rsa', { modulusLength: bits, publicExponent }).publicKey;
        for (const type of ['spki', 'pkcs1'] as const) {
          const der = Uint8Array.from(key.export({ type, format: 'der' }));
          cases.push({
            name: `node:crypto RSA-${bits} e=${publicExponent} ${type}`,
            der,
            expected: { format: type, bits },
          });
        }
      }
    }
    const sizes = [1, 2, 8, 9, 16, 17, 511, 513, 1023, 1025, 2047, 2049, 3072, 4095, 4096, 8192, 16385, 32768];
    const f4 = Uint8Array.from([1, 0, 1]);
    cases.push(
      ...validCases([
        ...sizes.map((bits) => ({ name: `${bits}-bit modulus`, modulus: syntheticModulus(bits), exponent: f4 })),
        { name: 'exponent 1', modulus: syntheticModulus(1024), exponent: Uint8Array.from([1]) },
        { name: '2047-bit exponent', modulus: syntheticModulus(2048), exponent: syntheticModulus(2047) },
      ]),
    );
    expect(await expectAgreement(cases)).toEqual([]);
  });

  it('rejects every near miss: BER lengths, trailing bytes, other algorithms, non-positive or padded INTEGERs', async () => {
    const cases = [
      ...mutatedCases(numbersOf(fixtures.rsa512, 'spki').modulus, 'RSA-512'),
      ...mutatedCases(numbersOf(fixtures.rsa2048Pkcs1, 'pkcs1').modulus, 'RSA-2048'),
      ...mutatedCases(syntheticModulus(1023), '1023-bit'),
      ...mutatedCases(numbersOf(fixtures.rsa16384, 'spki').modulus, 'RSA-16384'),
    ];
    expect(cases.length).toBeGreaterThan(700);
    // WebCrypto (Node's OpenSSL) also takes many of them: BER lengths, trailing bytes, padded or negative INTEGERs.
    await expectAgreement(cases);
  });

  it('rejects other key types, private keys and Ed25519 raw keys', async () => {
    const spkiOf = (type: 'ed25519' | 'x25519' | 'ec' | 'rsa-pss', options: object = {}) =>
      // biome-ignore lint/suspicious/noExplicitAny: the overloads of generateKeyPairSync take one literal type each
      Uint8Array.from((generateKeyPairSync as any)(type, options).publicKey.export({ type: 'spki', format: 'der' }));
    const rsa = generateKeyPairSync('rsa', { modulusLength: 512 }).privateKey;
    const cases: DerCase[] = [
      { name: 'Ed25519 SPKI', der: spkiOf('ed25519'), expected: undefined },
      { name: 'X25519 SPKI', der: spkiOf('x25519'), expected: undefined },
      { name: 'P-256 SPKI', der: spkiOf('ec', { namedCurve: 'P-256' }), expected: undefined },
      { name: 'RSASSA-PSS SPKI', der: spkiOf('rsa-pss', { modulusLength: 1024 }), expected: undefined },
      {
        name: 'RSAPrivateKey',
        der: Uint8Array.from(rsa.export({ type: 'pkcs1', format: 'der' })),
        expected: undefined,
      },
      { name: 'PKCS#8', der: Uint8Array.from(rsa.export({ type: 'pkcs8', format: 'der' })), expected: undefined },
      { name: 'Ed25519 raw', der: fromBase64(dkimTestKeys.ed25519), expected: undefined },
    ];
    expect(await expectAgreement(cases)).toEqual([]);
  });
});

describe('readRsaKeySize against WebCrypto, generated inputs', () => {
  const tally: PropertyTally = { properties: 0, cases: 0 };
  const bases = [fixtures.rsa512, fixtures.rsa1024, fixtures.rsa2048Pkcs1];

  // Edits where they matter most: the headers at the start, the exponent and the ends at the end.
  const position = fc.record({ fromEnd: fc.boolean(), offset: fc.oneof(fc.nat(40), fc.nat(600)) });
  const octet = fc.oneof(
    fc.constantFrom(0x00, 0x01, 0x02, 0x03, 0x05, 0x06, 0x30, 0x7f, 0x80, 0x81, 0x82, 0xff),
    fc.nat(255),
  );
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), at: position, value: octet }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: position,
      bytes: fc.array(octet, { minLength: 1, maxLength: 3 }),
    }),
    fc.record({ kind: fc.constant('delete' as const), at: position, count: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ kind: fc.constant('cut' as const), at: position }),
    fc.record({ kind: fc.constant('append' as const), bytes: fc.array(octet, { minLength: 1, maxLength: 3 }) }),
  );
  type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

  function apply(der: Uint8Array, edits: Edit[]): Uint8Array {
    let bytes = [...der];
    for (const change of edits) {
      if (change.kind === 'append') {
        bytes.push(...change.bytes);
        continue;
      }
      const at = Math.min(
        bytes.length,
        change.at.fromEnd ? Math.max(0, bytes.length - 1 - change.at.offset) : change.at.offset,
      );
      if (change.kind === 'set' && at < bytes.length) bytes[at] = change.value;
      if (change.kind === 'insert') bytes.splice(at, 0, ...change.bytes);
      if (change.kind === 'delete') bytes.splice(at, change.count);
      if (change.kind === 'cut') bytes = bytes.slice(0, at);
    }
    return Uint8Array.from(bytes);
  }

  it('edited keys: the reader accepts only what WebCrypto accepts, and all that is the DER of a positive key', async () => {
    await runProperty(
      tally,
      fc.asyncProperty(
        fc.nat(bases.length - 1),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        async (base, edits) => {
          const der = apply(bases[base]!, edits);
          const ours = readRsaKeySize(der);
          const theirs = await webCryptoSize(der);
          if (ours) expect(theirs).toEqual(ours);
          if (!theirs || ours) return;
          // WebCrypto took it and the reader did not: it must not be the DER of the (positive) key WebCrypto read.
          const { modulus, exponent } = numbersOf(theirs.format === 'pkcs1' ? wrap(der) : der, 'spki');
          const positive = modulus.some((byte) => byte !== 0) && exponent.some((byte) => byte !== 0);
          const forms = ['spki', 'spki-without-parameters', 'pkcs1'] as const;
          expect(positive && forms.some((form) => equalBytes(encodeRsaKey(modulus, exponent, form), der))).toBe(false);
        },
      ),
      400,
    );
  });

  it('keys built from any numbers: the reader gives the modulus size, as WebCrypto does', async () => {
    const number = (maxLength: number) => fc.uint8Array({ minLength: 1, maxLength });
    const form = fc.constantFrom('spki' as const, 'spki-without-parameters' as const, 'pkcs1' as const);
    await runProperty(
      tally,
      fc.asyncProperty(number(1100), number(8), form, async (modulus, exponent, form) => {
        const der = encodeRsaKey(modulus, exponent, form);
        const zero = (bytes: Uint8Array) => bytes.every((byte) => byte === 0);
        const expected =
          zero(modulus) || zero(exponent)
            ? undefined
            : { format: form === 'pkcs1' ? 'pkcs1' : 'spki', bits: bitLength(modulus) };
        expect(readRsaKeySize(der)).toEqual(expected);
        if (expected) expect(await webCryptoSize(der)).toEqual(expected);
      }),
      300,
    );
  });
});
