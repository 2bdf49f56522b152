import type ipaddr from 'ipaddr.js';
import { boundedMemo, MEMO_SIZE } from '../memo.js';
import { addressFacts } from './address.js';
import { quoteInput } from './name.js';

/** A parsed IP address and its reverse-lookup name (RFC 1035 §3.5, RFC 3596 §2.5). */
export interface ReverseAddress {
  /** The address in its normal form (IPv4 dotted quad; IPv6 RFC 5952). */
  ip: string;
  version: 4 | 6;
  /** e.g. "10.20.33.45.in-addr.arpa" or the 32 nibbles under "ip6.arpa". */
  reverseName: string;
}

/** Why an input is not an IP address. */
export interface IpError {
  code: 'invalid-ip';
  message: string;
}

// Four decimal parts without leading zeros (ipaddr's `isValidFourPartDecimal` form); parsing then bounds each to 255.
const DECIMAL_QUAD = /^(?:0|[1-9]\d{0,2})(?:\.(?:0|[1-9]\d{0,2})){3}$/;

type IpParseResult = Readonly<{ ok: true; address: Readonly<ReverseAddress> } | { ok: false; error: IpError }>;

/** What one parse of an address text yields here: the parse result and, for an address, its RFC 6890 range name. */
interface IpFacts {
  result: IpParseResult;
  /** ipaddr.js's name of the special-purpose block holding the address (`unicast` for none). */
  range?: string;
}

// Every MX address is met several times in a check (range, PTR name, FCrDNS comparison, generic-name test), and IPv6
// parsing is costly: each text is parsed once and its facts kept a short while. Small on purpose: what a check needs
// again comes within it, and entries that outlive many checks cost the collector more than re-parsing.
const factsOf = boundedMemo(MEMO_SIZE, parseIpText);

/**
 * Parses an IPv4 (dotted quad only) or IPv6 address and builds its reverse-lookup name: in-addr.arpa (RFC 1035 §3.5)
 * or ip6.arpa nibbles (RFC 3596 §2.5). An IPv4-mapped IPv6 address is checked as the IPv4 address it carries.
 */
export function parseIp(input: string): IpParseResult {
  return factsOf(input).result;
}

/** Whether an address is ordinary public unicast, not in a special-purpose block (RFC 6890 §2.2). */
export function isPublicAddress(address: string): boolean {
  return factsOf(address).range === 'unicast';
}

function parseIpText(input: string): IpFacts {
  const text = input.trim().replace(/^\[|\]$/g, '');
  // The shape test first, then one parse: ipaddr's own validators parse (throwing and catching) before its parse does.
  if (DECIMAL_QUAD.test(text)) {
    const v4 = addressFacts(text);
    if (v4) return ipv4(v4.address as ipaddr.IPv4, v4.text, v4.range);
  }
  const v6 = text.includes(':') && !text.includes('%') ? addressFacts(text) : undefined;
  if (!v6) return { result: { ok: false, error: { code: 'invalid-ip', message: ipErrorMessage(text) } } };
  const parsed = v6.address as ipaddr.IPv6;
  if (parsed.isIPv4MappedAddress()) {
    const v4 = parsed.toIPv4Address();
    return ipv4(v4, v4.toString(), v4.range());
  }
  let nibbles = '';
  for (let i = parsed.parts.length - 1; i >= 0; i--) {
    const group = parsed.parts[i]!.toString(16).padStart(4, '0');
    nibbles += `${group[3]}.${group[2]}.${group[1]}.${group[0]}.`;
  }
  const address = { ip: v6.text, version: 6 as const, reverseName: `${nibbles}ip6.arpa` };
  return { result: { ok: true, address }, range: v6.range };
}

/** What an IP address looks like, with what is wrong with this one when that can be told (RFC 791, RFC 4291 §2.2). */
function ipErrorMessage(text: string): string {
  const shape =
    'an IPv4 address is four numbers from 0 to 255 joined by dots (192.0.2.1), an IPv6 address hex groups joined by colons (2001:db8::1)';
  const shown = quoteInput(text, 64) ?? 'This';
  if (text === '') return `No IP address given: ${shape}.`;
  const parts = text.split('.');
  if (parts.length === 4 && parts.every((part) => /^\d+$/.test(part))) {
    const over = parts.find((part) => Number(part) > 255);
    if (over !== undefined) return `${shown} is not an IP address: ${over} is above 255; ${shape}.`;
    return `${shown} is not an IP address: a part has a leading zero; ${shape}.`;
  }
  if (text.includes('%')) return `${shown} is not an IP address: a zone index (%…) has no place here; ${shape}.`;
  return `${shown} is not an IP address: ${shape}.`;
}

function ipv4(address: ipaddr.IPv4, ip: string, range: string): IpFacts {
  const [a, b, c, d] = address.octets;
  const reverse = { ip, version: 4 as const, reverseName: `${d}.${c}.${b}.${a}.in-addr.arpa` };
  return { result: { ok: true, address: reverse }, range };
}

/** Whether two textual addresses are the same address (IPv6 has many spellings). */
export function sameAddress(a: string, b: string): boolean {
  const left = parseIp(a);
  const right = parseIp(b);
  return left.ok && right.ok && left.address.ip === right.address.ip;
}
