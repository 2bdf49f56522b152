/** A tag-list as published: tags in order, or where its syntax breaks (RFC 6376 §3.2). */
export type TagListResult =
  | { ok: true; tags: Array<[name: string, value: string]> }
  | { ok: false; code: 'syntax' | 'duplicate-tag'; message: string };

// RFC 6376 §3.2: tag-name = ALPHA *ALNUMPUNC; FWS around names, "=" and values; VALCHAR = %x21-3A / %x3C-7E.
// The trailing FWS is trimmed apart: a lazy `(.*?)[ \t\r\n]*$` backtracks quadratically on a long run of spaces.
const TAG_SPEC = /^[ \t\r\n]*([A-Za-z][A-Za-z0-9_]*)[ \t\r\n]*=[ \t\r\n]*(.*)$/s;
const TAG_VALUE = /^(?:[\x21-\x3a\x3c-\x7e]+(?:[ \t\r\n]+[\x21-\x3a\x3c-\x7e]+)*)?$/;

/**
 * Splits a DKIM tag-list (RFC 6376 §3.2) into its tags, strictly: a trailing ";" is allowed, but nothing after it,
 * and a tag name that occurs twice invalidates the whole list. Tag names are case-sensitive.
 */
export function parseTagList(text: string): TagListResult {
  const parts = text.split(';');
  // RFC 6376 §3.2: tag-list = tag-spec *( ";" tag-spec ) [ ";" ] — only an empty remainder may follow the last ";".
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  const tags: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const match = TAG_SPEC.exec(part);
    if (!match) {
      const shown = part.trim() === '' ? 'an empty tag (e.g. ";;", or text after the last ";")' : `"${part.trim()}"`;
      return { ok: false, code: 'syntax', message: `The tag-list has ${shown}, which is not name=value.` };
    }
    const name = match[1]!;
    const value = trimTrailingFws(match[2]!);
    if (!TAG_VALUE.test(value)) {
      return { ok: false, code: 'syntax', message: `The value of ${name}= has a character a tag value may not hold.` };
    }
    // RFC 6376 §3.2: a tag name occurring more than once makes the entire tag-list invalid.
    if (seen.has(name)) return { ok: false, code: 'duplicate-tag', message: `The tag ${name}= occurs more than once.` };
    seen.add(name);
    tags.push([name, value]);
  }
  return { ok: true, tags };
}

/** Drops trailing folding whitespace (RFC 6376 §2.8) with a loop rather than a backtracking pattern. */
function trimTrailingFws(text: string): string {
  let end = text.length;
  while (end > 0 && ' \t\r\n'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
