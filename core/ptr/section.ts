import { mapBounded } from '../concurrency.js';
import { parseIp } from '../dns/reverse-name.js';
import type { Resolver } from '../dns/types.js';
import { sectionStatus } from '../finding.js';
import { checkPtr } from './check.js';
import type { PtrSection, PtrTarget } from './types.js';

/** Options of `checkPtrSection`. */
export interface CheckPtrSectionOptions {
  /** Addresses to check; a bare string is a sending IP the user named. */
  ips: ReadonlyArray<string | PtrTarget>;
  resolver: Resolver;
  /** How many distinct addresses are checked; 20 by default. */
  maxIps?: number;
}

export const DEFAULT_MAX_PTR_IPS = 20;
// Ten MX hosts with an IPv4 and an IPv6 address each are 20 addresses: all of them in one round trip.
const PTR_CONCURRENCY = 20;

/** The mail hosts of a domain as an MX check finds them: only what reverse DNS needs (ptr/ does not import mx/). */
export interface MailHosts {
  nullMx: boolean;
  hosts: ReadonlyArray<{ exchange: string; addresses: readonly string[] }>;
}

/** The addresses of an MX check's hosts, as PTR targets (none for a null MX: that domain takes no mail). */
export function ptrTargetsFromMx(mx: MailHosts): PtrTarget[] {
  if (mx.nullMx) return [];
  return mx.hosts.flatMap((host) => host.addresses.map((ip) => ({ ip, source: 'mx' as const, host: host.exchange })));
}

/**
 * Checks the reverse DNS of many addresses concurrently (the MX hosts' and the sending IPs the user names), as the
 * report's ptr section: FCrDNS per address (RFC 8601 §3), at most `maxIps` distinct addresses, sending IPs first.
 */
export async function checkPtrSection(options: CheckPtrSectionOptions): Promise<PtrSection> {
  const maxIps = options.maxIps ?? DEFAULT_MAX_PTR_IPS;
  const targets = options.ips.map(
    (entry): PtrTarget => (typeof entry === 'string' ? { ip: entry, source: 'sending' } : entry),
  );
  // Sending IPs first: they are the ones receivers judge by their reverse DNS.
  targets.sort((a, b) => (a.source === b.source ? 0 : a.source === 'sending' ? -1 : 1));
  const unique: PtrTarget[] = [];
  const seen = new Set<string>();
  for (const target of targets) {
    const parsed = parseIp(target.ip);
    const key = parsed.ok ? parsed.address.ip : target.ip;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(target);
  }
  const checked = unique.slice(0, maxIps);
  const skipped = unique.slice(maxIps).map((target) => target.ip);
  const results = await mapBounded(checked, PTR_CONCURRENCY, (target) =>
    checkPtr(target.ip, {
      resolver: options.resolver,
      source: target.source,
      ...(target.host ? { host: target.host } : {}),
    }),
  );
  const findings = results.flatMap((result) => result.findings);
  const failed = results.some((result) => result.status === 'error');
  const confirmed = results.filter((result) => result.fcrdns).length;
  const summary =
    results.length === 0
      ? 'No addresses to check: no MX host address and no sending IP given.'
      : `${confirmed} of ${results.length} address${results.length === 1 ? ' has' : 'es have'} forward-confirmed reverse DNS${failed ? '; some lookups failed' : ''}${skipped.length > 0 ? `; ${skipped.length} more not checked` : ''}.`;
  return {
    status: sectionStatus(findings, failed),
    summary,
    findings,
    records: results.flatMap((result) => result.records),
    data: { results, skipped },
  };
}
