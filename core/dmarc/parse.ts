import { parseReportUri } from './report-uri.js';
import type {
  AlignmentMode,
  DmarcIssue,
  DmarcParseResult,
  DmarcPolicy,
  DmarcRecord,
  PsdFlag,
  ReportUri,
} from './types.js';

// RFC 9989 §4.8: dmarc-version = "v" *WSP "=" *WSP %x44.4D.41.52.43.31 — the tag name is case-insensitive (an ABNF
// string), the value "DMARC1" is case-sensitive (given as octets).
const VERSION = /^[vV][ \t]*=[ \t]*DMARC1$/;
const VERSION_VALUE = /=[ \t]*(.*)$/;
const TAG = /^([A-Za-z][A-Za-z0-9]*)[ \t]*=[ \t]*(.*)$/;
// RFC 9989 §4.8: dmarc-value = %x20-3A / %x3C-7E (printable ASCII but ";"); URI lists also allow WSP around ",".
const VALUE_CHARS = /^[\t\x20-\x3a\x3c-\x7e]+$/;
const POLICIES: readonly DmarcPolicy[] = ['none', 'quarantine', 'reject'];
const POLICY_TAGS = ['p', 'sp', 'np'] as const;
const isPolicyTag = (name: string): boolean => name === 'p' || name === 'sp' || name === 'np';
const FO_OPTION = /^[01ds]$/i;
/** The tags RFC 9989 §4.7 defines. */
const KNOWN_TAGS = new Set(['v', 'p', 'sp', 'np', 'adkim', 'aspf', 'fo', 'psd', 't', 'rua', 'ruf']);
/** RFC 7489 tags RFC 9989 removed. */
const HISTORIC_TAGS = new Set(['pct', 'rf', 'ri']);

/** Whether a TXT string starts like a DMARC record, even a broken one (`v=dmarc1`, `v=DMARC1 p=none`). */
export function looksLikeDmarc(text: string): boolean {
  return /^\s*v\s*=\s*dmarc/i.test(text);
}

/** Whether a TXT string is a DMARC record by RFC 9989 §4.10: its first tag is v=DMARC1. */
export function isDmarcRecord(text: string): boolean {
  const first = text.split(';', 1)[0] ?? '';
  return VERSION.test(trimTrailingWsp(first));
}

/** Drops trailing spaces and tabs (WSP) without a regular expression: `/[ \t]+$/` is quadratic on long runs. */
function trimTrailingWsp(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}

const policyOf = (value: string): DmarcPolicy | undefined => {
  const lower = value.toLowerCase();
  return POLICIES.find((policy) => policy === lower);
};

/**
 * Parses a DMARC Policy Record (RFC 9989 §4.7–4.8): tags with their validation and defaults. Pure. Unknown tags are
 * kept aside, historic ones (pct, rf, ri) noted. §4.8: syntax errors in the remainder of the record are discarded in
 * favour of default values — a bad tag value or a part that is not tag=value is an issue, not the end of the record.
 * §4.10.1 then decides what receivers do with the policy tags (`policyMode`). The record is unusable (an error
 * value) only when it does not start with v=DMARC1 (§4.7), or when a tag repeats: §4.7 takes the tag-value syntax of
 * DKIM, and RFC 6376 §3.2 makes a tag-list with a repeated tag name invalid as a whole.
 */
