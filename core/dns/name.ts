import { parseAddress } from './address.js';

/** Why a domain given as input was rejected. */
export type DomainErrorCode =
  | 'empty'
  | 'too-long'
  | 'label-empty'
  | 'label-too-long'
  | 'invalid-character'
  | 'ip-literal'
  | 'url'
  | 'single-label'
  | 'idna';

/** A rejected domain name, with a sentence a user can act on. */
export interface DomainError {
  code: DomainErrorCode;
  message: string;
  input: string;
}

/** A domain name accepted as input: `name` is the A-label form, `unicode` what the user typed (trimmed). */
export type DomainParseResult = { ok: true; name: string; unicode: string } | { ok: false; error: DomainError };

const IPV4_LITERAL = /^\d{1,3}(\.\d{1,3}){3}$/;
// WHATWG URL §3.5 "ends in a number": a last label of decimal digits, or 0x followed by hex digits, makes the URL host
// parser read the whole host as an IPv4 address (0x7f.0.0.1, 0177.0.0.1, 127.1) or refuse it as a failed one.
const NUMERIC_LABEL = /^(?:\d+|0x[0-9a-f]*)$/i;
// The dots UTS #46 maps to "." (ideographic, fullwidth, halfwidth ideographic full stops).
const MAPPED_DOTS = /[\u3002\uff0e\uff61]/g;
const HOST_LABEL = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;
const NON_ASCII_OR_CONTROL = /[^\x21-\x7e]/;

