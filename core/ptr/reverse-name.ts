import ipaddr from 'ipaddr.js';
import type { IpError, ReverseAddress } from './types.js';

const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Parses an IPv4 (dotted quad only) or IPv6 address and builds its reverse-lookup name: in-addr.arpa (RFC 1035 §3.5)
 * or ip6.arpa nibbles (RFC 3596 §2.5). An IPv4-mapped IPv6 address is checked as the IPv4 address it carries.
 */
export function parseIp(input: string): IpParseResult {
  const known = parsed.get(input);
  if (known) return known;
  const result = parseIpText(input);
  // Every MX address and every forward answer is parsed (sameAddress), and IPv6 parsing is costly: remember a few.
  if (parsed.size >= PARSED_MEMO_SIZE) parsed.delete(parsed.keys().next().value!);
  parsed.set(input, result);
  return result;
}

type IpParseResult = Readonly<{ ok: true; address: Readonly<ReverseAddress> } | { ok: false; error: IpError }>;

const PARSED_MEMO_SIZE = 1024;
const parsed = new Map<string, IpParseResult>();

function parseIpText(input: string): IpParseResult {
  const text = input.trim().replace(/^\[|\]$/g, '');
  const invalid = {
    ok: false as const,
    error: { code: 'invalid-ip' as const, message: `"${input}" is not an IP address.` },
  };
  // The cheap shape test first: ipaddr's IPv4 validators throw (and catch) internally on anything else.
  if (DOTTED_QUAD.test(text) && ipaddr.IPv4.isValidFourPartDecimal(text)) {
    const v4 = ipaddr.IPv4.parse(text);
    return { ok: true, address: ipv4(v4) };
  }
  if (!text.includes(':') || text.includes('%') || !ipaddr.IPv6.isValid(text)) return invalid;
  const v6 = ipaddr.IPv6.parse(text);
  if (v6.isIPv4MappedAddress()) return { ok: true, address: ipv4(v6.toIPv4Address()) };
  const nibbles = v6
    .toByteArray()
    .flatMap((byte) => [byte >> 4, byte & 0x0f])
    .map((nibble) => nibble.toString(16))
    .reverse();
  return { ok: true, address: { ip: v6.toRFC5952String(), version: 6, reverseName: `${nibbles.join('.')}.ip6.arpa` } };
}

function ipv4(address: ipaddr.IPv4): ReverseAddress {
  return {
    ip: address.toString(),
    version: 4,
    reverseName: `${[...address.octets].reverse().join('.')}.in-addr.arpa`,
  };
}

/** Whether two textual addresses are the same address (IPv6 has many spellings). */
export function sameAddress(a: string, b: string): boolean {
  const left = parseIp(a);
  const right = parseIp(b);
  return left.ok && right.ok && left.address.ip === right.address.ip;
}
