import { EXT_NAME, EXT_VALUE, isRecordCandidate, splitRecordFields } from './record-fields.js';
import type { MtaStsMode, MtaStsPolicy, MtaStsPolicyResult, MtaStsRecordResult, TlsProblem } from './types.js';

/** The largest `max_age` (RFC 8461 §3.2: "maximum value of 31557600", one year). */
export const MAX_MTA_STS_MAX_AGE = 31_557_600;

/**
 * The shortest `max_age` judged useful: one day. RFC 8461 sets no minimum, but expects "weeks or greater" (§3.2) and
 * suggests senders refresh once a day (§3.3); a policy that expires sooner lapses between refreshes.
 */
export const MIN_MTA_STS_MAX_AGE = 86_400;

// RFC 8461 §3.1 ABNF (RFC 7405: %s strings are case-sensitive).
const STS_ID = /^[A-Za-z0-9]{1,32}$/;

/** Whether a TXT record is an MTA-STS record candidate: it starts with the version field (RFC 8461 §3.1). */
export function isMtaStsCandidate(text: string): boolean {
  return isRecordCandidate(text, 'v=STSv1');
}

/**
 * Parses one `_mta-sts` TXT record (RFC 8461 §3.1): `v=STSv1` first, then `;`-separated fields, of which `id`
 * (1–32 letters or digits) is required; other well-formed `name=value` fields are extensions and are ignored.
 */
export function parseMtaStsRecord(text: string): MtaStsRecordResult {
  const split = splitRecordFields(text, 'v=STSv1');
  if (!split.ok) return split;
  let id: string | undefined;
  let badId: string | undefined;
  const extensions: Array<[string, string]> = [];
  for (const { field, name, value } of split.fields) {
    if (name === 'id' && STS_ID.test(value)) {
      // RFC 8461 §3.2: a repeated field counts once, the first.
      id ??= value;
      continue;
    }
    if (name === 'id') badId ??= value;
    if (!EXT_NAME.test(name) || !EXT_VALUE.test(value)) return { ok: false, error: `"${field}" is not a valid field` };
    if (name !== 'id') extensions.push([name, value]);
  }
  if (id === undefined) {
    return {
      ok: false,
      error:
        badId === undefined
          ? 'it has no id field'
          : `its id "${badId}" is not 1 to 32 letters or digits, so the record has no valid id`,
    };
  }
  return { ok: true, record: { id, extensions } };
}

/** RFC 5321 §4.1.2 `Domain` (letters, digits, inner hyphens; dot-separated), at most 253 octets. */
function isDomain(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false;
  return name.split('.').every((label) => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(label));
}

const MODES: readonly MtaStsMode[] = ['enforce', 'testing', 'none'];

/**
 * Parses an MTA-STS policy file (RFC 8461 §3.2): LF- or CRLF-separated `key: value` lines with `version: STSv1`,
 * `mode`, `max_age` (at most 10 digits) and, unless the mode is `none`, one or more `mx` patterns (`host` or
 * `*.suffix`); unknown keys are extensions, and of a repeated non-`mx` field the first counts. The policy is returned
 * when its required fields are usable; every problem seen is listed with its finding id.
 */
export function parseMtaStsPolicy(body: string): MtaStsPolicyResult {
  const problems: TlsProblem[] = [];
  const invalid = (message: string) => problems.push({ id: 'mtasts.policy-invalid', message });
  const fields = new Map<string, string>();
  const mx: string[] = [];
  const extensions: Array<[string, string]> = [];
  const lines = body.split(/\r?\n/);
  lines.forEach((raw, index) => {
    // Trailing whitespace is allowed (`sts-policy-field *WSP`); blank lines are tolerated.
    const line = raw.replace(/[ \t]+$/, '');
    if (line === '') return;
    const colon = line.indexOf(':');
    const key = colon > 0 ? line.slice(0, colon) : '';
    if (!EXT_NAME.test(key)) {
      invalid(`Line ${index + 1} ("${line.slice(0, 60)}") is not a "key: value" field.`);
      return;
    }
    const value = line.slice(colon + 1).replace(/^[ \t]+/, '');
    if (key === 'mx') {
      mx.push(value);
      return;
    }
    if (key === 'version' || key === 'mode' || key === 'max_age') {
      if (!fields.has(key)) fields.set(key, value);
      return;
    }
    extensions.push([key, value]);
  });

  const version = fields.get('version');
  if (version === undefined) invalid('The policy has no "version" field.');
  else if (version !== 'STSv1') invalid(`The policy's version is "${version}", not "STSv1".`);

  const modeText = fields.get('mode');
  const mode = MODES.find((known) => known === modeText);
  if (modeText === undefined) invalid('The policy has no "mode" field.');
  else if (!mode) invalid(`The policy's mode "${modeText}" is not enforce, testing or none.`);

  const maxAgeText = fields.get('max_age');
  let maxAge: number | undefined;
  if (maxAgeText === undefined) invalid('The policy has no "max_age" field.');
  else if (!/^[0-9]{1,10}$/.test(maxAgeText)) invalid(`The policy's max_age "${maxAgeText}" is not 1 to 10 digits.`);
  else maxAge = Number(maxAgeText);

  const patterns: string[] = [];
  for (const value of mx) {
    const pattern = value.toLowerCase();
    const domain = pattern.startsWith('*.') ? pattern.slice(2) : pattern;
    if (!isDomain(domain)) {
      problems.push({
        id: 'mtasts.mx-pattern-invalid',
        message: `The mx pattern "${value}" is neither a host name nor "*." followed by one.`,
      });
      continue;
    }
    if (!patterns.includes(pattern)) patterns.push(pattern);
  }
  if (mode && mode !== 'none' && mx.length === 0) invalid(`A policy in mode ${mode} needs at least one "mx" pattern.`);

  if (maxAge !== undefined && maxAge > MAX_MTA_STS_MAX_AGE) {
    problems.push({
      id: 'mtasts.max-age-too-long',
      message: `max_age is ${maxAge} s, over the maximum of ${MAX_MTA_STS_MAX_AGE} s (one year).`,
    });
  } else if (maxAge !== undefined && maxAge < MIN_MTA_STS_MAX_AGE && mode !== 'none') {
    problems.push({
      id: 'mtasts.max-age-too-short',
      message: `max_age is ${maxAge} s, under a day: senders that refresh daily keep no policy between refreshes.`,
    });
  }

  if (version !== 'STSv1' || mode === undefined || maxAge === undefined) return { ok: false, problems };
  const policy: MtaStsPolicy = { version, mode, maxAge, mx: patterns, extensions };
  return { ok: true, policy, problems };
}

/**
 * Whether an MX host name matches a policy's `mx` pattern (RFC 8461 §4.1): equal names, or `*.suffix` matching a
 * name of exactly one more label ("*.example.com" matches "mail.example.com", not "example.com" nor
 * "a.b.example.com"). Names compare without case and without a trailing dot.
 */
export function matchesMxPattern(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase().replace(/\.$/, '');
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!p.startsWith('*.')) return p === h;
  const suffix = p.slice(1);
  if (!h.endsWith(suffix)) return false;
  const label = h.slice(0, h.length - suffix.length);
  return label.length > 0 && !label.includes('.');
}
