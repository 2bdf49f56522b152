import { readTlv } from '../core/dkim/der.js';
import { inspectDkimKey } from '../core/dkim/inspect.js';
import { parseDkimKey } from '../core/dkim/parse.js';
import type { RecordSet, ZoneData } from '../core/dns/index.js';
import { dkimTestKeys } from '../test/fixtures/zones/dkim.js';

/**
 * The benchmark's own DNS data, served only by the bench's own stack (never by the test stack): the `bench` TLD
 * holds every shape, so a DMARC tree walk ends at `_dmarc.bench` with NXDOMAIN as on the internet. Addresses in
 * 45.33.70.0/24–45.33.73.0/24, 45.34.0.0/16 (the distinct copies of the realistic domain) and 2a01:4f8:70::/48 are
 * data only; nothing is ever sent to them.
 */
export const BENCH_TLD = 'bench';

/** One SPF include-tree shape: `depth` levels of include below the root, `branches` includes at the root. */
export interface SpfShape {
  depth: number;
  branches: number;
}

export const SPF_SHAPES: SpfShape[] = [1, 2, 3, 4].flatMap((depth) => [2, 6].map((branches) => ({ depth, branches })));

/** The root name of an SPF shape. */
export const spfDomain = (shape: SpfShape) => `spf-d${shape.depth}-b${shape.branches}.${BENCH_TLD}`;

/** The DMARC shape: the record is two labels above the checked name. */
export const DMARC_DOMAIN = `x.y.dmarc-up2.${BENCH_TLD}`;
/** The MX shape: three MX hosts with A and AAAA, each address with PTR and matching forward records. */
export const MX_DOMAIN = `mx3.${BENCH_TLD}`;
/** The DKIM shape: three named selectors plus discovery of the common ones. */
export const DKIM_DOMAIN = `dkim3.${BENCH_TLD}`;
export const DKIM_SELECTORS = ['s2024', 'mktg', 'tx'];
/** The realistic whole domain for checkDomain. */
export const REAL_DOMAIN = `shop.${BENCH_TLD}`;
export const REAL_SELECTORS = ['s2024'];
/** The name of copy `index` of the realistic domain (`distinctRealDomains`): a sibling, so the same DMARC walk. */
const realCopyDomain = (index: number) => `shop-${index}.${BENCH_TLD}`;

/** Reverse name of an IPv4 address (RFC 1035 §3.5). */
function reverse4(ip: string): string {
  return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
}

/** Reverse name of a fully written IPv6 address of the form 2a01:4f8:70::N (RFC 3596 §2.5). */
function reverse6(ip: string): string {
  const [head = '', tail = ''] = ip.split('::');
  const left = head.split(':').filter(Boolean);
  const right = tail.split(':').filter(Boolean);
  const groups = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  const nibbles = groups.map((group) => group.padStart(4, '0')).join('');
  return `${[...nibbles].reverse().join('.')}.ip6.arpa`;
}

