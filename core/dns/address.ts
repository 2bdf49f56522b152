import ipaddr from 'ipaddr.js';
import { boundedMemo, MEMO_SIZE } from '../memo.js';

/** What one parse of an address text yields; shared, so read it and never change it. */
export interface AddressFacts {
  address: ipaddr.IPv4 | ipaddr.IPv6;
  /** Its canonical text: dotted decimal, or RFC 5952 (with the `%zone` when it has one). */
  text: string;
  /** ipaddr.js's name of the special-purpose block (RFC 6890) holding it: `unicast` for none. */
  range: string;
}

/**
 * Parses IPv4 or IPv6 address text with ipaddr.js, once: a check meets the same address in several places (the MX
 * section, its PTR and FCrDNS, an SPF `mx` or `a` term), and IPv6 parsing is costly. Accepts what ipaddr's `parse`
 * accepts (callers that want strict forms test them first); `undefined` for anything else. The objects are shared:
 * read them, never change them.
 */
export function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  return facts(text)?.address;
}

/** The parse of an address text with its canonical text and RFC 6890 range, worked out once; as `parseAddress`. */
export function addressFacts(text: string): AddressFacts | undefined {
  return facts(text) ?? undefined;
}

const facts = boundedMemo(MEMO_SIZE, (text): AddressFacts | null => {
  let address: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // ipaddr's own `parse` validates by parsing and then parses again; one parse of the family the text names.
    address = text.includes(':') ? ipaddr.IPv6.parse(text) : ipaddr.IPv4.parse(text);
  } catch {
    return null;
  }
  const canonical = address.kind() === 'ipv4' ? address.toString() : (address as ipaddr.IPv6).toRFC5952String();
  return { address, text: canonical, range: address.range() };
});
