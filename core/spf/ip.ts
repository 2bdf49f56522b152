import ipaddr from 'ipaddr.js';
import { addressFacts, parseAddress } from '../dns/address.js';
import { boundedMemo, MEMO_SIZE } from '../memo.js';

/** An SMTP client address in the forms SPF needs (RFC 7208 §5, §7.3). */
export interface ClientIp {
  family: 4 | 6;
  address: ipaddr.IPv4 | ipaddr.IPv6;
  /** %{i}: dotted quad, or 32 dot-separated nibbles for IPv6. */
  dotted: string;
  /** %{c}: the address as usually written. */
  readable: string;
  /** The name of its PTR record (in-addr.arpa or ip6.arpa). */
  reverseName: string;
}

/**
 * Parses a client address; an IPv4-mapped IPv6 address is treated as IPv4 (RFC 7208 §5: "SPF implementations on IPv6
 * servers need to handle both "AAAA" and "A" records, for clients on IPv4-mapped IPv6 addresses").
 */
export function parseClientIp(input: string): ClientIp | undefined {
  if (!ipaddr.isValid(input)) return undefined;
  let address = ipaddr.parse(input);
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    address = (address as ipaddr.IPv6).toIPv4Address();
  }
  if (address.kind() === 'ipv4') {
    const octets = (address as ipaddr.IPv4).octets;
    return {
      family: 4,
      address,
      dotted: octets.join('.'),
      readable: octets.join('.'),
      reverseName: `${[...octets].reverse().join('.')}.in-addr.arpa`,
    };
  }
  const v6 = address as ipaddr.IPv6;
  // The nibbles of %{i} keep the case the address was written in (RFC 7208 §7.4 writes them in lower case; DNS
  // ignores case, only explanations show it).
  const upper = /[A-F]/.test(input) && !/[a-f]/.test(input);
  const nibbles = v6.parts.flatMap((part) => {
    const hex = part.toString(16).padStart(4, '0');
    return [...(upper ? hex.toUpperCase() : hex)];
  });
  return {
    family: 6,
    address: v6,
    dotted: nibbles.join('.'),
    readable: v6.toRFC5952String(),
    reverseName: `${[...nibbles].reverse().join('.').toLowerCase()}.ip6.arpa`,
  };
}

/** Whether an address (as text, from DNS or a record) lies in `client`'s network of `prefix` bits. */
export function inNetwork(client: ClientIp, network: string, prefix: number): boolean {
  if (!ipaddr.isValid(network)) return false;
  let parsed = ipaddr.parse(network);
  if (parsed.kind() === 'ipv6' && client.family === 4 && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  if (parsed.kind() !== client.address.kind()) return false;
  return client.address.match(parsed, prefix);
}

export type Network = Readonly<{
  cidr: string;
  hostBitsSet: boolean;
  /** The special-purpose range (RFC 6890) holding the whole network, when there is one. */
  nonPublic?: string;
}>;

// The same provider networks come back in audit after audit; a network is worked out once and kept a short while.
const networkOfText = boundedMemo(MEMO_SIZE, (text: string): Network | undefined => {
  const slash = text.lastIndexOf('/');
  const address = text.slice(0, slash);
  const prefix = Number(text.slice(slash + 1));
  return networkByMasking(address, prefix);
});

/**
 * The network of a whole address (`/32`, `/128`: what `a` and `mx` terms give by default) read off the address's
 * shared parse, which the MX and PTR checks have usually made already; `undefined` for any other prefix.
 */
function hostNetwork(address: string, prefix: number): Network | undefined {
  if (prefix !== 32 && prefix !== 128) return undefined;
  const facts = addressFacts(address);
  if (!facts || facts.address.kind() !== (prefix === 32 ? 'ipv4' : 'ipv6')) return undefined;
  if ((facts.address as ipaddr.IPv6).zoneId) return undefined;
  const network: { cidr: string; hostBitsSet: boolean; nonPublic?: string } = {
    cidr: `${facts.text}/${prefix}`,
    hostBitsSet: false,
  };
  if (NON_PUBLIC.has(facts.range)) network.nonPublic = facts.range;
  return network;
}

/** The network address of `address/prefix`, whether host bits were set (RFC 4632) and its RFC 6890 range. */
export function networkOf(address: string, prefix: number): Network | undefined {
  // A whole address needs no key of its own: its parse is already kept by its text.
  return hostNetwork(address, prefix) ?? networkOfText(`${address}/${prefix}`);
}

/** The first and last values of the network of `prefix` bits over `words` of `width` bits each. */
function networkBounds(words: readonly number[], width: number, prefix: number): [number[], number[]] {
  const full = 2 ** width - 1;
  const first: number[] = [];
  const last: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const bits = Math.min(width, Math.max(0, prefix - i * width));
    const host = 2 ** (width - bits) - 1;
    const mask = full - host;
    first.push(words[i]! & mask);
    last.push((words[i]! & mask) | host);
  }
  return [first, last];
}

/** The network of `address/prefix` by masking its words: any prefix. Exported for tests. */
export function networkByMasking(address: string, prefix: number): Network | undefined {
  const parsed = parseAddress(address);
  if (!parsed || !Number.isInteger(prefix) || prefix < 0) return undefined;
  const v4 = parsed.kind() === 'ipv4';
  if (prefix > (v4 ? 32 : 128)) return undefined;
  // One parse, then the network's bounds by masking: no text is parsed again for the network or its range.
  const words = v4 ? (parsed as ipaddr.IPv4).octets : (parsed as ipaddr.IPv6).parts;
  const [first, last] = networkBounds(words, v4 ? 8 : 16, prefix);
  const network = v4 ? new ipaddr.IPv4(first) : new ipaddr.IPv6(first);
  const text = v4 ? network.toString() : (network as ipaddr.IPv6).toRFC5952String();
  const result: { cidr: string; hostBitsSet: boolean; nonPublic?: string } = {
    cidr: `${text}/${prefix}`,
    hostBitsSet: words.some((word, i) => word !== first[i]),
  };
  const range = network.range();
  if (NON_PUBLIC.has(range) && (v4 ? new ipaddr.IPv4(last) : new ipaddr.IPv6(last)).range() === range) {
    result.nonPublic = range;
  }
  return result;
}

/** Special-purpose ranges (RFC 6890 and the IANA registries it describes) rather than public unicast address space. */
const NON_PUBLIC = new Set([
  'unspecified',
  'broadcast',
  'multicast',
  'linkLocal',
  'loopback',
  'carrierGradeNat',
  'private',
  'reserved',
  'benchmarking',
  'uniqueLocal',
  'ipv4Mapped',
  'rfc6145',
  'discard',
  'deprecatedSiteLocal',
  'as112',
  'as112v6',
  'orchid2',
  'deprecatedOrchid',
]);