/** Builds the zone data of every shape. */
export function benchZones(): ZoneData {
  const records: Record<string, RecordSet> = {};
  const add = (name: string, set: RecordSet) => {
    const existing = records[name];
    records[name] = existing ? { ...existing, ...set } : set;
  };
  let host = 1;
  const nextV4 = () => `45.33.70.${host++}`;

  // SPF include trees: the root has `branches` includes, every node above the leaves two; leaves hold ip4/ip6 only.
  for (const shape of SPF_SHAPES) {
    const root = spfDomain(shape);
    const build = (name: string, level: number): void => {
      if (level === shape.depth) {
        add(name, { TXT: [`v=spf1 ip4:${nextV4()} ip6:2a01:4f8:70::${host.toString(16)} -all`] });
        return;
      }
      const count = level === 0 ? shape.branches : 2;
      const children = Array.from({ length: count }, (_, i) => `i${i}.${name}`);
      const terms = children.map((child) => `include:${child}`).join(' ');
      add(name, { TXT: [`v=spf1 ${terms} ${level === 0 ? '-all' : '~all'}`] });
      for (const child of children) build(child, level + 1);
    };
    build(root, 0);
  }

  // DMARC: the policy lives at the organizational domain, two labels above the checked name, with an external rua.
  add(DMARC_DOMAIN, { A: ['45.33.70.200'] });
  add(`_dmarc.dmarc-up2.${BENCH_TLD}`, {
    TXT: ['v=DMARC1; p=reject; rua=mailto:agg@reports.bench; adkim=s'],
  });
  add(`dmarc-up2.${BENCH_TLD}._report._dmarc.reports.${BENCH_TLD}`, { TXT: ['v=DMARC1'] });

  // MX and PTR: three hosts, each with one A and one AAAA, each address with a PTR back to the host.
  const mxHost = (domain: string, index: number) => {
    const name = `mx${index}.${domain}`;
    const v4 = `45.33.70.${100 + index}`;
    const v6 = `2a01:4f8:70::${0x100 + index}`;
    add(name, { A: [v4], AAAA: [v6] });
    add(reverse4(v4), { PTR: [name] });
    add(reverse6(v6), { PTR: [name] });
    return name;
  };
  add(MX_DOMAIN, { MX: [1, 2, 3].map((i): [number, string] => [i * 10, mxHost(MX_DOMAIN, i)]) });

  // DKIM: three named selectors and one a provider publishes under a common name (found by discovery).
  add(`s2024._domainkey.${DKIM_DOMAIN}`, { TXT: [`v=DKIM1; k=rsa; p=${dkimTestKeys.rsa2048}`] });
  add(`mktg._domainkey.${DKIM_DOMAIN}`, { TXT: [`v=DKIM1; k=rsa; p=${dkimTestKeys.rsa1024}`] });
  add(`tx._domainkey.${DKIM_DOMAIN}`, { TXT: [`v=DKIM1; k=ed25519; p=${dkimTestKeys.ed25519}`] });
  add(`google._domainkey.${DKIM_DOMAIN}`, { TXT: [`v=DKIM1; k=rsa; p=${dkimTestKeys.rsa2048}`] });

  // A realistic domain: SPF with a provider include two levels deep, mx and ip4; three MX hosts; DMARC with an
  // external rua; a named DKIM key plus the provider's common selectors.
  addRealDomain(add, REAL_DOMAIN, {
    ip4Range: '45.33.70.64/28',
    hosts: [1, 2, 3].map((i) => ({ v4: `45.33.70.${110 + i}`, v6: `2a01:4f8:70::${0x110 + i}` })),
    rsa2048: dkimTestKeys.rsa2048,
    rsa1024: dkimTestKeys.rsa1024,
  });
  addRealDomainProviders(add);

  // The DNS stack's health check asks for doh.test's SOA.
  return { zones: [BENCH_TLD, 'doh.test', 'in-addr.arpa', 'ip6.arpa'], records };
}

/** What one realistic domain owns apart from its name: its ip4 range, its MX hosts' addresses, its two RSA keys. */
interface RealDomainData {
  ip4Range: string;
  /** Addresses of mx1, mx2 and mx3 in order. */
  hosts: Array<{ v4: string; v6: string }>;
  /** Base64 SubjectPublicKeyInfo: the 2048-bit key (s2024 and google) and the 1024-bit one (selector1). */
  rsa2048: string;
  rsa1024: string;
}

/**
 * Adds the records a realistic domain owns: SPF (mx, the two providers' includes, its own ip4 range), three dual-stack
 * MX hosts with PTRs back, DMARC with an external rua and that destination's authorization, and three DKIM keys.
 */
function addRealDomain(add: (name: string, set: RecordSet) => void, domain: string, data: RealDomainData): void {
  const hosts = data.hosts.map(({ v4, v6 }, i) => {
    const name = `mx${i + 1}.${domain}`;
    add(name, { A: [v4], AAAA: [v6] });
    add(reverse4(v4), { PTR: [name] });
    add(reverse6(v6), { PTR: [name] });
    return name;
  });
  add(domain, {
    TXT: [
      `v=spf1 mx include:_spf.mailhost.${BENCH_TLD} include:spf.esp.${BENCH_TLD} ip4:${data.ip4Range} -all`,
      'site-verification=x',
    ],
    MX: hosts.map((host, i): [number, string] => [(i + 1) * 10, host]),
  });
  add(`_dmarc.${domain}`, {
    TXT: [`v=DMARC1; p=quarantine; rua=mailto:agg@reports.${BENCH_TLD},mailto:dmarc@${domain}`],
  });
  add(`${domain}._report._dmarc.reports.${BENCH_TLD}`, { TXT: ['v=DMARC1'] });
  add(`s2024._domainkey.${domain}`, { TXT: [`v=DKIM1; k=rsa; p=${data.rsa2048}`] });
  add(`google._domainkey.${domain}`, { TXT: [`v=DKIM1; k=rsa; p=${data.rsa2048}`] });
  add(`selector1._domainkey.${domain}`, { TXT: [`v=DKIM1; k=rsa; p=${data.rsa1024}`] });
}

