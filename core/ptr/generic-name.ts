import type { ReverseAddress } from '../dns/reverse-name.js';
import { parseIp } from '../dns/reverse-name.js';

// Words ISPs put in the names they give to pools of customer addresses (M3AAWG's "generic rDNS" examples).
const GENERIC_WORDS = new Set([
  'dynamic',
  'dyn',
  'dynip',
  'dsl',
  'adsl',
  'vdsl',
  'xdsl',
  'pool',
  'dhcp',
  'cable',
  'static',
  'dial',
  'dialup',
  'dialin',
  'ppp',
  'pppoe',
  'broadband',
  'cust',
  'customer',
  'client',
  'clients',
  'residential',
  'resnet',
  'ftth',
  'fttx',
  'wireless',
  'mobile',
  'unassigned',
  'noptr',
]);

/** Whether a run of letters (a–z) in `text`, taken whole, is one of those words. */
function hasGenericWord(text: string): boolean {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (code >= 97 && code <= 122) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (GENERIC_WORDS.has(text.slice(start, i))) return true;
      start = -1;
    }
  }
  return false;
}

/** Whether `needle` occurs as a contiguous run inside `haystack`. */
function containsRun(haystack: number[], needle: number[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((value, j) => haystack[i + j] === value)) return true;
  }
  return false;
}

/** Whether the name spells out an IPv4 address: its octets in order or reversed, zero-padded, hex or as one number. */
function spellsIpv4(name: string, octets: number[]): boolean {
  // Every spelling needs a run of hex digits (a decimal run is one too): most host names have none to test.
  const runs = name.match(/[0-9a-f]+/g);
  if (!runs) return false;
  const numbers = (name.match(/\d+/g) ?? []).map(Number);
  if (containsRun(numbers, octets) || containsRun(numbers, [...octets].reverse())) return true;
  const decimal = String(octets.reduce((sum, octet) => sum * 256 + octet, 0));
  let padded: string | undefined;
  let hex: string | undefined;
  for (const run of runs) {
    if (run === decimal) return true;
    if (run.length === 8) {
      hex ??= octets.map((octet) => octet.toString(16).padStart(2, '0')).join('');
      if (run === hex) return true;
    }
    if (run.length >= 12) {
      padded ??= octets.map((octet) => octet.toString().padStart(3, '0')).join('');
      if (run.includes(padded)) return true;
    }
  }
  return false;
}

/** Whether the name spells out the IPv6 address: its RFC 5952 form with "-" for ":", or its last 64 bits in hex. */
function spellsIpv6(name: string, address: ReverseAddress): boolean {
  const dashed = address.ip.replaceAll(':', '-');
  // The reverse name starts with the 32 nibbles, last first: its first 16 are the interface identifier reversed.
  const interfaceId = address.reverseName.slice(0, 31).split('.').reverse().join('');
  return (
    name.includes(dashed) ||
    (interfaceId !== '0000000000000000' && name.replace(/[^0-9a-f]/g, '').includes(interfaceId))
  );
}

/**
 * Whether a PTR name looks generic — assigned by an ISP to a pool rather than naming a mail host: it spells out the
 * address or uses words like "dynamic", "dsl" or "pool" (RFC 1912 §2.1 asks for meaningful names; receivers penalise these).
 */
export function looksGeneric(name: string, ip: string): boolean {
  const lower = name.toLowerCase();
  // Only the host part: the registered domain (last two labels) says nothing about the host.
  const last = lower.lastIndexOf('.');
  const cut = last < 0 ? -1 : lower.lastIndexOf('.', last - 1);
  if (cut <= 0) return false;
  const hostPart = lower.slice(0, cut);
  if (hasGenericWord(hostPart)) return true;
  const parsed = parseIp(ip);
  if (!parsed.ok) return false;
  const { address } = parsed;
  return address.version === 4
    ? spellsIpv4(hostPart, address.ip.split('.').map(Number))
    : spellsIpv6(hostPart, address);
}
