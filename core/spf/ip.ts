import ipaddr from 'ipaddr.js';

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
 * Parses a client address; an IPv4-mapped IPv6 address is treated as IPv4 (RFC 7208 §5: "an IPv4-mapped IPv6
 * address ... MUST still be considered an IPv4 address").
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

const MEMO_SIZE = 1024;

/**
 * Remembers the last `MEMO_SIZE` outcomes of a pure function of one string: the same provider networks come back in
 * audit after audit, and parsing IPv6 text is most of an audit's CPU time.
 */
function memoize<R>(compute: (key: string) => R): (key: string) => R {
  const memo = new Map<string, R>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as R;
    const value = compute(key);
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
    memo.set(key, value);
    return value;
  };
}

type Network = Readonly<{ cidr: string; hostBitsSet: boolean }>;

const networkOfText = memoize((text: string): Network | undefined => {
  const slash = text.lastIndexOf('/');
  return computeNetwork(text.slice(0, slash), Number(text.slice(slash + 1)));
});

/** The network address of `address/prefix` and whether host bits were set (RFC 4632 §3.1). */
export function networkOf(address: string, prefix: number): Network | undefined {
  return networkOfText(`${address}/${prefix}`);
}

function computeNetwork(address: string, prefix: number): Network | undefined {
  if (!ipaddr.isValid(address)) return undefined;
  const parsed = ipaddr.parse(address);
  const text = `${parsed.toString()}/${prefix}`;
  const network =
    parsed.kind() === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(text) : ipaddr.IPv6.networkAddressFromCIDR(text);
  const normalized = network.kind() === 'ipv6' ? (network as ipaddr.IPv6).toRFC5952String() : network.toString();
  const original = parsed.kind() === 'ipv6' ? (parsed as ipaddr.IPv6).toRFC5952String() : parsed.toString();
  return { cidr: `${normalized}/${prefix}`, hostBitsSet: normalized !== original };
}

/** Special-purpose ranges (RFC 6890 and its IANA registries) that no mail server on the internet sends from. */
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

/**
 * The special-purpose range (e.g. `private`, `loopback`, `reserved` for documentation) that contains the whole
 * network `cidr`, when there is one (RFC 6890).
 */
export function nonPublicRange(cidr: string): string | undefined {
  return nonPublicRangeMemo(cidr);
}

const nonPublicRangeMemo = memoize((cidr: string): string | undefined => {
  try {
    const [address] = ipaddr.parseCIDR(cidr);
    const first =
      address.kind() === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(cidr) : ipaddr.IPv6.networkAddressFromCIDR(cidr);
    const last =
      address.kind() === 'ipv4'
        ? ipaddr.IPv4.broadcastAddressFromCIDR(cidr)
        : ipaddr.IPv6.broadcastAddressFromCIDR(cidr);
    const range = first.range();
    return NON_PUBLIC.has(range) && last.range() === range ? range : undefined;
  } catch {
    return undefined;
  }
});
