/**
 * RSA public keys in DER and a few hundred near misses, each with what a strict reader of RFC 5280 §4.1.2.7,
 * RFC 3279 §2.3.1 and RFC 8017 §A.1.1 under DER (X.690 §10) must make of it: the modulus size, or why it is no key.
 */
import type { RsaKeySize } from '../../../core/dkim/der.js';

/** One input and the verdict the RFCs give it. */
export interface DerCase {
  name: string;
  der: Uint8Array;
  expected: RsaKeySize | undefined;
}

/** A DER element: primitive (`bytes`) or constructed (`children`), a BIT STRING's unused-bits octet in `prefix`. */
interface Element {
  name: string;
  tag: number;
  bytes?: Uint8Array;
  children?: Element[];
  prefix?: number[];
}

/** How one element's header is written, instead of DER's: a replacement tag or length octets, or the indefinite form. */
interface Override {
  tag?: number;
  length?: (length: number) => number[];
  indefinite?: boolean;
}

const concat = (...parts: ArrayLike<number>[]) => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

const bigEndian = (value: number) => {
  const bytes: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return bytes;
};

/** X.690 §10.1: the short form below 128, else the long form in the fewest octets. */
const derLength = (length: number) =>
  length < 0x80 ? [length] : [0x80 | bigEndian(length).length, ...bigEndian(length)];

function encode(element: Element, overrides: Map<string, Override> = new Map(), path = element.name): Uint8Array {
  const override = overrides.get(path);
  const content = concat(
    element.prefix ?? [],
    element.bytes ??
      concat(...(element.children ?? []).map((child) => encode(child, overrides, `${path}.${child.name}`))),
  );
  const tag = [override?.tag ?? element.tag];
  if (override?.indefinite) return concat(tag, [0x80], content, [0, 0]);
  return concat(tag, (override?.length ?? derLength)(content.length), content);
}

/** Every element's path, outermost first. */
function paths(element: Element, path = element.name): string[] {
  return [path, ...(element.children ?? []).flatMap((child) => paths(child, `${path}.${child.name}`))];
}

const primitive = (name: string, tag: number, bytes: ArrayLike<number>): Element => ({
  name,
  tag,
  bytes: Uint8Array.from(bytes),
});

/** An INTEGER's content for a positive magnitude (X.690 §8.3): no leading zeros, a zero sign octet when needed. */
function positive(magnitude: Uint8Array): Uint8Array {
  let start = 0;
  while (start < magnitude.length - 1 && magnitude[start] === 0) start++;
  const trimmed = magnitude.subarray(start);
  return trimmed[0]! >= 0x80 ? concat([0], trimmed) : trimmed;
}

/** The size in bits of a magnitude, 0 for zero. */
export const bitLength = (magnitude: Uint8Array) => {
  const content = positive(magnitude);
  const start = content[0] === 0 && content.length > 1 ? 1 : 0;
  return (content.length - start) * 8 - Math.clz32(content[start]!) + 24;
};

const RSA_ENCRYPTION = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const NULL = primitive('parameters', 0x05, []);
const F4 = Uint8Array.from([0x01, 0x00, 0x01]);

const rsaPublicKey = (modulus: Uint8Array, exponent: Uint8Array, extra: Element[] = []): Element => ({
  name: 'rsa',
  tag: 0x30,
  children: [primitive('n', 0x02, modulus), primitive('e', 0x02, exponent), ...extra],
});

/** A SubjectPublicKeyInfo around `key`, with its parts replaceable one at a time. */
function spki(
  key: Element,
  parts: {
    algorithm?: Element[];
    unused?: number[];
    inKey?: Element[];
    after?: Element[];
    only?: 'algorithm' | 'key';
  } = {},
): Element {
  const algorithm = {
    name: 'algorithm',
    tag: 0x30,
    children: parts.algorithm ?? [primitive('oid', 0x06, RSA_ENCRYPTION), NULL],
  };
  const bits = { name: 'key', tag: 0x03, prefix: parts.unused ?? [0], children: [key, ...(parts.inKey ?? [])] };
  const children = parts.only === 'algorithm' ? [algorithm] : parts.only === 'key' ? [bits] : [algorithm, bits];
  return { name: 'spki', tag: 0x30, children: [...children, ...(parts.after ?? [])] };
}

