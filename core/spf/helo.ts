import { mapBounded } from '../concurrency.js';
import { parseDomain } from '../dns/name.js';
import { createLookupSession, isLookupSession, type LookupBudget, type LookupSession } from '../dns/session.js';
import type { Resolver } from '../dns/types.js';
import { createFinding, type Finding, type Section, sectionStatus } from '../finding.js';
import { checkHost } from './check-host.js';
import { spfHeloFindings } from './findings.js';
import { lookupSpfRecords } from './records.js';
import type { SpfResult } from './types.js';

/** Options of `checkHeloSpf`. */
export interface CheckHeloSpfOptions {
  resolver: Resolver;
  /** Bounds of the whole check (100 queries, 15 s by default); a lookup session given as resolver is used as it is. */
  budget?: LookupBudget;
  /** How many distinct host names are checked, in the order given (lowest MX preference first); 10 by default. */
  maxHosts?: number;
}

/** How one host name fares as a HELO identity. */
export type SpfHeloStatus =
  /** Every address of the host passes check_host() with its name as the HELO identity. */
  | 'pass'
  /** No SPF record at the name: a HELO check gives none. */
  | 'no-record'
  /** Some address of the host does not pass (fail, softfail, neutral or permerror). */
  | 'not-authorized'
  /** The name has no A or AAAA record, so there is no address to check. */
  | 'no-address'
  /** Not a valid multi-label domain name, so no HELO check can be made (RFC 7208 §2.3). */
  | 'not-checkable'
  /** A lookup failed: nothing is known. */
  | 'error';

/** One host name checked as a HELO identity, with the result for each of its addresses. */
export interface SpfHeloHost {
  host: string;
  status: SpfHeloStatus;
  /** The v=spf1 records at the name, as published. */
  records: string[];
  results: Array<{ ip: string; result: SpfResult; reason?: string }>;
}

/** The HELO identities of a set of hosts (a domain's MX hosts, say), judged together, in the one section shape. */
export type SpfHeloCheck = Section<{
  hosts: SpfHeloHost[];
  /** Distinct host names beyond `maxHosts`, not checked (`spf.helo-hosts-limited`). */
  skippedHosts: number;
}>;

/** At most this many hosts are checked by default, and this many addresses of each. */
export const DEFAULT_MAX_HELO_HOSTS = 10;
const MAX_ADDRESSES = 4;

/**
 * Checks host names as HELO identities (RFC 7208 §2.3): verifiers are RECOMMENDED to run check_host() on the HELO
 * name, and §10.1.2–§10.1.3 call an SPF record for each host that sends (`v=spf1 a -all`) best practice, since a
 * bounce's MAIL FROM is checked as postmaster@ the HELO name. For each host: its SPF record, and check_host() for
 * each of its addresses with the name as HELO. It assumes each host says its own name in EHLO. Takes the names (a
 * domain's MX hosts, from whoever looked them up) and a resolver; bounded; never throws.
 */
export async function checkHeloSpf(hosts: readonly string[], options: CheckHeloSpfOptions): Promise<SpfHeloCheck> {
  const own = options.budget !== undefined || !isLookupSession(options.resolver);
  const session = own
    ? createLookupSession(options.resolver, options.budget ?? { maxQueries: 100 })
    : (options.resolver as LookupSession);
  try {
    const names = [...new Set(hosts.map((host) => host.toLowerCase().replace(/\.$/, '')))].filter(
      (host) => host !== '',
    );
    const maxHosts = Math.max(0, options.maxHosts ?? DEFAULT_MAX_HELO_HOSTS);
    const checked = await mapBounded(names.slice(0, maxHosts), 4, (host) => checkOne(host, session));
    const findings = checked.flatMap(({ finding }) => (finding ? [finding] : []));
    const skippedHosts = Math.max(0, names.length - maxHosts);
    if (skippedHosts > 0) {
      const message = `Of ${names.length} host names, the first ${maxHosts} were checked as HELO identities; ${skippedHosts} were not.`;
      findings.push(createFinding(spfHeloFindings, 'spf.helo-hosts-limited', message));
    }
    const results = checked.map(({ result }) => result);
    const dnsFailed = results.some((result) => result.status === 'error');
    const status = sectionStatus(findings, dnsFailed);
    const records = results.flatMap((result) => result.records);
    return {
      status,
      summary: summarize(results, names.length),
      findings,
      records,
      data: { hosts: results, skippedHosts },
    };
  } finally {
    if (own) session.close();
  }
}

