import { EXT_NAME, EXT_VALUE, isRecordCandidate, splitRecordFields } from './record-fields.js';
import type { TlsRptRecordResult } from './types.js';

/** Whether a TXT record is a TLS-RPT record candidate: it starts with the version field (RFC 8460 §3). */
export function isTlsRptCandidate(text: string): boolean {
  return isRecordCandidate(text, 'v=TLSRPTv1');
}

/**
 * Parses one `_smtp._tls` TXT record (RFC 8460 §3): `v=TLSRPTv1` first, then `;`-separated fields, of which `rua`
 * (a comma-separated list of URIs) is required; other well-formed `name=value` fields are extensions.
 */
export function parseTlsRptRecord(text: string): TlsRptRecordResult {
  const split = splitRecordFields(text, 'v=TLSRPTv1');
  if (!split.ok) return split;
  let rua: string[] | undefined;
  const extensions: Array<[string, string]> = [];
  for (const { field, name, value } of split.fields) {
    if (name === 'rua') {
      const uris = value.split(/[ \t]*,[ \t]*/);
      if (uris.some((uri) => uri === '')) return { ok: false, error: `its rua "${value}" has an empty URI` };
      rua ??= uris;
      continue;
    }
    if (!EXT_NAME.test(name) || !EXT_VALUE.test(value)) return { ok: false, error: `"${field}" is not a valid field` };
    extensions.push([name, value]);
  }
  if (rua === undefined) return { ok: false, error: 'it has no rua field' };
  return { ok: true, record: { rua, extensions } };
}

/**
 * Why a TLS-RPT report URI cannot be used, or undefined when it can (RFC 8460 §3: only `mailto:` (RFC 6068) and
 * `https:` are supported).
 */
export function tlsRptUriProblem(uri: string): string | undefined {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri)?.[1]?.toLowerCase();
  if (scheme === 'mailto') {
    const address = decodeURIComponentSafe(uri.slice('mailto:'.length).split('?')[0]!);
    return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address ?? '') ? undefined : `"${uri}" has no usable email address`;
  }
  if (scheme === 'https') {
    try {
      const url = new URL(uri);
      return url.hostname ? undefined : `"${uri}" has no host`;
    } catch {
      return `"${uri}" is not a valid https URI`;
    }
  }
  return scheme
    ? `"${uri}" uses the scheme ${scheme}:, and only mailto: and https: are supported`
    : `"${uri}" is not a URI`;
}

function decodeURIComponentSafe(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
