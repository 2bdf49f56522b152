import { mapBounded } from '../concurrency.js';
import { parseIp } from '../dns/reverse-name.js';
import type { DnsResult, LookupPriority, Resolver } from '../dns/types.js';
import { createFinding, sectionStatus } from '../finding.js';
import { mailboxProviderOf } from '../providers.js';
import { checkPtrAddress } from './check.js';
import { ptrFindings } from './findings.js';
import type { PtrAddressResult, PtrOmitted, PtrSection, PtrTarget } from './types.js';

/** Options of `checkPtrSection`. */
export interface CheckPtrSectionOptions {
  /** Addresses to check; a bare string is a sending IP the user named. */
  ips: ReadonlyArray<string | PtrTarget>;
  resolver: Resolver;
  /** How many distinct addresses are checked; 20 by default. */
  maxIps?: number;
  /**
   * Check the addresses of a recognised mailbox provider's MX hosts too (default false): the provider runs those
   * hosts and keeps their reverse DNS, so nothing there is the domain owner's to fix.
   */
  checkProviderHosts?: boolean;
  /**
   * MX hosts whose addresses the MX check left to the mailbox provider that publishes them (so there is no address to
   * check): named in `ptr.provider-hosts` with the addresses left out here.
   */
  providerHosts?: ReadonlyArray<{ host: string; provider: string }>;
}

export const DEFAULT_MAX_PTR_IPS = 20;
// Ten MX hosts with an IPv4 and an IPv6 address each are 20 addresses: all of them in one round trip.
const PTR_CONCURRENCY = 20;

/** The mail hosts of a domain as an MX check finds them: only what reverse DNS needs (ptr/ does not import mx/). */
export interface MailHosts {
  nullMx: boolean;
  hosts: ReadonlyArray<{ exchange: string; addresses: readonly string[]; provider?: string }>;
}

/** The addresses of an MX check's hosts, as PTR targets (none for a null MX: that domain takes no mail). */
export function ptrTargetsFromMx(mx: MailHosts): PtrTarget[] {
  if (mx.nullMx) return [];
  return mx.hosts.flatMap((host) => host.addresses.map((ip) => ({ ip, source: 'mx' as const, host: host.exchange })));
}

/** The MX hosts whose addresses the MX check left to the mailbox provider that publishes them. */
export function providerHostsFromMx(mx: MailHosts): Array<{ host: string; provider: string }> {
  if (mx.nullMx) return [];
  return mx.hosts.flatMap((host) => (host.provider ? [{ host: host.exchange, provider: host.provider }] : []));
}

/** How urgent an address's lookups are: a sending IP's and each MX host's first address are leaves; the rest is breadth. */
interface PlannedTarget {
  target: PtrTarget;
  priority: LookupPriority;
}

/** Whether a lookup was not sent because the request's fetch budget went to what the verdict needs. */
const isCut = (result: DnsResult) => result.status === 'error' && result.error.code === 'budget-exhausted';

/**
 * Checks the reverse DNS of many addresses concurrently (the MX hosts' and the sending IPs the user names), as the
 * report's ptr section: FCrDNS per address (RFC 8601 §3), at most `maxIps` distinct addresses, sending IPs first and
 * always in full. A recognised mailbox provider's MX hosts are left to the provider (`ptr.provider-hosts`); of the
 * domain's own MX hosts, the first address of each is checked first and the others as breadth, which a session's
 * fetch budget may cut (`ptr.hosts-limited`).
 */