async function checkOne(host: string, resolver: Resolver): Promise<{ result: SpfHeloHost; finding?: Finding }> {
  const result: SpfHeloHost = { host, status: 'pass', records: [], results: [] };
  const parsed = parseDomain(host);
  // RFC 7208 §2.3: "This SPF check can only be performed when the "HELO" string is a valid, multi-label domain name."
  if (!parsed.ok || !parsed.name.includes('.')) {
    result.status = 'not-checkable';
    return { result };
  }
  const name = parsed.name;
  const lookup = await lookupSpfRecords(resolver, name);
  if (lookup.status === 'error') {
    result.status = 'error';
    const message = `The TXT lookup of ${name} (an MX host, checked as a HELO name) failed: ${lookup.error.message}`;
    return { result, finding: createFinding(spfHeloFindings, 'spf.helo-dns-error', message, { at: name }) };
  }
  if (lookup.status === 'none') {
    result.status = 'no-record';
    const message = `${name} has no SPF record, so a receiver's check of it as the HELO name gives "none" (RFC 7208 §2.3).`;
    return { result, finding: createFinding(spfHeloFindings, 'spf.helo-no-record', message, { at: name }) };
  }
  result.records = lookup.records.map((record) => record.text);
  const addresses: string[] = [];
  for (const type of ['A', 'AAAA'] as const) {
    const answer = await resolver.resolve(name, type);
    if (answer.status === 'error') {
      result.status = 'error';
      const message = `The ${type} lookup of ${name} (an MX host, checked as a HELO name) failed: ${answer.error.message}`;
      return { result, finding: createFinding(spfHeloFindings, 'spf.helo-dns-error', message, { at: name }) };
    }
    if (answer.status === 'answer') addresses.push(...answer.records.map((record) => String(record.data)));
  }
  if (addresses.length === 0) {
    result.status = 'no-address';
    return { result };
  }
  for (const ip of addresses.slice(0, MAX_ADDRESSES)) {
    // RFC 7208 §2.3: check_host() with the HELO identity as the <sender>; §4.3 makes it postmaster@ the name.
    const evaluated = await checkHost({ ip, domain: name, sender: '', helo: name }, { resolver });
    const entry: SpfHeloHost['results'][number] = { ip, result: evaluated.result };
    if (evaluated.reason !== undefined) entry.reason = evaluated.reason;
    result.results.push(entry);
  }
  if (result.results.some((entry) => entry.result === 'temperror')) {
    result.status = 'error';
    const reason = result.results.find((entry) => entry.result === 'temperror')?.reason ?? 'a lookup failed';
    const message = `The SPF check of ${name} as a HELO name gave temperror: ${reason}`;
    return { result, finding: createFinding(spfHeloFindings, 'spf.helo-dns-error', message, { at: name }) };
  }
  const failing = result.results.filter((entry) => entry.result !== 'pass');
  if (failing.length === 0) return { result };
  result.status = 'not-authorized';
  const list = failing.map((entry) => `${entry.ip} gets ${entry.result}`).join(', ');
  const message = `Checked as the HELO name of its own addresses, ${name} does not pass its SPF record: ${list}.`;
  return { result, finding: createFinding(spfHeloFindings, 'spf.helo-not-authorized', message, { at: name }) };
}

function summarize(hosts: SpfHeloHost[], asked: number): string {
  if (hosts.length === 0) return 'No host names to check as HELO identities.';
  const passing = hosts.filter((host) => host.status === 'pass').length;
  const more = asked > hosts.length ? ` (the first ${hosts.length} of ${asked})` : '';
  return `${passing} of ${hosts.length} hosts${more} pass an SPF check of their own name as the HELO identity.`;
}
