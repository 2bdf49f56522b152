import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspectDkimKey, isSha1Only, parseDkimKey, parseTagList, servesEmail } from '../../../core/dkim/index.js';

// RFC 6376 §3.6.1 and Appendix C.2 publish keys of this shape; RFC 8463 Appendix A.2 gives the Ed25519 key below.
const RFC8463_ED25519 = '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=';

describe('parseTagList (RFC 6376 §3.2)', () => {
  it.each([
    [
      'v=DKIM1; p=abc',
      [
        ['v', 'DKIM1'],
        ['p', 'abc'],
      ],
    ],
    [
      'v=DKIM1; p=abc;',
      [
        ['v', 'DKIM1'],
        ['p', 'abc'],
      ],
    ],
    [
      ' v = DKIM1 ;\tp =\tab c ',
      [
        ['v', 'DKIM1'],
        ['p', 'ab c'],
      ],
    ],
    ['a=b=c', [['a', 'b=c']]],
    ['n=', [['n', '']]],
  ])('%j → tags', (text, tags) => {
    expect(parseTagList(text)).toEqual({ ok: true, tags });
  });

  it.each([
    ['', 'syntax'],
    ['v=DKIM1;;p=a', 'syntax'],
    ['v=DKIM1; p=a; ', 'syntax'],
    ['p', 'syntax'],
    ['1p=a', 'syntax'],
    ['p=a; p=b', 'duplicate-tag'],
  ])('%j → %s', (text, code) => {
    const result = parseTagList(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe(code);
  });
});

describe('parseDkimKey (RFC 6376 §3.6.1)', () => {
  it.each([
    ['v=DKIM1; p=MIGfMA0=', { keyType: 'rsa', revoked: false, serviceTypes: ['*'], testing: false }],
    [`k=ed25519; p=${RFC8463_ED25519}`, { keyType: 'ed25519', publicKey: RFC8463_ED25519 }],
    ['v=DKIM1; k=RSA; p=', { keyType: 'rsa', revoked: true, publicKey: '' }],
    ['v=DKIM1; t=y:s; p=AAAA', { testing: true, strict: true, flags: ['y', 's'] }],
    ['v=DKIM1; h=sha1:sha256; p=AAAA', { hashAlgorithms: ['sha1', 'sha256'] }],
    ['v=DKIM1; s=email:tlsrpt; p=AAAA', { serviceTypes: ['email', 'tlsrpt'] }],
    ['v=DKIM1; n=rotated 2026; p=AA AA', { notes: 'rotated 2026', publicKey: 'AAAA' }],
    ['V=DKIM1; g=*; p=AAAA', { unknownTags: ['V', 'g'] }],
  ])('%j parses', (text, fields) => {
    const result = parseDkimKey(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.record).toMatchObject(fields);
  });

  it.each([
    ['v=DKIM1', 'missing-key'],
    ['p=AAAA; v=DKIM1', 'version-not-first'],
    ['v=DKIM2; p=AAAA', 'bad-version'],
    ['v=dkim1; p=AAAA', 'bad-version'],
    ['v=DKIM1; k=dsa; p=AAAA', 'unknown-key-type'],
    ['v=DKIM1; h=md5; p=AAAA', 'no-usable-hash'],
    ['v=DKIM1; p=not*base64', 'bad-base64'],
    ['v=DKIM1; p=a; p=b', 'duplicate-tag'],
  ])('%j → %s', (text, code) => {
    const result = parseDkimKey(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('tells sha1-only keys and email service apart (RFC 8301 §3.1)', () => {
    const parse = (text: string) => {
      const result = parseDkimKey(text);
      if (!result.ok) throw new Error(result.error.message);
      return result.record;
    };
    expect(isSha1Only(parse('h=sha1; p=AAAA'))).toBe(true);
    expect(isSha1Only(parse('h=sha1:sha256; p=AAAA'))).toBe(false);
    expect(isSha1Only(parse('p=AAAA'))).toBe(false);
    expect(servesEmail(parse('s=tlsrpt; p=AAAA'))).toBe(false);
    expect(servesEmail(parse('s=*; p=AAAA'))).toBe(true);
  });
});

describe('inspectDkimKey', () => {
  const rsa = (bits: number, type: 'spki' | 'pkcs1') =>
    generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type, format: 'der' }).toString('base64');
  const inspect = async (text: string) => {
    const result = parseDkimKey(text);
    if (!result.ok) throw new Error(result.error.message);
    return inspectDkimKey(result.record);
  };

  it.each([
    [512, 'spki'],
    [1024, 'spki'],
    [2048, 'spki'],
    [1024, 'pkcs1'],
    [3072, 'pkcs1'],
  ] as const)('reads a %i-bit RSA key given as %s', async (bits, format) => {
    expect(await inspect(`v=DKIM1; p=${rsa(bits, format)}`)).toEqual({ status: 'valid', keyType: 'rsa', bits, format });
  });

  it('accepts the RFC 8463 Appendix A.2 Ed25519 key', async () => {
    expect(await inspect(`v=DKIM1; k=ed25519; p=${RFC8463_ED25519}`)).toMatchObject({ status: 'valid', bits: 256 });
  });

  it('accepts any 32 octets as an Ed25519 key, as WebCrypto did (RFC 8463 §4.2: p= is the raw key)', async () => {
    const zeros = btoa(String.fromCharCode(...new Uint8Array(32)));
    expect(await inspect(`v=DKIM1; k=ed25519; p=${zeros}`)).toMatchObject({ status: 'valid', bits: 256 });
  });

  it.each([
    ['an Ed25519 key published as k=rsa', `v=DKIM1; p=${RFC8463_ED25519}`],
    ['an Ed25519 key of 31 octets', `v=DKIM1; k=ed25519; p=${btoa('x'.repeat(31))}`],
    ['an Ed25519 key of 33 octets', `v=DKIM1; k=ed25519; p=${btoa('x'.repeat(33))}`],
    // RFC 5280 §4.1.2.7 under DER: nothing may follow the SubjectPublicKeyInfo (WebCrypto ignored such bytes).
    ['an RSA key followed by a stray octet', `v=DKIM1; p=${btoa(`${atob(rsa(1024, 'spki'))}\0`)}`],
    ['an RSA key published as k=ed25519', `v=DKIM1; k=ed25519; p=${rsa(1024, 'spki')}`],
    ['a truncated RSA key', `v=DKIM1; p=${rsa(1024, 'spki').slice(0, 100)}`],
    ['base64 that does not decode', 'v=DKIM1; p=AAAAA'],
  ])('rejects %s', async (_label, text) => {
    expect((await inspect(text)).status).toBe('invalid');
  });

  it('reports a revoked key without decoding', async () => {
    expect(await inspect('v=DKIM1; p=')).toEqual({ status: 'revoked' });
  });
});
