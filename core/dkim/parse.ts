import { parseTagList } from './tag-list.js';
import type { DkimKeyRecord, DkimKeyType, DkimParseError, DkimParseResult } from './types.js';

const KNOWN_TAGS = new Set(['v', 'k', 'p', 'h', 's', 't', 'n']);
const KNOWN_HASHES = new Set(['sha1', 'sha256']);
const WHITESPACE = /[ \t\r\n]+/g;
// RFC 6376 §3.6.1: base64string = ALPHADIGITPS *([FWS] ALPHADIGITPS) [ [FWS] "=" [ [FWS] "=" ] ], FWS removed first.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const fail = (code: DkimParseError['code'], message: string): DkimParseResult => ({
  ok: false,
  error: { code, message },
});

/** Splits a colon-separated tag value (RFC 6376 §3.6.1 `h=`, `s=`, `t=`) into trimmed, non-empty items. */
const colonList = (value: string) =>
  value
    .split(':')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/**
 * Parses a DKIM key record (RFC 6376 §3.6.1) without any lookup: `v=` must come first and be exactly `DKIM1`, `p=` is
 * required (empty means revoked), `k=` is `rsa` or `ed25519` (RFC 8463), unknown tags are ignored.
 */
export function parseDkimKey(text: string): DkimParseResult {
  const list = parseTagList(text);
  if (!list.ok) return fail(list.code, list.message);
  const tags = new Map(list.tags);
  const version = tags.get('v');
  if (version !== undefined) {
    // RFC 6376 §3.6.1: v= MUST be the first tag, and its value is the case-sensitive "DKIM1".
    if (list.tags[0]?.[0] !== 'v') return fail('version-not-first', 'v=DKIM1 must be the first tag of the record.');
    if (version !== 'DKIM1') return fail('bad-version', `v=${version} is not v=DKIM1 (the value is case-sensitive).`);
  }
  const rawKey = tags.get('p');
  if (rawKey === undefined) return fail('missing-key', 'The record has no p= tag, which is required.');
  const publicKey = rawKey.replace(WHITESPACE, '');
  if (!BASE64.test(publicKey)) return fail('bad-base64', 'p= is not base64.');

  const keyType = (tags.get('k') ?? 'rsa').toLowerCase();
  // RFC 6376 §3.6.1 and RFC 8463 §4.2: a verifier cannot use a key of a type it does not know.
  if (keyType !== 'rsa' && keyType !== 'ed25519')
    return fail('unknown-key-type', `k=${keyType} is not a key type (use rsa or ed25519).`);

  const record: DkimKeyRecord = {
    keyType: keyType as DkimKeyType,
    publicKey,
    serviceTypes: colonList(tags.get('s') ?? '*').map((item) => item.toLowerCase()),
    flags: [],
    revoked: publicKey === '',
    testing: false,
    strict: false,
    unknownTags: list.tags.map(([name]) => name).filter((name) => !KNOWN_TAGS.has(name)),
  };
  if (version !== undefined) record.version = version;
  const hashes = tags.get('h');
  if (hashes !== undefined) {
    record.hashAlgorithms = colonList(hashes).map((item) => item.toLowerCase());
    // RFC 6376 §3.6.1: unrecognized algorithms are ignored — none left means no signature can verify.
    if (!record.hashAlgorithms.some((hash) => KNOWN_HASHES.has(hash))) {
      return fail('no-usable-hash', `h=${hashes} names no hash algorithm a verifier knows (sha256).`);
    }
  }
  const flags = tags.get('t');
  if (flags !== undefined) {
    record.flags = colonList(flags);
    record.testing = record.flags.includes('y');
    record.strict = record.flags.includes('s');
  }
  const notes = tags.get('n');
  if (notes !== undefined) record.notes = notes;
  return { ok: true, record };
}

/** Whether the key may sign with SHA-256; a key limited to `h=sha1` cannot make a valid signature (RFC 8301 §3.1). */
export function isSha1Only(record: DkimKeyRecord): boolean {
  return record.hashAlgorithms !== undefined && !record.hashAlgorithms.includes('sha256');
}

/** Whether the key serves email: `s=` absent, `*` or `email` (RFC 6376 §3.6.1). */
export function servesEmail(record: DkimKeyRecord): boolean {
  return record.serviceTypes.some((service) => service === '*' || service === 'email');
}