/** The providers' SPF records every realistic domain includes (shared, as a real provider's are). */
function addRealDomainProviders(add: (name: string, set: RecordSet) => void): void {
  add(`_spf.mailhost.${BENCH_TLD}`, {
    TXT: ['v=spf1 include:_netblocks.mailhost.bench include:_netblocks2.mailhost.bench ~all'],
  });
  add(`_netblocks.mailhost.${BENCH_TLD}`, { TXT: ['v=spf1 ip4:45.33.71.0/24 ip4:45.33.72.0/24 ~all'] });
  add(`_netblocks2.mailhost.${BENCH_TLD}`, { TXT: ['v=spf1 ip6:2a01:4f8:71::/48 ~all'] });
  add(`spf.esp.${BENCH_TLD}`, { TXT: ['v=spf1 ip4:45.33.73.0/24 -all'] });
}

/** Where the modulus (without its sign octet) lies in the DER of an RSA SubjectPublicKeyInfo (RFC 5280 §4.1). */
function rsaModulus(der: Uint8Array): { offset: number; length: number } {
  const read = (offset: number, limit: number, what: string) => {
    const tlv = readTlv(der, offset, limit);
    if (!tlv) throw new Error(`DER: no ${what} at ${offset}`);
    return tlv;
  };
  const spki = read(0, der.length, 'SubjectPublicKeyInfo');
  const algorithm = read(spki.start, spki.end, 'AlgorithmIdentifier');
  const bitString = read(algorithm.end, spki.end, 'subjectPublicKey');
  const key = read(bitString.start + 1, bitString.end, 'RSAPublicKey'); // after the unused-bits octet
  const modulus = read(key.start, key.end, 'modulus');
  const sign = der[modulus.start] === 0 ? 1 : 0;
  return { offset: modulus.start + sign, length: modulus.end - modulus.start - sign };
}

/**
 * A variant of an RSA key for copy `index`: four modulus bytes in the middle XORed with `index + 1`, so the top bit
 * (the size) and the last bit (odd) stay. The modulus is no longer a product of two primes; core reads only the
 * key's structure and size, and nothing in a check verifies a signature.
 */
export function deriveRsaKey(base64: string, index: number): string {
  const der = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const modulus = rsaModulus(der);
  const at = modulus.offset + Math.floor(modulus.length / 2);
  const mark = index + 1;
  for (let i = 0; i < 4; i++) der[at + i]! ^= (mark >>> (8 * i)) & 0xff;
  return btoa(String.fromCharCode(...der));
}

/**
 * Builds `count` copies of the realistic domain (`realCopyDomain(i)`) for the CPU bench's distinct-domains figure,
 * in memory only (never served by Knot): the same records as shop.bench, with the providers' SPF records shared but
 * each copy's own ip4 range, six MX host addresses (with PTRs) and two RSA keys (derived from the test keys). Every
 * derived key is checked once with `inspectDkimKey`; a key that is not valid at its intended size throws.
 */
export async function distinctRealDomains(count: number): Promise<{ zones: ZoneData; domains: string[] }> {
  if (count > 2048) throw new Error('45.34.0.0/16 holds 2,048 copies of 32 addresses');
  const records: Record<string, RecordSet> = {};
  const add = (name: string, set: RecordSet) => {
    records[name] = { ...records[name], ...set };
  };
  addRealDomainProviders(add);
  const domains: string[] = [];
  for (let index = 0; index < count; index++) {
    const domain = realCopyDomain(index);
    // 32 addresses a copy: its ip4 /28 first, its MX hosts at 17–19; IPv6 hosts in a /64 of their own.
    const base = index * 32;
    const prefix = `45.34.${Math.floor(base / 256)}`;
    const first = base % 256;
    const keys = {
      rsa2048: deriveRsaKey(dkimTestKeys.rsa2048, index),
      rsa1024: deriveRsaKey(dkimTestKeys.rsa1024, index),
    };
    for (const [key, bits] of [
      [keys.rsa2048, 2048],
      [keys.rsa1024, 1024],
    ] as const) {
      const parsed = parseDkimKey(`v=DKIM1; k=rsa; p=${key}`);
      const inspection = parsed.ok ? await inspectDkimKey(parsed.record) : parsed.error;
      if (!('bits' in inspection) || inspection.status !== 'valid' || inspection.bits !== bits) {
        throw new Error(`derived ${bits}-bit key of ${domain} inspects as ${JSON.stringify(inspection)}`);
      }
    }
    addRealDomain(add, domain, {
      ip4Range: `${prefix}.${first}/28`,
      hosts: [1, 2, 3].map((i) => ({
        v4: `${prefix}.${first + 16 + i}`,
        v6: `2a01:4f8:70:${(index + 1).toString(16)}::${0x110 + i}`,
      })),
      ...keys,
    });
    domains.push(domain);
  }
  return { zones: { zones: [BENCH_TLD, 'in-addr.arpa', 'ip6.arpa'], records }, domains };
}
