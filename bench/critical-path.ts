import { COMMON_DKIM_SELECTORS } from '../core/dkim/common-selectors.js';
import { treeWalkTargets } from '../core/dmarc/discover.js';
import type { DnsResult, RecordType, Resolver } from '../core/dns/index.js';
import { parseIp } from '../core/dns/reverse-name.js';

/**
 * The critical path of a check, derived from the zone data: the longest chain of lookups in which each one can only
 * be sent once an earlier answer is known. A lookup is a node `(role, type, name)`; its role says which lookups its
 * answer makes necessary (an SPF TXT answer makes its include targets necessary, an MX answer its hosts' addresses,
 * an address its PTR, a PTR name its forward address, …). Lookups whose names are known up front are roots, asked at
 * time 0: every candidate name of the DMARC tree walk (RFC 9989 §4.10 fixes them from the domain alone), the DKIM
 * `_domainkey` hint and named selectors, the apex's TXT and MX. One control dependency is kept on purpose: the common
 * DKIM selectors are probed only after the hint, because an NXDOMAIN hint (RFC 8020) saves ~34 queries.
 *
 * Time is counted in round trips. Identical lookups are sent once per check (the lookup session's memo), so a node
 * asked at time t whose lookup was first asked at time t0 is answered at max(t, t0 + 1). The critical path is the
 * latest answer time over all nodes; the distinct lookups are the queries an ideal client sends.
 */
export interface CriticalPath {
  /** Round trips on the longest dependent chain. */
  roundTrips: number;
  /** Distinct lookups the algorithm's dependency structure makes necessary on this zone. */
  lookups: number;
  /** One longest chain, root first, as `TYPE name`. */
  chain: string[];
}

type Role = 'spf' | 'spf-mx' | 'mx' | 'mx-host' | 'ptr' | 'dmarc-walk' | 'dkim-hint' | 'leaf';

interface Node {
  role: Role;
  type: RecordType;
  name: string;
  /** For a walk step: the domain the check started from. */
  origin?: string;
}

/** What a check of `domain` asks first, per section. */
export interface Sections {
  spf?: boolean;
  dmarc?: boolean;
  dkim?: { selectors: readonly string[]; discover: boolean };
  mx?: boolean;
}

const texts = (result: DnsResult) =>
  result.status === 'answer' ? result.records.map((record) => String((record.data as { text: string }).text)) : [];

/** The literal target names of an SPF record's DNS-querying terms (RFC 7208 §5), macros left out. */
function spfChildren(record: string, domain: string): Node[] {
  const nodes: Node[] = [];
  for (const term of record.split(/\s+/).slice(1)) {
    const match = /^[+\-~?]?(include|redirect|a|mx|exists)(?:[:=]([^/]+))?(?:\/.*)?$/i.exec(term);
    if (!match) continue;
    const kind = match[1]!.toLowerCase();
    const target = (match[2] ?? domain).toLowerCase();
    if (target.includes('%')) continue;
    if (kind === 'include' || kind === 'redirect') nodes.push({ role: 'spf', type: 'TXT', name: target });
    else if (kind === 'mx') nodes.push({ role: 'spf-mx', type: 'MX', name: target });
    else if (kind === 'exists') nodes.push({ role: 'leaf', type: 'A', name: target });
    else nodes.push({ role: 'leaf', type: 'A', name: target }, { role: 'leaf', type: 'AAAA', name: target });
  }
  return nodes;
}

