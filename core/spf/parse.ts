import ipaddr from 'ipaddr.js';
import { boundedMemo, MEMO_SIZE } from '../memo.js';
import { parseMacroString } from './macro.js';
import type {
  MacroString,
  SpfMechanism,
  SpfMechanismName,
  SpfModifier,
  SpfNetwork,
  SpfParseResult,
  SpfQualifier,
  SpfRecord,
  SpfSyntaxError,
  SpfSyntaxErrorCode,
  SpfTerm,
} from './types.js';

const MECHANISMS: readonly SpfMechanismName[] = ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'];
/** RFC 7208 §4.5: a record starts with "v=spf1" followed by a space or its end. */
const VERSION = /^v=spf1(?: |$)/i;
/** RFC 7208 §12: name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." ). */
const MODIFIER = /^([a-z][a-z0-9_.-]*)=(.*)$/is;
const MECHANISM = /^([+\-~?]?)([a-z][a-z0-9_.-]*)(.*)$/is;
/** RFC 7208 §12: ip4-network with dec-octets that have no leading zero. */
const DEC_OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const IP4_NETWORK = new RegExp(`^${DEC_OCTET}(?:\\.${DEC_OCTET}){3}$`);
/** RFC 7208 §12: toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum ). */
const ALPHANUM_LABEL = /^[a-z0-9]+$/i;
const HYPHENATED_LABEL = /^[a-z0-9][a-z0-9-]*[a-z0-9]$/i;
/** RFC 7208 §5.6: ip4-cidr-length and ip6-cidr-length, with no leading zero. */
const CIDR_LENGTH = /^(?:0|[1-9]\d*)$/;

/** Whether a TXT string is an SPF version 1 record (RFC 7208 §4.5), the test for selecting records. */
export function isSpfRecord(text: string): boolean {
  return VERSION.test(text);
}

class TermError {
  constructor(
    readonly code: SpfSyntaxErrorCode,
    readonly message: string,
    readonly offset = 0,
  ) {}
}

/**
 * Parses an SPF record (RFC 7208 §4.6, ABNF of §12) into its terms, each with its position. Pure and synchronous;
 * any syntax error, anywhere, is returned as a value with the offset where it was found (it makes check_host()
 * return permerror, §4.6).
 */
export function parseSpf(text: string): SpfParseResult {
  const fail = (code: SpfSyntaxErrorCode, message: string, position: number, term?: string): SpfParseResult => {
    const error: SpfSyntaxError = { code, message, position };
    if (term !== undefined) error.term = term;
    return { ok: false, error };
  };
  if (!VERSION.test(text)) return fail('not-spf', 'The record does not start with "v=spf1".', 0);
  // RFC 7208 §3.1, §4.6.1: records are 7-bit ASCII and terms are separated by spaces only.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7e) return fail('non-ascii', `Non-ASCII character at position ${i}.`, i);
    if (code < 0x20 || code === 0x7f) {
      return fail('control-character', `Control character 0x${code.toString(16)} at position ${i}.`, i);
    }
  }
  const terms: SpfTerm[] = [];
  const record: SpfRecord = { text, terms, mechanisms: [] };
  let position = 6;
  while (position < text.length) {
    if (text[position] === ' ') {
      position++;
      continue;
    }
    const end = text.indexOf(' ', position);
    const termText = text.slice(position, end < 0 ? text.length : end);
    try {
      const term = parseTerm(termText, position);
      if (term.kind === 'modifier' && (term.name === 'redirect' || term.name === 'exp')) {
        // RFC 7208 §6: each of these modifiers may appear at most once.
        if (record[term.name]) throw new TermError('duplicate-modifier', `"${term.name}=" appears more than once.`);
        record[term.name] = term;
      }
      if (term.kind === 'mechanism') record.mechanisms.push(term);
      terms.push(term);
    } catch (error) {
      if (!(error instanceof TermError)) throw error;
      return fail(
        error.code,
        `${error.message} (term "${termText}" at position ${position})`,
        position + error.offset,
        termText,
      );
    }
    position += termText.length;
  }
  return { ok: true, record };
}

