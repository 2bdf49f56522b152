import {
  auditSpf,
  checkDkim,
  checkDmarc,
  checkDomain,
  checkMx,
  createDohResolver,
  createLookupSession,
  type Resolver,
} from '../core/index.js';
import { checkPtrSection, ptrTargetsFromMx } from '../core/ptr/section.js';
import { createMemoryResolver, type ZoneData } from '../core/testing.js';
import { type CriticalPath, criticalPath, rootsOf, type Sections } from './critical-path.js';
import { median } from './stats.js';
import {
  DKIM_DOMAIN,
  DKIM_SELECTORS,
  DMARC_DOMAIN,
  MX_DOMAIN,
  REAL_DOMAIN,
  REAL_SELECTORS,
  SPF_SHAPES,
  spfDomain,
} from './zones.js';

/** One latency shape's figures (medians over the runs). */
export interface LatencyRow {
  shape: string;
  domain: string;
  wallMs: number;
  queries: number;
  criticalPath: CriticalPath;
  /** Round trips the client actually waited for: the depth of the latest-answered query in the observed schedule. */
  observedRounds: number;
  /** wall ÷ (critical path × one measured round trip); 1.0 is the physical limit. */
  ratio: number;
  /** For SPF shapes: wall ÷ (include depth × one round trip), the figure issue 3 asked for. */
  perDepth?: number;
  runs: number[];
}

interface Timed {
  key: string;
  start: number;
  end: number;
}

/** Wraps a resolver to record when each query was sent and answered. */
function timing(inner: Resolver): { resolver: Resolver; log: Timed[] } {
  const log: Timed[] = [];
  return {
    log,
    resolver: {
      async resolve(name, type, options) {
        const entry: Timed = { key: `${type} ${name}`, start: performance.now(), end: 0 };
        log.push(entry);
        const result = await inner.resolve(name, type, options);
        entry.end = performance.now();
        return result;
      },
    },
  };
}

/** How many round trips deep the schedule went: a query sent after another was answered is one round later. */
function observedRounds(log: Timed[], rtt: number): number {
  if (log.length === 0) return 0;
  const t0 = Math.min(...log.map((entry) => entry.start));
  const last = Math.max(...log.map((entry) => entry.end));
  return Math.round((last - t0) / rtt);
}

interface Shape {
  name: string;
  domain: string;
  sections: Sections;
  run: (domain: string, resolver: Resolver) => Promise<unknown>;
  depth?: number;
}

function shapes(): Shape[] {
  return [
    ...SPF_SHAPES.map(
      (shape): Shape => ({
        name: `SPF depth ${shape.depth}, ${shape.branches} branches`,
        domain: spfDomain(shape),
        sections: { spf: true },
        depth: shape.depth,
        run: (domain, resolver) => auditSpf(domain, { resolver }),
      }),
    ),
    {
      name: 'DMARC two levels up (tree walk)',
      domain: DMARC_DOMAIN,
      sections: { dmarc: true },
      run: (domain, resolver) => checkDmarc(domain, { resolver }),
    },
    {
      name: 'MX: 3 hosts, PTR + FCrDNS',
      domain: MX_DOMAIN,
      sections: { mx: true },
      run: async (domain, resolver) => {
        const mx = await checkMx(domain, { resolver });
        return checkPtrSection({ ips: ptrTargetsFromMx(mx.data), resolver });
      },
    },
    {
      name: 'DKIM: 3 named + discovery',
      domain: DKIM_DOMAIN,
      sections: { dkim: { selectors: DKIM_SELECTORS, discover: true } },
      run: (domain, resolver) => checkDkim(domain, { resolver, selectors: DKIM_SELECTORS }),
    },
    {
      name: 'checkDomain, realistic domain',
      domain: REAL_DOMAIN,
      sections: { spf: true, mx: true, dmarc: true, dkim: { selectors: REAL_SELECTORS, discover: true } },
      run: async (domain, resolver) => {
        const result = await checkDomain(domain, { resolver, selectors: REAL_SELECTORS });
        if (!result.ok) throw new Error(`checkDomain refused ${domain}: ${result.error.message}`);
      },
    },
  ];
}

/** Median wall time of one TXT query through the delayed endpoint: the unit the critical path is multiplied by. */
export async function measureRoundTrip(slowDohUrl: string, samples = 21): Promise<number> {
  const doh = createDohResolver({ endpoints: [slowDohUrl], retries: 0 });
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await doh.resolve(`_dmarc.${DMARC_DOMAIN}`, 'TXT');
    times.push(performance.now() - start);
  }
  return median(times.slice(1));
}

/** Runs every shape `runs` times through the delayed DoH endpoint (after one warm-up run each). */
export async function benchLatency(
  zones: ZoneData,
  slowDohUrl: string,
  rtt: number,
  runs: number,
  onShape?: (row: LatencyRow, log: string[]) => void,
): Promise<LatencyRow[]> {
  const zone = createMemoryResolver(zones);
  const rows: LatencyRow[] = [];
  for (const shape of shapes()) {
    const path = await criticalPath(zone, rootsOf(shape.domain, shape.sections));
    const walls: number[] = [];
    const counts: number[] = [];
    const rounds: number[] = [];
    let lastLog: string[] = [];
    for (let i = 0; i <= runs; i++) {
      const doh = createDohResolver({ endpoints: [slowDohUrl], retries: 0 });
      const { resolver, log } = timing(doh);
      // The same session bounds as checkDomain: memo and de-duplication apply to the single-section shapes too.
      const session = createLookupSession(resolver, { maxQueries: 300, deadlineMs: 15_000 });
      const start = performance.now();
      await shape.run(shape.domain, session);
      const wall = performance.now() - start;
      session.close();
      if (i === 0) continue; // warm-up: connections opened, JIT warmed
      walls.push(wall);
      counts.push(log.length);
      rounds.push(observedRounds(log, rtt));
      const t0 = Math.min(...log.map((entry) => entry.start));
      lastLog = log.map(
        (entry) =>
          `${((entry.start - t0) / rtt).toFixed(2).padStart(5)} → ${((entry.end - t0) / rtt).toFixed(2)}  ${entry.key}`,
      );
    }
    const wallMs = median(walls);
    const row: LatencyRow = {
      shape: shape.name,
      domain: shape.domain,
      wallMs,
      queries: median(counts),
      criticalPath: path,
      observedRounds: median(rounds),
      ratio: wallMs / (path.roundTrips * rtt),
      runs: walls,
    };
    if (shape.depth !== undefined) row.perDepth = wallMs / (shape.depth * rtt);
    rows.push(row);
    onShape?.(row, lastLog);
  }
  return rows;
}