// Printable ASCII without the characters that mean something in HTML, Markdown or a quoted string.
const SHOWABLE = /^[\x21-\x7e]+$/;
const MARKUP = /[<>&"'`\\]/;

/**
 * A piece of user input quoted for a message, or `undefined` when it is not plain printable text (markup, quotes,
 * spaces, control or non-ASCII characters, or longer than `max`): messages say what is wrong without echoing input
 * that a page or a log could misread.
 */
export function quoteInput(text: string, max = 80): string | undefined {
  return text.length <= max && SHOWABLE.test(text) && !MARKUP.test(text) ? `"${text}"` : undefined;
}

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The host of a URL pasted where a domain was asked for, when it is one (`https://example.com/x` → example.com). */
function urlHost(text: string): string | undefined {
  try {
    const host = new URL(URL_SCHEME.test(text) ? text : `http://${text}`).hostname;
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}

const fail = (input: string, code: DomainErrorCode, message: string): DomainParseResult => ({
  ok: false,
  error: { code, message, input },
});

/** Converts Unicode labels to A-labels with the platform's UTS #46 processing (the WHATWG URL host parser). */
function toAsciiHost(input: string): string | undefined {
  try {
    const host = new URL(`http://${input}/`).hostname;
    return NON_ASCII_OR_CONTROL.test(host) ? undefined : host;
  } catch {
    return undefined;
  }
}

/**
 * Whether a URL parser would read the host as an IPv4 address (WHATWG URL §3.5, "ends in a number"): its last label,
 * ignoring one trailing dot, is all decimal digits or `0x` and hex digits. Such a host is never a domain name.
 */
function endsInNumber(host: string): boolean {
  const labels = host.split('.');
  if (labels.length > 1 && labels.at(-1) === '') labels.pop();
  return NUMERIC_LABEL.test(labels.at(-1) ?? '');
}

/**
 * Validates a domain name given as input and returns its A-label form (RFC 5891 §5, RFC 1035 §2.3.4: labels of
 * 1–63 octets, names of at most 253). Hostname syntax (letters, digits, hyphen; underscore allowed for service
 * names), at least two labels, and no IP literal where a name is expected.
 */
export function parseDomain(input: string): DomainParseResult {
  const unicode = input.trim();
  let name = unicode.endsWith('.') ? unicode.slice(0, -1) : unicode;
  if (name === '') return fail(input, 'empty', 'The domain name is empty.');
  if (name.length > 1024) return fail(input, 'too-long', 'The domain name is longer than 253 characters.');
  // A URL pasted as a domain ("https://example.com/", "example.com/page"): say so, and name the domain it holds.
  if (URL_SCHEME.test(name) || (name.includes('/') && !name.startsWith('['))) {
    const host = urlHost(name);
    const domain = host === undefined ? undefined : parseDomain(host);
    const hint = domain?.ok ? `: ${domain.name}` : '';
    return fail(input, 'url', `Give the domain, not a URL${hint}.`);
  }
  if (name.startsWith('[') || IPV4_LITERAL.test(name) || (name.includes(':') && parseAddress(name) !== undefined)) {
    return fail(input, 'ip-literal', `${quoteInput(name) ?? 'This'} is an IP address; give a domain name.`);
  }
  if (name.includes('@')) {
    const domain = parseDomain(name.slice(name.lastIndexOf('@') + 1));
    const hint = domain.ok ? `: ${domain.name}` : '';
    return fail(input, 'invalid-character', `This is an email address; give its domain${hint}.`);
  }
  if (name.includes(':')) {
    return fail(input, 'invalid-character', 'A domain name has no ":"; give the name alone, without a port.');
  }
  if (!NON_ASCII_OR_CONTROL.test(name) && endsInNumber(name)) {
    return fail(
      input,
      'ip-literal',
      `${quoteInput(name) ?? 'This name'} ends in a number, so URL parsers read it as an IPv4 address; give a domain name.`,
    );
  }
  if (NON_ASCII_OR_CONTROL.test(name)) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: see above
    if (/[\x00-\x20\x7f%/\\?#@]/.test(name)) {
      return fail(input, 'invalid-character', 'The domain name contains a space, control or URL character.');
    }
    const ascii = toAsciiHost(name);
    if (ascii === undefined) {
      // A host that maps to one ending in a number ("例.１２３") is a failed IPv4 address to the URL parser, not an IDN.
      if (endsInNumber(name.normalize('NFKC').replace(MAPPED_DOTS, '.'))) {
        return fail(
          input,
          'ip-literal',
          `${quoteInput(name) ?? 'This name'} ends in a number, so URL parsers read it as an IPv4 address; give a domain name.`,
        );
      }
      return fail(input, 'idna', 'This is not a valid internationalized domain name.');
    }
    // The URL host parser reads a host that ends in a number as IPv4 after mapping (fullwidth or mathematical digits,
    // "0x7f.１"): what comes out as a dotted quad was an IP address, not a name.
    if (IPV4_LITERAL.test(ascii)) {
      return fail(input, 'ip-literal', `This is the IP address ${ascii}; give a domain name.`);
    }
    name = ascii;
  }
  name = name.toLowerCase();
  if (name.length > 253) return fail(input, 'too-long', 'The domain name is longer than 253 characters.');
  const labels = name.split('.');
  for (const label of labels) {
    if (label === '') {
      return fail(input, 'label-empty', `${quoteInput(name) ?? 'The name'} has an empty label (two dots in a row).`);
    }
    if (label.length > 63) {
      const shown = quoteInput(label);
      return fail(input, 'label-too-long', `${shown ? `The label ${shown}` : 'A label'} is longer than 63 characters.`);
    }
    if (!HOST_LABEL.test(label)) {
      const shown = quoteInput(label);
      return fail(
        input,
        'invalid-character',
        `${shown ? `The label ${shown}` : 'A label'} may hold only letters, digits and inner hyphens.`,
      );
    }
  }
  if (labels.length < 2) {
    return fail(input, 'single-label', `${quoteInput(name) ?? 'The name'} is a single label; give a full domain name.`);
  }
  return { ok: true, name, unicode };
}

/**
 * The length of a string in UTF-8 octets, as TextEncoder would encode it (a lone surrogate becomes U+FFFD, three
 * octets), counted without encoding: every record and name is measured, and nearly all of them are ASCII.
 */
export function utf8Length(text: string): number {
  let octets = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) octets += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A surrogate pair: two UTF-16 units, four octets.
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      octets += 2;
    } else octets += 2;
  }
  return octets;
}

/**
 * Checks that a name built inside core (a macro expansion, a selector name) can be sent in a query: RFC 1035 §2.3.4
 * limits labels to 63 octets and names to 253 characters in text form. Returns a message when it cannot.
 */
export function checkQueryName(name: string): string | undefined {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  if (bare === '') return 'The name is empty.';
  const octets = utf8Length(bare);
  if (octets > 253) return `The name is ${octets} octets long; DNS allows 253.`;
  for (const label of bare.split('.')) {
    if (label === '') return `The name "${bare}" has an empty label.`;
    const length = utf8Length(label);
    if (length > 63) return `A label of "${bare}" is ${length} octets long; DNS allows 63.`;
  }
  return undefined;
}

/** Lower-cases a name and drops one trailing dot, the form used for comparison and as a memo key. */
export function canonicalName(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}
