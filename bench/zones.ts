import type { RecordSet, ZoneData } from '../core/dns/index.js';
import { dkimTestKeys } from '../test/fixtures/zones/dkim.js';

/**
 * The benchmark's own DNS data, served only by the bench's own stack (never by the test stack): the `bench` TLD
 * holds every shape, so a DMARC tree walk ends at `_dmarc.bench` with NXDOMAIN as on the internet. Addresses in
 * 45.33.70.0/24 and 2a01:4f8:70::/48 are data only; nothing is ever sent to them.
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
    const v4 = `45.33.70.${100 + index + (domain === MX_DOMAIN ? 0 : 10)}`;
    const v6 = `2a01:4f8:70::${(domain === MX_DOMAIN ? 0x100 : 0x110) + index}`;
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
  const real = REAL_DOMAIN;
  add(real, {
    TXT: ['v=spf1 mx include:_spf.mailhost.bench include:spf.esp.bench ip4:45.33.70.64/28 -all', 'site-verification=x'],
    MX: [1, 2, 3].map((i): [number, string] => [i * 10, mxHost(real, i)]),
  });
  add(`_spf.mailhost.${BENCH_TLD}`, {
    TXT: ['v=spf1 include:_netblocks.mailhost.bench include:_netblocks2.mailhost.bench ~all'],
  });
  add(`_netblocks.mailhost.${BENCH_TLD}`, { TXT: ['v=spf1 ip4:45.33.71.0/24 ip4:45.33.72.0/24 ~all'] });
  add(`_netblocks2.mailhost.${BENCH_TLD}`, { TXT: ['v=spf1 ip6:2a01:4f8:71::/48 ~all'] });
  add(`spf.esp.${BENCH_TLD}`, { TXT: ['v=spf1 ip4:45.33.73.0/24 -all'] });
  add(`_dmarc.${real}`, { TXT: ['v=DMARC1; p=quarantine; rua=mailto:agg@reports.bench,mailto:dmarc@shop.bench'] });
  add(`shop.${BENCH_TLD}._report._dmarc.reports.${BENCH_TLD}`, { TXT: ['v=DMARC1'] });
  add(`s2024._domainkey.${real}`, { TXT: [`v=DKIM1; k=rsa; p=${dkimTestKeys.rsa2048}`] });
  add(`google._domainkey.${real}`, { TXT: [`v=DKIM1; k=rsa; p=${dkimTestKeys.rsa2048}`] });
  add(`selector1._domainkey.${real}`, { TXT: [`v=DKIM1; k=rsa; p=${dkimTestKeys.rsa1024}`] });

  // The DNS stack's health check asks for doh.test's SOA.
  return { zones: [BENCH_TLD, 'doh.test', 'in-addr.arpa', 'ip6.arpa'], records };
}