/** The lookups an answer makes necessary, by the role of the lookup. */
function children(node: Node, result: DnsResult): Node[] {
  switch (node.role) {
    case 'spf': {
      const record = texts(result).find((text) => /^v=spf1(\s|$)/i.test(text));
      return record ? spfChildren(record, node.name) : [];
    }
    case 'spf-mx':
    case 'mx': {
      const role = node.role === 'mx' ? 'mx-host' : 'leaf';
      if (result.status === 'nodata' && node.role === 'mx') {
        // RFC 5321 §5.1: no MX, so the domain itself is the implicit mail exchanger.
        return (['A', 'AAAA'] as const).map((type) => ({ role, type, name: node.name }));
      }
      if (result.status !== 'answer') return [];
      const hosts = result.records
        .map((record) => (record.data as { exchange: string }).exchange)
        .filter((host) => host !== '');
      return hosts.flatMap((name) => (['A', 'AAAA'] as const).map((type) => ({ role, type, name })));
    }
    case 'mx-host': {
      if (result.status !== 'answer') return [];
      return result.records.flatMap((record) => {
        const parsed = parseIp(String(record.data));
        return parsed.ok ? [{ role: 'ptr' as const, type: 'PTR' as const, name: parsed.address.reverseName }] : [];
      });
    }
    case 'ptr': {
      if (result.status !== 'answer') return [];
      const type = node.name.endsWith('.ip6.arpa') ? 'AAAA' : 'A';
      return result.records.map((record) => ({ role: 'leaf' as const, type, name: String(record.data) }));
    }
    case 'dmarc-walk': {
      const record = texts(result).find((text) => /^v=DMARC1\s*(;|$)/i.test(text));
      if (!record) return [];
      const policyDomain = node.name.replace(/^_dmarc\./, '');
      const found: Node[] = [];
      // RFC 9989 §4.7 (np): the existence of the checked name matters only when the policy is inherited.
      if (policyDomain !== node.origin) found.push({ role: 'leaf', type: 'TXT', name: node.origin! });
      for (const host of record.matchAll(/mailto:[^@,;\s]+@([^,;\s!]+)/gi)) {
        const destination = host[1]!.toLowerCase();
        if (destination === policyDomain || destination.endsWith(`.${policyDomain}`)) continue;
        found.push({ role: 'leaf', type: 'TXT', name: `${policyDomain}._report._dmarc.${destination}` });
      }
      return found;
    }
    case 'dkim-hint': {
      if (result.status === 'nxdomain') return [];
      const domain = node.name.replace(/^_domainkey\./, '');
      return COMMON_DKIM_SELECTORS.map((selector) => ({
        role: 'leaf' as const,
        type: 'TXT' as const,
        name: `${selector}._domainkey.${domain}`,
      }));
    }
    case 'leaf':
      return [];
  }
}

/** The roots of a check of `domain`: lookups whose names are known before any answer. */
export function rootsOf(domain: string, sections: Sections): Node[] {
  const roots: Node[] = [];
  if (sections.spf) roots.push({ role: 'spf', type: 'TXT', name: domain });
  if (sections.mx) roots.push({ role: 'mx', type: 'MX', name: domain });
  if (sections.dmarc) {
    for (const target of treeWalkTargets(domain)) {
      roots.push({ role: 'dmarc-walk', type: 'TXT', name: `_dmarc.${target}`, origin: domain });
    }
  }
  if (sections.dkim) {
    if (sections.dkim.discover) roots.push({ role: 'dkim-hint', type: 'TXT', name: `_domainkey.${domain}` });
    for (const selector of sections.dkim.selectors) {
      roots.push({ role: 'leaf', type: 'TXT', name: `${selector}._domainkey.${domain}` });
    }
  }
  return roots;
}

/** Computes the critical path of a check over a zone (`zone` answers from the zone data, without latency). */
export async function criticalPath(zone: Resolver, roots: Node[]): Promise<CriticalPath> {
  const firstAsked = new Map<string, number>();
  const answers = new Map<string, DnsResult>();
  // A (role, lookup) pair is expanded once, at its earliest time: include loops end and nothing is counted twice.
  const expanded = new Set<string>();
  // Worklist ordered by the time a node is asked; answer times never decrease along a chain.
  let pending: Array<{ node: Node; at: number; chain: string[] }> = roots.map((node) => ({ node, at: 0, chain: [] }));
  let latest = 0;
  let longest: string[] = [];
  while (pending.length > 0) {
    pending.sort((a, b) => a.at - b.at);
    const { node, at, chain } = pending.shift()!;
    const key = `${node.type} ${node.name}`;
    const first = firstAsked.get(key);
    if (first === undefined) firstAsked.set(key, at);
    const answeredAt = first === undefined ? at + 1 : Math.max(at, first + 1);
    let result = answers.get(key);
    if (!result) {
      result = await zone.resolve(node.name, node.type);
      answers.set(key, result);
    }
    const path = first === undefined || first + 1 > at ? [...chain, key] : chain;
    if (answeredAt > latest) {
      latest = answeredAt;
      longest = path;
    }
    const expansion = `${node.role} ${key}`;
    if (expanded.has(expansion)) continue;
    expanded.add(expansion);
    pending = pending.concat(children(node, result).map((child) => ({ node: child, at: answeredAt, chain: path })));
  }
  return { roundTrips: latest, lookups: firstAsked.size, chain: longest };
}