export async function checkPtrSection(options: CheckPtrSectionOptions): Promise<PtrSection> {
  const maxIps = options.maxIps ?? DEFAULT_MAX_PTR_IPS;
  const targets = options.ips.map(
    (entry): PtrTarget => (typeof entry === 'string' ? { ip: entry, source: 'sending' } : entry),
  );
  // Sending IPs first: they are the ones receivers judge by their reverse DNS.
  targets.sort((a, b) => (a.source === b.source ? 0 : a.source === 'sending' ? -1 : 1));
  const planned: PlannedTarget[] = [];
  const omitted: PtrOmitted[] = [];
  const seen = new Set<string>();
  const hostsSeen = new Set<string>();
  for (const target of targets) {
    const parsed = parseIp(target.ip);
    const key = parsed.ok ? parsed.address.ip : target.ip;
    if (seen.has(key)) continue;
    seen.add(key);
    if (target.source === 'mx' && target.host && !options.checkProviderHosts) {
      const provider = mailboxProviderOf(target.host);
      if (provider) {
        omitted.push({ ip: target.ip, host: target.host, reason: 'provider', provider: provider.name });
        continue;
      }
    }
    // One address of each MX host tells whether the host has reverse DNS at all; the others are breadth.
    const first = target.source === 'sending' || !target.host || !hostsSeen.has(target.host);
    if (target.host) hostsSeen.add(target.host);
    planned.push({ target, priority: first ? 'leaf' : 'probe' });
  }
  const checked = planned.slice(0, maxIps);
  const skipped = planned.slice(maxIps).map((entry) => entry.target.ip);
  const outcomes = await mapBounded(checked, PTR_CONCURRENCY, async ({ target, priority }) => {
    const check = () =>
      checkPtrAddress(target.ip, {
        resolver: options.resolver,
        source: target.source,
        priority,
        ...(target.host ? { host: target.host } : {}),
      });
    if (priority !== 'probe') return check();
    // Breadth may be cut: a PTR (or forward) lookup the budget did not pay for is "not checked", not a DNS failure.
    const parsed = parseIp(target.ip);
    if (parsed.ok && isCut(await options.resolver.resolve(parsed.address.reverseName, 'PTR', { priority }))) {
      return undefined;
    }
    const result = await check();
    const cutForward =
      result.status === 'error' &&
      !result.fcrdns &&
      result.forward.length > 0 &&
      result.forward.every((entry) => entry.error === 'budget-exhausted' || (!entry.error && !entry.confirmed)) &&
      result.forward.some((entry) => entry.error === 'budget-exhausted');
    return cutForward ? undefined : result;
  });
  const results: PtrAddressResult[] = [];
  outcomes.forEach((result, i) => {
    if (result) results.push(result);
    else {
      const { target } = checked[i]!;
      omitted.push({ ip: target.ip, ...(target.host ? { host: target.host } : {}), reason: 'budget' });
    }
  });
  const findings = results.flatMap((result) => result.findings);
  const byProvider = omitted.filter((entry) => entry.reason === 'provider');
  const byBudget = omitted.filter((entry) => entry.reason === 'budget');
  const unresolved = options.providerHosts ?? [];
  const providers = [...new Set([...byProvider.map((entry) => entry.provider!), ...unresolved.map((h) => h.provider)])];
  for (const provider of providers) {
    const entries = byProvider.filter((entry) => entry.provider === provider);
    const hosts = [
      ...new Set([
        ...entries.map((entry) => entry.host!),
        ...unresolved.filter((entry) => entry.provider === provider).map((entry) => entry.host),
      ]),
    ];
    const what =
      entries.length > 0
        ? `${entries.length} address${entries.length === 1 ? '' : 'es'} of ${provider}'s MX hosts (${hosts.join(', ')})`
        : `${provider}'s MX host${hosts.length === 1 ? '' : 's'} (${hosts.join(', ')})`;
    findings.push(
      createFinding(
        ptrFindings,
        'ptr.provider-hosts',
        `The reverse DNS of ${what} was not checked: ${provider} runs those hosts and keeps their PTR records.`,
        { at: hosts[0] ?? '' },
      ),
    );
  }
  if (byBudget.length > 0) {
    findings.push(
      createFinding(
        ptrFindings,
        'ptr.hosts-limited',
        `The reverse DNS of ${byBudget.length} more MX host address${byBudget.length === 1 ? '' : 'es'} (${byBudget.map((entry) => entry.ip).join(', ')}) was not checked: the request's DNS budget went to the lookups the verdict needs. The first address of every host was checked.`,
        { at: byBudget[0]!.ip },
      ),
    );
  }
  const failed = results.some((result) => result.status === 'error');
  const confirmed = results.filter((result) => result.fcrdns).length;
  const notes = [
    failed ? 'some lookups failed' : '',
    skipped.length > 0 ? `${skipped.length} more not checked` : '',
    byProvider.length > 0 ? `${byProvider.length} run by the mail provider not checked` : '',
    unresolved.length > 0
      ? `${unresolved.length} MX host${unresolved.length === 1 ? '' : 's'} left to the mail provider`
      : '',
    byBudget.length > 0 ? `${byBudget.length} cut by the DNS budget` : '',
  ].filter(Boolean);
  const summary =
    results.length === 0
      ? byProvider.length > 0
        ? `No address of the domain's own to check: the ${byProvider.length} MX host address${byProvider.length === 1 ? ' is' : 'es are'} run by ${providers.join(', ')}, which keeps their reverse DNS.`
        : unresolved.length > 0
          ? `No address of the domain's own to check: the MX host${unresolved.length === 1 ? ' is' : 's are'} run by ${providers.join(', ')}, which keeps ${unresolved.length === 1 ? 'its' : 'their'} reverse DNS.`
          : 'No addresses to check: no MX host address and no sending IP given.'
      : `${confirmed} of ${results.length} address${results.length === 1 ? ' has' : 'es have'} forward-confirmed reverse DNS${notes.length > 0 ? `; ${notes.join('; ')}` : ''}.`;
  return {
    status: sectionStatus(findings, failed),
    summary,
    findings,
    records: results.flatMap((result) => result.records),
    data: { results, skipped, omitted },
  };
}