export function parseDmarc(text: string): DmarcParseResult {
  const issues: DmarcIssue[] = [];
  const parts = text.split(';');
  const first = trimTrailingWsp(parts[0] ?? '');
  if (!VERSION.test(first)) {
    const value = VERSION_VALUE.exec(first)?.[1];
    const message = /^v[ \t]*=/i.test(first)
      ? `The record starts with v=${value ?? ''} rather than exactly "v=DMARC1" (the value is case-sensitive and is followed by ";").`
      : 'The record does not start with "v=DMARC1".';
    return { ok: false, error: { code: 'not-dmarc', message }, issues };
  }

  const tags: Array<[string, string]> = [['v', 'DMARC1']];
  const seen = new Set(['v']);
  for (let index = 1; index < parts.length; index++) {
    const part = parts[index]!.trim();
    if (part === '') {
      // RFC 9989 §4.8 allows one trailing separator; an empty part elsewhere is outside the grammar.
      if (index < parts.length - 1) {
        issues.push({ code: 'empty-tag', message: 'Two ";" separators with no tag between them.' });
      }
      continue;
    }
    const match = TAG.exec(part);
    if (!match) {
      // RFC 9989 §4.8: a syntax error in the remainder of the record is discarded, not fatal.
      issues.push({
        code: 'malformed',
        value: part,
        message: `"${part}" is not a tag=value pair; receivers discard it.`,
      });
      continue;
    }
    const name = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    if (seen.has(name)) {
      return {
        ok: false,
        error: {
          code: 'duplicate-tag',
          message: `The tag ${name} appears more than once; a tag-list with a repeated tag is invalid as a whole (RFC 6376 §3.2, whose tag-value syntax RFC 9989 §4.7 adopts), so receivers may ignore the whole record.`,
          tag: name,
        },
        issues,
      };
    }
    seen.add(name);
    tags.push([name, value]);
  }

  const record: DmarcRecord = {
    raw: text,
    policy: 'none',
    policyMode: 'published',
    adkim: 'r',
    aspf: 'r',
    fo: ['0'],
    psd: 'u',
    testing: false,
    rua: [],
    ruf: [],
    historic: {},
    unknown: {},
    tags,
  };
  const invalid = (tag: string, value: string, expected: string) =>
    issues.push({
      code: 'invalid-value',
      tag,
      value,
      message:
        value === ''
          ? `The tag ${tag} has no value; expected ${expected}. Receivers ignore it.`
          : `${tag}=${value} is not valid; expected ${expected}. Receivers ignore it.`,
    });
  let ruaValid = false;

  for (const [name, value] of tags.slice(1)) {
    if (!KNOWN_TAGS.has(name)) {
      if (HISTORIC_TAGS.has(name)) {
        record.historic[name as 'pct' | 'rf' | 'ri'] = value;
        issues.push({
          code: 'historic-tag',
          tag: name,
          value,
          message: `${name}=${value} is an RFC 7489 tag that RFC 9989 removed; RFC 9989 receivers ignore it.`,
        });
      } else {
        record.unknown[name] = value;
        issues.push({
          code: 'unknown-tag',
          tag: name,
          value,
          message: `The tag ${name} is not defined by RFC 9989; receivers ignore it.`,
        });
      }
      continue;
    }
    if (value === '' || !VALUE_CHARS.test(value)) {
      // An invalid p, sp or np is judged as a whole below (§4.10.1): it does not just fall back to a default.
      if (!isPolicyTag(name)) invalid(name, value, 'a value of printable characters');
      continue;
    }
    switch (name) {
      case 'p':
      case 'sp':
      case 'np': {
        const policy = policyOf(value);
        if (policy) record[name] = policy;
        break;
      }
      case 'adkim':
      case 'aspf': {
        const mode = value.toLowerCase();
        if (mode === 'r' || mode === 's') record[name] = mode as AlignmentMode;
        else invalid(name, value, 'r (relaxed) or s (strict)');
        break;
      }
      case 'psd': {
        const flag = value.toLowerCase();
        if (flag === 'y' || flag === 'n' || flag === 'u') record.psd = flag as PsdFlag;
        else invalid(name, value, 'y, n or u');
        break;
      }
      case 't': {
        const flag = value.toLowerCase();
        if (flag === 'y' || flag === 'n') record.testing = flag === 'y';
        else invalid(name, value, 'y or n');
        break;
      }
      case 'fo': {
        const options = value.split(':').map((option) => option.trim());
        if (options.every((option) => FO_OPTION.test(option))) record.fo = options.map((o) => o.toLowerCase());
        else invalid(name, value, 'a colon-separated list of 0, 1, d and s');
        break;
      }
      case 'rua':
      case 'ruf': {
        const uris: ReportUri[] = [];
        for (const item of value.split(',')) {
          const parsed = parseReportUri(item);
          if (!parsed.ok) {
            issues.push({
              code: 'invalid-value',
              tag: name,
              value: item.trim(),
              message: `In ${name}: ${parsed.message}`,
            });
            continue;
          }
          uris.push(parsed.uri);
          if (parsed.uri.sizeLimit !== undefined) {
            issues.push({
              code: 'size-limit',
              tag: name,
              value: item.trim(),
              message: `In ${name}, the size limit "!${parsed.uri.sizeLimit}" of ${parsed.uri.uri} is RFC 7489 syntax that RFC 9989 receivers ignore.`,
            });
          }
          if (parsed.uri.scheme !== 'mailto') {
            issues.push({
              code: 'uri-scheme',
              tag: name,
              value: parsed.uri.uri,
              message: `In ${name}, ${parsed.uri.uri} uses the ${parsed.uri.scheme}: scheme; receivers must support only mailto:, so many will not report there.`,
            });
          }
        }
        record[name] = uris;
        if (name === 'rua') ruaValid = uris.length > 0;
        break;
      }
    }
  }

  // RFC 9989 §4.10.1: without a valid p, or with an sp or np that is not valid, a record whose rua holds at least one
  // valid URI is acted on as if it held p=none; any other such record gets no DMARC processing at all.
  const invalidPolicyTags = POLICY_TAGS.filter((tag) => record[tag] === undefined && seen.has(tag));
  if (record.p === undefined || invalidPolicyTags.length > 0) {
    record.policyMode = ruaValid ? 'as-none' : 'no-dmarc';
    const published = record.tags.find(([name]) => name === 'p')?.[1];
    const tagValue = (tag: string) => record.tags.find(([name]) => name === tag)?.[1];
    const what = [
      record.p === undefined && published === undefined ? 'no p tag' : undefined,
      ...invalidPolicyTags.map((tag) => `${tag}=${tagValue(tag)} (not none, quarantine or reject)`),
    ]
      .filter((part) => part !== undefined)
      .join(' and ');
    const consequence = ruaValid
      ? `; RFC 9989 §4.10.1 has receivers act as if the record held only p=none${record.p !== undefined && record.p !== 'none' ? ` (your p=${record.p} is not applied)` : ''}, for the domain and every subdomain alike`
      : ', and rua holds no valid URI, so receivers apply no DMARC processing at all (RFC 9989 §4.10.1)';
    const tag = invalidPolicyTags[0] ?? 'p';
    const issue: DmarcIssue = {
      code: ruaValid ? (invalidPolicyTags.length === 0 ? 'missing-policy' : 'invalid-policy') : 'no-policy',
      tag,
      message: `The record has ${what}${consequence}.`,
    };
    const value = tagValue(tag);
    if (value !== undefined) issue.value = value;
    issues.push(issue);
  }
  record.policy = record.policyMode === 'published' ? record.p! : 'none';
  return { ok: true, record, issues };
}