/** The DER encoding of the key with `modulus` and `exponent` (magnitudes, big-endian) in one of the accepted forms. */
export function encodeRsaKey(
  modulus: Uint8Array,
  exponent: Uint8Array,
  form: 'spki' | 'spki-without-parameters' | 'pkcs1',
): Uint8Array {
  const key = rsaPublicKey(positive(modulus), positive(exponent));
  if (form === 'pkcs1') return encode(key);
  if (form === 'spki') return encode(spki(key));
  return encode(spki(key, { algorithm: [primitive('oid', 0x06, RSA_ENCRYPTION)] }));
}

/** A modulus, exponent pair to build keys from. */
export interface RsaNumbers {
  name: string;
  modulus: Uint8Array;
  exponent: Uint8Array;
}

/** A deterministic stand-in for a modulus of exactly `bits` bits (odd, top bit set); parsing never tests primality. */
export function syntheticModulus(bits: number): Uint8Array {
  const bytes = new Uint8Array(Math.ceil(bits / 8));
  let state = bits;
  for (let i = 0; i < bytes.length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 16;
  }
  const top = (bits - 1) % 8;
  bytes[0] = (bytes[0]! & ((1 << top) - 1)) | (1 << top);
  bytes[bytes.length - 1]! |= 1;
  return bytes;
}

/** Well-formed keys, as SPKI and as PKCS#1, of each of `numbers`. */
export function validCases(numbers: RsaNumbers[]): DerCase[] {
  return numbers.flatMap(({ name, modulus, exponent }) => {
    const key = rsaPublicKey(positive(modulus), positive(exponent));
    const bits = bitLength(modulus);
    return [
      { name: `${name} SPKI`, der: encode(spki(key)), expected: { format: 'spki', bits } },
      { name: `${name} PKCS#1`, der: encode(key), expected: { format: 'pkcs1', bits } },
    ];
  });
}

const hex = (bytes: ArrayLike<number>) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');

