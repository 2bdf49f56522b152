/**
 * The TXT record grammar MTA-STS (RFC 8461 §3.1) and TLS-RPT (RFC 8460 §3) share: a version field, then
 * `;`-separated `name=value` fields, with the same extension name and value rules (`sts-ext-name`/`tlsrpt-ext-name`,
 * `sts-ext-value`/`tlsrpt-ext-value`; RFC 7405: %s strings are case-sensitive).
 */

/** An extension field's name: a letter or digit, then up to 31 letters, digits, `_`, `-` or `.`. */
export const EXT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
/** An extension field's value: printable ASCII except `;` and `=`. */
export const EXT_VALUE = /^[\x21-\x3a\x3c\x3e-\x7e]+$/;
// `sts-field-delim` / `field-delim`: a semicolon with optional spaces and tabs around it.
const DELIM = /[ \t]*;[ \t]*/;

/** One `name=value` field after the version, as written. */
export interface RecordField {
  field: string;
  name: string;
  value: string;
}

/** Whether a TXT record is a candidate of the version (`v=STSv1`, `v=TLSRPTv1`): it starts with that field. */
export function isRecordCandidate(text: string, version: string): boolean {
  return text.startsWith(version) && /^[ \t]*(;|$)/.test(text.slice(version.length));
}

/**
 * Splits a record into the `name=value` fields after its version: an error when it does not start with the version
 * and a `;` exactly (senders discard it), has an empty field (a trailing delimiter is allowed), or a field that is not
 * `name=value`. The fields' names and values are for the caller to judge (`EXT_NAME`, `EXT_VALUE`).
 */
export function splitRecordFields(
  text: string,
  version: string,
): { ok: true; fields: RecordField[] } | { ok: false; error: string } {
  if (!isRecordCandidate(text, version)) return { ok: false, error: `it does not start with "${version}"` };
  if (!text.startsWith(`${version};`)) {
    return { ok: false, error: `it does not start with "${version};" exactly, so senders discard it` };
  }
  const parts = text.split(DELIM);
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  if (parts.some((part) => part === '')) return { ok: false, error: 'it has an empty field (two ";" in a row)' };
  const fields: RecordField[] = [];
  for (const field of parts.slice(1)) {
    const eq = field.indexOf('=');
    if (eq <= 0) return { ok: false, error: `"${field}" is not a name=value field` };
    fields.push({ field, name: field.slice(0, eq), value: field.slice(eq + 1) });
  }
  return { ok: true, fields };
}
