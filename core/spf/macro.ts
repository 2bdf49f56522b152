import { utf8Length } from '../dns/name.js';
import type { MacroString, MacroToken } from './types.js';

/** The letters allowed in any macro-string, and the ones allowed only in an explanation (RFC 7208 §7.2). */
const LETTERS = 'slodiphv';
const EXP_ONLY_LETTERS = 'crt';
const DELIMITERS = '.-+,/_=';

/** A macro-string that does not follow RFC 7208 §7.1, with the offset of the problem inside it. */
export interface MacroSyntaxError {
  message: string;
  offset: number;
}

/**
 * Parses a macro-string (RFC 7208 §7.1): `%{…}` macros, the escapes `%%`, `%_`, `%-`, and visible ASCII literals.
 * `explanation` allows the letters c, r and t, which only an explanation string may use (§7.2).
 */
export function parseMacroString(
  text: string,
  { explanation = false }: { explanation?: boolean } = {},
): { ok: true; value: MacroString } | { ok: false; error: MacroSyntaxError } {
  const tokens: MacroToken[] = [];
  let literal = '';
  let hasMacros = false;
  const flush = () => {
    if (literal !== '') tokens.push({ kind: 'literal', text: literal });
    literal = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char !== '%') {
      const code = char.charCodeAt(0);
      // RFC 7208 §7.1: macro-literal = %x21-24 / %x26-7E; an explanation may also hold spaces.
      if (code < 0x21 || code > 0x7e) {
        if (!(explanation && code === 0x20)) {
          return { ok: false, error: { message: `The character U+${hex(code, 4)} is not allowed here.`, offset: i } };
        }
      }
      literal += char;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '%') literal += '%';
    else if (next === '_') literal += ' ';
    else if (next === '-') literal += '%20';
    else if (next === '{') {
      const end = text.indexOf('}', i + 2);
      if (end < 0) return { ok: false, error: { message: 'A macro "%{" is not closed by "}".', offset: i } };
      const body = text.slice(i + 2, end);
      const match = /^([a-zA-Z])(\d*)(r?)(.*)$/i.exec(body);
      const letter = match?.[1]?.toLowerCase();
      const allowed = explanation ? LETTERS + EXP_ONLY_LETTERS : LETTERS;
      if (!match || letter === undefined || !allowed.includes(letter)) {
        return { ok: false, error: { message: `"%{${body}}" is not a valid macro.`, offset: i } };
      }
      const digits = match[2] ?? '';
      const delimiters = match[4] ?? '';
      if ([...delimiters].some((d) => !DELIMITERS.includes(d))) {
        return { ok: false, error: { message: `"%{${body}}" has invalid delimiters.`, offset: i } };
      }
      // RFC 7208 §7.3: the digit transformer keeps that many parts; zero parts is meaningless and an error.
      const keep = digits === '' ? undefined : Number(digits);
      if (keep === 0) {
        return { ok: false, error: { message: `"%{${body}}" keeps zero parts.`, offset: i } };
      }
      flush();
      const token: MacroToken = {
        kind: 'macro',
        letter,
        escape: match[1] !== letter,
        reverse: match[3] !== '',
        delimiters: delimiters === '' ? '.' : delimiters,
      };
      if (keep !== undefined) token.keep = keep;
      tokens.push(token);
      hasMacros = true;
      i = end + 1;
      continue;
    } else {
      // RFC 7208 §7.1: a "%" followed by anything else is a syntax error.
      return { ok: false, error: { message: 'A "%" must start %{…}, %%, %_ or %-.', offset: i } };
    }
    i += 2;
  }
  flush();
  return { ok: true, value: { text, tokens, hasMacros } };
}

/** The values macros expand to (RFC 7208 §7.2). */
export interface MacroContext {
  sender: string;
  localPart: string;
  senderDomain: string;
  domain: string;
  /** The client IP in the form of %{i}: dotted quad, or dot-separated nibbles for IPv6. */
  ipDotted: string;
  /** The client IP as usually written, for %{c}. */
  ipReadable: string;
  /** "in-addr" or "ip6". */
  ipVersion: string;
  helo: string;
  receiver: string;
  timestamp: number;
  /** Resolves %{p} when asked (RFC 7208 §7.3); it is costly, so only on demand. */
  validatedName: () => Promise<string>;
}

/** Expands a parsed macro-string (RFC 7208 §7.3). */
export async function expandMacroString(value: MacroString, context: MacroContext): Promise<string> {
  let out = '';
  for (const token of value.tokens) {
    if (token.kind === 'literal') {
      out += token.text;
      continue;
    }
    const raw = await letterValue(token.letter, context);
    let parts = splitOn(raw, token.delimiters);
    if (token.reverse) parts = parts.reverse();
    if (token.keep !== undefined && token.keep < parts.length) parts = parts.slice(parts.length - token.keep);
    const joined = parts.join('.');
    out += token.escape ? escapeUri(joined) : joined;
  }
  return out;
}

async function letterValue(letter: string, context: MacroContext): Promise<string> {
  switch (letter) {
    case 's':
      return context.sender;
    case 'l':
      return context.localPart;
    case 'o':
      return context.senderDomain;
    case 'd':
      return context.domain;
    case 'i':
      return context.ipDotted;
    case 'p':
      return context.validatedName();
    case 'v':
      return context.ipVersion;
    case 'h':
      return context.helo;
    case 'c':
      return context.ipReadable;
    case 'r':
      return context.receiver;
    case 't':
      return String(context.timestamp);
    default:
      return '';
  }
}

function splitOn(value: string, delimiters: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const char of value) {
    if (delimiters.includes(char)) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** URL escaping of RFC 3986 §2.3: everything but unreserved characters becomes %XX (RFC 7208 §7.3). */
function escapeUri(value: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(value)) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${hex(byte, 2)}`;
  }
  return out;
}

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

/**
 * Shortens an expanded domain-spec to 253 octets by dropping labels from the left (RFC 7208 §7.3), and drops a
 * trailing dot.
 */
export function truncateDomain(name: string): string {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  if (utf8Length(bare) <= 253) return bare;
  const bytes = new TextEncoder().encode(bare);
  // One pass, whatever the length: keep the longest suffix of whole labels that fits in 253 octets.
  for (let i = bytes.length - 254; i < bytes.length; i++) {
    if (bytes[i] === 0x2e) return new TextDecoder().decode(bytes.subarray(i + 1));
  }
  return bare;
}