/** Near misses of a key with `modulus` and exponent 65537: every structure and header bent one way at a time. */
export function mutatedCases(modulus: Uint8Array, label: string): DerCase[] {
  const n = positive(modulus);
  const e = F4;
  const bits = bitLength(modulus);
  const cases: DerCase[] = [];
  const add = (name: string, der: Uint8Array, expected?: RsaKeySize) =>
    cases.push({ name: `${label}: ${name}`, der, expected });
  const key = rsaPublicKey(n, e);
  const good = encode(spki(key));
  const pkcs1 = encode(key);
  add('SPKI', good, { format: 'spki', bits });
  add('PKCS#1', pkcs1, { format: 'pkcs1', bits });
  // RFC 3279 §2.3.1 requires NULL parameters; WebCrypto takes keys without them, and so does the reader.
  add(
    'SPKI without AlgorithmIdentifier parameters',
    encode(spki(key, { algorithm: [primitive('oid', 0x06, RSA_ENCRYPTION)] })),
    {
      format: 'spki',
      bits,
    },
  );
  // Swapped numbers are still two positive INTEGERs: a 17-bit key, which the check reports as too small.
  add('PKCS#1 with modulus and exponent swapped', encode(rsaPublicKey(e, n)), { format: 'pkcs1', bits: 17 });

  // Headers (X.690 §10.1) of every element: lengths not in the fewest octets, indefinite or off by one; other tags.
  for (const tree of [spki(key), key]) {
    const format = tree === key ? 'PKCS#1' : 'SPKI';
    for (const path of paths(tree)) {
      const bent = (override: Override) => encode(tree, new Map([[path, override]]));
      const where = `${format} ${path}`;
      add(
        `${where}: length in one octet more than needed`,
        bent({
          length: (l) => (l < 0x80 ? [0x81, l] : [0x81 + bigEndian(l).length, 0, ...bigEndian(l)]),
        }),
      );
      add(
        `${where}: length in the long form of 5 octets`,
        bent({
          length: (l) => [0x85, ...[0, 0, 0, 0, 0, ...bigEndian(l)].slice(-5)],
        }),
      );
      add(`${where}: indefinite length`, bent({ indefinite: true }));
      add(`${where}: length + 1`, bent({ length: (l) => derLength(l + 1) }));
      if (!path.endsWith('parameters')) add(`${where}: length - 1`, bent({ length: (l) => derLength(l - 1) }));
      const tag = tagAt(tree, path);
      for (const other of [tag ^ 0x01, tag ^ 0x20, 0x1f])
        add(`${where}: tag 0x${other.toString(16)}`, bent({ tag: other }));
    }
  }

  // Trailing bytes at every level (X.690 §8.1.1: an encoding is its TLVs and nothing more).
  for (const extra of [[0x00], [0x00, 0x00], [0xff], [0x05, 0x00], [0x02, 0x01, 0x00]]) {
    add(`SPKI followed by ${hex(extra)}`, concat(good, extra));
    add(`PKCS#1 followed by ${hex(extra)}`, concat(pkcs1, extra));
    if (extra.length < 2) continue;
    const element = primitive('extra', extra[0]!, extra.slice(2));
    add(`SPKI with a third element ${hex(extra)}`, encode(spki(key, { after: [element] })));
    add(
      `AlgorithmIdentifier with a third element ${hex(extra)}`,
      encode(spki(key, { algorithm: [primitive('oid', 0x06, RSA_ENCRYPTION), NULL, element] })),
    );
    add(`BIT STRING holding ${hex(extra)} after the RSAPublicKey`, encode(spki(key, { inKey: [element] })));
    add(`SPKI: RSAPublicKey with a third element ${hex(extra)}`, encode(spki(rsaPublicKey(n, e, [element]))));
    add(`PKCS#1 with a third element ${hex(extra)}`, encode(rsaPublicKey(n, e, [element])));
  }

  // AlgorithmIdentifier (RFC 5280 §4.1.1.2, RFC 3279 §2.3.1): rsaEncryption with NULL (or no) parameters only.
  const oids: [string, number[]][] = [
    ['RSASSA-PSS 1.2.840.113549.1.1.10', [...RSA_ENCRYPTION.slice(0, 8), 0x0a]],
    ['sha256WithRSAEncryption 1.2.840.113549.1.1.11', [...RSA_ENCRYPTION.slice(0, 8), 0x0b]],
    ['id-ecPublicKey 1.2.840.10045.2.1', [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01]],
    ['Ed25519 1.3.101.112', [0x2b, 0x65, 0x70]],
    ['rsaEncryption cut short', RSA_ENCRYPTION.slice(0, 8)],
    ['rsaEncryption with an extra arc', [...RSA_ENCRYPTION, 0x01]],
    ['rsaEncryption with a non-minimal arc (X.690 §8.19.2)', [...RSA_ENCRYPTION.slice(0, 8), 0x80, 0x01]],
  ];
  for (const [name, oid] of oids)
    add(`OID ${name}`, encode(spki(key, { algorithm: [primitive('oid', 0x06, oid), NULL] })));
  const parameters: [string, Element[]][] = [
    ['NULL with content', [primitive('parameters', 0x05, [0])]],
    ['INTEGER 0', [primitive('parameters', 0x02, [0])]],
    ['an empty SEQUENCE', [{ name: 'parameters', tag: 0x30, children: [] }]],
    ['an empty OCTET STRING', [primitive('parameters', 0x04, [])]],
    ['two NULLs', [NULL, NULL]],
  ];
  for (const [name, rest] of parameters) {
    add(`parameters ${name}`, encode(spki(key, { algorithm: [primitive('oid', 0x06, RSA_ENCRYPTION), ...rest] })));
  }
  add('AlgorithmIdentifier without its OID', encode(spki(key, { algorithm: [NULL] })));
  add('empty AlgorithmIdentifier', encode(spki(key, { algorithm: [] })));

  // subjectPublicKey (RFC 5280 §4.1.2.7): a BIT STRING of whole octets holding the RSAPublicKey.
  for (const unused of [1, 7, 8]) add(`BIT STRING with ${unused} unused bits`, encode(spki(key, { unused: [unused] })));
  add('empty BIT STRING', encode(spki(key, { only: 'algorithm', after: [primitive('key', 0x03, [])] })));
  add(
    'BIT STRING of its unused-bits octet alone',
    encode(spki(key, { only: 'algorithm', after: [primitive('key', 0x03, [0])] })),
  );
  add('SPKI without its BIT STRING', encode(spki(key, { only: 'algorithm' })));
  add('SPKI without its AlgorithmIdentifier', encode(spki(key, { only: 'key' })));
  add('empty SEQUENCE', Uint8Array.from([0x30, 0x00]));
  add('no bytes', new Uint8Array(0));

  // RSAPublicKey (RFC 8017 §A.1.1): two positive INTEGERs in the fewest octets (X.690 §8.3.2).
  const magnitude = n[0] === 0 ? n.subarray(1) : n;
  const numbers: [string, Uint8Array, Uint8Array][] = [
    ['modulus with an extra leading zero', concat([0], n), e],
    ['modulus with a leading 0xff', concat([0xff], magnitude), e],
    ['zero modulus', Uint8Array.from([0]), e],
    ['empty modulus', new Uint8Array(0), e],
    ['zero exponent', n, Uint8Array.from([0])],
    ['zero exponent in two octets', n, Uint8Array.from([0, 0])],
    ['empty exponent', n, new Uint8Array(0)],
    ['negative exponent', n, Uint8Array.from([0xff])],
    ['exponent with an extra leading zero', n, concat([0], e)],
  ];
  if (magnitude[0]! >= 0x80) numbers.push(['negative modulus (its sign octet dropped)', magnitude, e]);
  for (const [name, modulus, exponent] of numbers) {
    add(`SPKI, ${name}`, encode(spki(rsaPublicKey(modulus, exponent))));
    add(`PKCS#1, ${name}`, encode(rsaPublicKey(modulus, exponent)));
  }
  const shapes: [string, Element][] = [
    ['no exponent', { name: 'rsa', tag: 0x30, children: [primitive('n', 0x02, n)] }],
    ['no numbers', { name: 'rsa', tag: 0x30, children: [] }],
    [
      'exponent as a BIT STRING',
      { name: 'rsa', tag: 0x30, children: [primitive('n', 0x02, n), primitive('e', 0x03, [0, ...e])] },
    ],
  ];
  for (const [name, shape] of shapes) {
    add(`SPKI, ${name}`, encode(spki(shape)));
    add(`PKCS#1, ${name}`, encode(shape));
  }

  // Cut short at evenly spaced points and around every header (a key truncated in DNS or in copy and paste).
  const cuts = new Set([
    0,
    1,
    2,
    3,
    4,
    5,
    15,
    16,
    17,
    18,
    19,
    20,
    21,
    22,
    23,
    24,
    25,
    good.length - 5,
    good.length - 1,
  ]);
  for (let cut = 0; cut < good.length; cut += Math.ceil(good.length / 32)) cuts.add(cut);
  for (const cut of cuts) add(`SPKI cut to ${cut} octets`, good.slice(0, cut));
  for (const cut of [0, 1, 2, 3, 4, 5, 8, pkcs1.length >> 1, pkcs1.length - 5, pkcs1.length - 1]) {
    add(`PKCS#1 cut to ${cut} octets`, pkcs1.slice(0, cut));
  }
  return cases;
}

function tagAt(tree: Element, path: string): number {
  let element = tree;
  for (const name of path.split('.').slice(1)) element = element.children!.find((child) => child.name === name)!;
  return element.tag;
}
