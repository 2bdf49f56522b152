import {
  checkDomain,
  createDohResolver,
  createLookupScheduler,
  type DnsResult,
  type FetchFunction,
  type RecordType,
  type Resolver,
} from '../core/index.js';
import { createMemoryResolver, mergeZoneData, type ZoneData } from '../core/testing.js';
import providers, { PROVIDER_SHAPES } from '../test/fixtures/zones/providers.js';
import reverse from '../test/fixtures/zones/reverse.js';
import tld from '../test/fixtures/zones/tld.js';
import { median } from './stats.js';

/**
 * Part `platform`: the realistic provider shapes (test/fixtures/zones/providers.ts — Google Workspace's dual-stack MX
 * hosts and netblock includes, Microsoft 365's tenant host and selector CNAMEs, ESP keys behind CNAMEs, DMARC at the
 * organizational domain) as the Workers platform meets them: at most 6 DoH exchanges in flight (the Worker's
 * scheduler, the platform's limit of simultaneous connections) at 50 ms an answer.
 */
export const PLATFORM_WIDTH = 6;

/** The zone data of the platform shapes, to serve beside the bench's own (with the `test` TLD the DMARC walk reaches). */
export const platformZones = (): ZoneData => mergeZoneData(providers, reverse, tld);

/** One shape's figures. */
export interface PlatformRow {
  shape: string;
  domain: string;
  /** Lookups of one check (the session's count; what a recursive DoH resolver, which returns CNAME chains whole, is sent). */
  queries: number;
  /**
   * DoH exchanges through the test stack: Knot is authoritative and answers a CNAME into another zone with the CNAME
   * alone, so the DoH client asks the target too (one more exchange, and one more round trip, per such hop).
   */
  fetches: number;
  /** Provider-default DKIM keys found, of those the shape publishes. */
  keys: string;
  /** Round trips of the check's own dependency chain with nothing bounding it (simulated; CNAME hops as the stack answers them). */
  criticalPath: number;
  /** max(critical path, ⌈fetches ÷ 6⌉): a lower bound of the round trips 6 exchanges at a time allow. */
  limitRounds: number;
  /** The rounds the check's own schedule takes 6 wide at a fixed round trip (simulated, the Worker's scheduler). */
  scheduledRounds: number;
  /** Median wall time of a check through the 6-wide gate at 50 ms an answer. */
  wallMs: number;
  /** wall ÷ (limitRounds × one round trip). */
  ratio: number;
  runs: number[];
}

/**
 * The round trips of a check's dependency chain with unbounded concurrency: every query asked while the check runs is
 * held, and all the held ones are answered together once the check can ask nothing more (one round trip). An answer
 * reached through k CNAMEs into other zones takes k more rounds, as through the test stack. Counts the exchanges too.
 * With `width`, the check runs with a lookup scheduler that wide: the rounds its schedule needs at a fixed round trip.
 */
export async function simulateRounds(
  zones: ZoneData,
  domain: string,
  width?: number,
): Promise<{ rounds: number; fetches: number }> {
  const memory = createMemoryResolver(zones, { recordCalls: false });
  const held: Array<{ due: number; answer: () => void }> = [];
  let round = 0;
  let fetches = 0;
  const resolver: Resolver = {
    resolve<T extends RecordType>(name: string, type: T): Promise<DnsResult<T>> {
      return memory.resolve(name, type).then(
        (result) =>
          new Promise<DnsResult<T>>((resolve) => {
            const hops = result.status === 'error' ? 0 : result.cnames.length;
            fetches += 1 + hops;
            held.push({ due: round + 1 + hops, answer: () => resolve(result) });
          }),
      );
    },
  };
  let done = false;
  // With a width, the Worker's own scheduler decides which lookups go first, as in a real check.
  const scheduler = width ? { scheduler: createLookupScheduler({ concurrency: width }) } : {};
  const check = checkDomain(domain, { resolver, ...scheduler }).then(() => {
    done = true;
  });
  while (!done) {
    // Everything the answers so far let the check ask has been asked once the event loop turns.
    await new Promise((resolve) => setImmediate(resolve));
    if (done) break;
    if (held.length === 0) continue;
    round = Math.min(...held.map((entry) => entry.due));
    for (const entry of held.filter((item) => item.due === round)) {
      held.splice(held.indexOf(entry), 1);
      entry.answer();
    }
  }
  await check;
  return { rounds: round, fetches };
}

/** Runs every platform shape `runs` times (after a warm-up) through the delayed DoH path, 6 exchanges at a time. */
export async function benchPlatform(slowDohUrl: string, rtt: number, runs: number): Promise<PlatformRow[]> {
  const zones = platformZones();
  const rows: PlatformRow[] = [];
  for (const { domain, shape, keys } of PROVIDER_SHAPES) {
    const simulated = await simulateRounds(zones, domain);
    const scheduled = await simulateRounds(zones, domain, PLATFORM_WIDTH);
    const walls: number[] = [];
    let queries = 0;
    let fetches = 0;
    let found: string[] = [];
    for (let i = 0; i <= runs; i++) {
      let count = 0;
      const counting: FetchFunction = (url, init) => {
        count++;
        return fetch(url, init as RequestInit);
      };
      // The Worker's configuration: a DoH client on the platform's fetch, a scheduler 6 wide.
      const resolver = createDohResolver({ endpoints: [slowDohUrl], fetch: counting });
      const start = performance.now();
      const outcome = await checkDomain(domain, {
        resolver,
        scheduler: createLookupScheduler({ concurrency: PLATFORM_WIDTH }),
      });
      const wall = performance.now() - start;
      if (!outcome.ok) throw new Error(`${domain}: ${outcome.error.message}`);
      if (!outcome.report.complete) throw new Error(`${domain}: the check through the slow path was not complete`);
      if (outcome.report.grade === null) throw new Error(`${domain}: a section was in error through the slow path`);
      if (i === 0) continue; // warm-up: connections opened
      walls.push(wall);
      queries = outcome.report.queries;
      fetches = count;
      found = outcome.report.sections.dkim.data.selectors.filter((entry) => entry.found).map((entry) => entry.selector);
    }
    const limitRounds = Math.max(simulated.rounds, Math.ceil(fetches / PLATFORM_WIDTH));
    const wallMs = median(walls);
    rows.push({
      shape,
      domain,
      queries,
      fetches,
      keys: `${keys.filter((key) => found.includes(key)).length}/${keys.length}`,
      criticalPath: simulated.rounds,
      limitRounds,
      scheduledRounds: scheduled.rounds,
      wallMs,
      ratio: wallMs / (limitRounds * rtt),
      runs: walls,
    });
  }
  return rows;
}
