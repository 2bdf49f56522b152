import ipaddr from 'ipaddr.js';
import { boundedMemo, MEMO_SIZE } from '../memo.js';

/**
 * Parses IPv4 or IPv6 address text with ipaddr.js, once: a check meets the same address in several places (the MX
 * section, its PTR and FCrDNS, an SPF `mx` or `a` term), and IPv6 parsing is costly. Accepts what ipaddr's `parse`
 * accepts (callers that want strict forms test them first); `undefined` for anything else. The objects are shared:
 * read them, never change them.
 */
export function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  return parsed(text) ?? undefined;
}

const parsed = boundedMemo(MEMO_SIZE, (text): ipaddr.IPv4 | ipaddr.IPv6 | null => {
  try {
    // ipaddr's own `parse` validates by parsing and then parses again; one parse of the family the text names.
    return text.includes(':') ? ipaddr.IPv6.parse(text) : ipaddr.IPv4.parse(text);
  } catch {
    return null;
  }
});