function parseTerm(text: string, position: number): SpfTerm {
  const modifier = MODIFIER.exec(text);
  if (modifier) {
    const name = modifier[1]!.toLowerCase();
    const rawValue = modifier[2]!;
    const offset = name.length + 1;
    const value =
      name === 'redirect' || name === 'exp' ? parseDomainSpec(rawValue, offset) : parseMacro(rawValue, offset, true);
    return { kind: 'modifier', name, value, text, position } satisfies SpfModifier;
  }
  const mechanism = MECHANISM.exec(text);
  if (!mechanism) throw new TermError('invalid-term', 'This is neither a mechanism nor a modifier.');
  const qualifier = (mechanism[1] || '+') as SpfQualifier;
  const name = mechanism[2]!.toLowerCase() as SpfMechanismName;
  const rest = mechanism[3]!;
  const offset = mechanism[1]!.length + mechanism[2]!.length;
  if (!MECHANISMS.includes(name)) {
    throw new TermError('unknown-mechanism', `"${mechanism[2]}" is not a mechanism of RFC 7208.`);
  }
  const base: SpfMechanism = { kind: 'mechanism', name, qualifier, text, position };
  switch (name) {
    case 'all':
      if (rest !== '') throw new TermError('invalid-term', '"all" takes no argument.', offset);
      return base;
    case 'include':
    case 'exists':
      if (!rest.startsWith(':')) throw new TermError('invalid-domain-spec', `"${name}" needs ":domain".`, offset);
      base.domainSpec = parseDomainSpec(rest.slice(1), offset + 1);
      return base;
    case 'ptr':
      if (rest !== '') {
        if (!rest.startsWith(':')) throw new TermError('invalid-term', '"ptr" takes only ":domain".', offset);
        base.domainSpec = parseDomainSpec(rest.slice(1), offset + 1);
      }
      return base;
    case 'a':
    case 'mx': {
      const parts = /^(:.*?)?(?:\/(\d+))?(?:\/\/(\d+))?$/s.exec(rest);
      if (!parts) throw new TermError('invalid-term', `"${name}" takes ":domain" and "/cidr".`, offset);
      const [, domain, cidr4, cidr6] = parts;
      if (domain !== undefined) base.domainSpec = parseDomainSpec(domain.slice(1), offset + 1);
      else if (rest !== '' && !rest.startsWith('/')) {
        throw new TermError('invalid-term', `"${name}" takes ":domain" and "/cidr".`, offset);
      }
      if (cidr4 !== undefined) base.cidr4 = parseCidr(cidr4, 32, offset);
      if (cidr6 !== undefined) base.cidr6 = parseCidr(cidr6, 128, offset);
      return base;
    }
    case 'ip4':
    case 'ip6': {
      if (!rest.startsWith(':')) throw new TermError('invalid-ip', `"${name}" needs ":address".`, offset);
      base.network = parseNetwork(name === 'ip4' ? 4 : 6, rest.slice(1), offset + 1);
      return base;
    }
  }
}

function parseNetwork(family: 4 | 6, value: string, offset: number): SpfNetwork {
  const slash = value.indexOf('/');
  const address = slash < 0 ? value : value.slice(0, slash);
  const valid = family === 4 ? IP4_NETWORK.test(address) : !address.includes('%') && ipaddr.IPv6.isValid(address);
  if (!valid) throw new TermError('invalid-ip', `"${address}" is not an IPv${family} address.`, offset);
  const prefix =
    slash < 0 ? (family === 4 ? 32 : 128) : parseCidr(value.slice(slash + 1), family === 4 ? 32 : 128, offset + slash);
  return { family, address, prefix };
}

function parseCidr(value: string, max: number, offset: number): number {
  if (!CIDR_LENGTH.test(value) || Number(value) > max) {
    throw new TermError('invalid-cidr', `"/${value}" is not a prefix length from 0 to ${max}.`, offset);
  }
  return Number(value);
}

function parseMacro(value: string, offset: number, explanation: boolean): MacroString {
  const parsed = parseMacroString(value, { explanation });
  if (!parsed.ok) throw new TermError('invalid-macro', parsed.error.message, offset + parsed.error.offset);
  return parsed.value;
}

/** RFC 7208 §7.1: domain-spec = macro-string domain-end. */
function parseDomainSpec(value: string, offset: number): MacroString {
  if (value === '') throw new TermError('invalid-domain-spec', 'The domain is empty.', offset);
  const spec = parseMacro(value, offset, false);
  const last = spec.tokens[spec.tokens.length - 1];
  if (last?.kind !== 'macro' && !hasDomainEnd(value)) {
    throw new TermError('invalid-domain-spec', `"${value}" does not end in a valid top-level label.`, offset);
  }
  return spec;
}

/**
 * RFC 7208 §7.1: domain-end = "." toplabel [ "." ]. Checked on the last label with unambiguous patterns: one regular
 * expression for the whole grammar backtracks quadratically on a long label that ends badly (a hostile record).
 */
function hasDomainEnd(value: string): boolean {
  const bare = value.endsWith('.') ? value.slice(0, -1) : value;
  const dot = bare.lastIndexOf('.');
  if (dot < 0) return false;
  const label = bare.slice(dot + 1);
  if (ALPHANUM_LABEL.test(label)) return /[a-z]/i.test(label);
  return label.includes('-') && HYPHENATED_LABEL.test(label);
}

/**
 * `parseSpf` with a short per-isolate memo: the records of large providers (included by most domains) come back in
 * audit after audit. The result is shared: read it, never change it.
 */
export const parseSpfShared: (text: string) => SpfParseResult = boundedMemo(MEMO_SIZE, parseSpf);
