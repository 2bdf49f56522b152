import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Miniflare } from 'miniflare';
import { encodeQuery, toBase64Url } from '../core/dns/wire.js';
import { checkDomain, createLookupSession, type RecordType } from '../core/index.js';
import { createMemoryResolver, type ZoneData } from '../core/testing.js';
import { buildWorkerBundle } from './sizes.js';
import { median } from './stats.js';
import { REAL_DOMAIN } from './zones.js';

/** CPU of the workerd process per request, one kind of request. */
export interface WorkerCpuRow {
  request: string;
  requests: number;
  /** Median over the rounds of the workerd process's CPU time (user + system) per request. */
  cpuMsPerRequest: number;
  wallMsPerRequest: number;
}

const ROOT = resolve(import.meta.dirname, '..');

// Linux's clock tick for /proc/<pid>/stat times: 100 a second on every common build.
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds used so far by the workerd processes this process started (Miniflare runs workerd as a child), read
 * from /proc; `undefined` where there is no /proc.
 */
function workerdCpuSeconds(): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return undefined;
  }
  let total = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      // Fields after the name: state, ppid, …; utime and stime are the 14th and 15th fields of the whole line.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (name !== 'workerd' || Number(fields[1]) !== process.pid) continue;
      total += (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

/** A Worker that only sends the given DoH GETs, all at once, and reads their bodies: a check's subrequests alone. */
const FETCH_ONLY_WORKER = `export default {
  async fetch(request, env) {
    const urls = JSON.parse(env.URLS);
    await Promise.all(urls.map(async (url) => {
      const response = await fetch(url, { headers: { accept: 'application/dns-message' } });
      await response.arrayBuffer();
    }));
    return new Response('ok');
  },
};`;

/**
 * The Worker's CPU per request in bare workerd (Miniflare, with none of wrangler dev's proxy), against the
 * zero-latency DoH stack: a cold check, a cached one, `/health`, and the check's DoH subrequests sent alone. The
 * figure is the whole workerd process's CPU time, so an upper bound of the isolate's; `undefined` without /proc.
 */
export async function benchWorkerCpu(
  zones: ZoneData,
  dohUrl: string,
  rounds: number,
  /** More domains whose cold check (DNS answer cache off) gets a row of its own. */
  coldDomains: readonly string[] = [],
): Promise<WorkerCpuRow[] | undefined> {
  if (workerdCpuSeconds() === undefined) return undefined;
  // The queries of one cold check below: the realistic domain with one selector of its own.
  const session = createLookupSession(createMemoryResolver(zones), { maxQueries: 300 });
  await checkDomain(REAL_DOMAIN, { resolver: session, selectors: ['cpu'] });
  session.close();
  const dir = await mkdtemp(join(tmpdir(), 'mailposture-bench-workerd-'));
  const urls = session.stats.log.map((entry) => {
    const [type, name] = entry.split(' ') as [RecordType, string];
    return `${dohUrl}?dns=${toBase64Url(encodeQuery(name, type))}`;
  });
  try {
    await buildWorkerBundle(dir);
    // The Worker as uploaded, with wrangler.toml's compatibility date.
    const config = await readFile(join(ROOT, 'wrangler.toml'), 'utf8');
    const compatibilityDate = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(config)?.[1];
    if (!compatibilityDate) throw new Error('wrangler.toml names no compatibility_date');
    const bundle = { modules: true, modulesRoot: dir, scriptPath: join(dir, 'index.js'), compatibilityDate };
    const mf = new Miniflare({
      workers: [
        // Every check sends all its queries: no answer is kept from an earlier request.
        { name: 'mailposture', ...bundle, bindings: { DOH_URL: dohUrl, DNS_CACHE_ENTRIES: '0' } },
        // The deployed default: the isolate keeps DNS answers across requests.
        { name: 'mailposture-dns-cache', ...bundle, bindings: { DOH_URL: dohUrl } },
        {
          name: 'fetch-only',
          modules: true,
          script: FETCH_ONLY_WORKER,
          compatibilityDate,
          bindings: { URLS: JSON.stringify(urls) },
        },
      ],
    });
    try {
      return await measure(mf, urls.length, rounds, coldDomains);
    } finally {
      await mf.dispose();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs every kind of request `rounds` times against the three Workers of `mf`. */
async function measure(
  mf: Miniflare,
  subrequests: number,
  rounds: number,
  coldDomains: readonly string[],
): Promise<WorkerCpuRow[]> {
  const url = await mf.ready;
  let counter = 0;
  const fetchOnly = await mf.getWorker('fetch-only');
  const dnsCached = await mf.getWorker('mailposture-dns-cache');
  // Miniflare's Response is undici's, not the DOM's: only what is read of it is typed here.
  type Answer = { status: number; arrayBuffer(): Promise<ArrayBuffer> };
  const kinds: Array<{ request: string; requests: number; send: () => Promise<Answer> }> = [
    { request: 'GET /health', requests: 200, send: () => mf.dispatchFetch(new URL('/health', url)) },
    {
      request: `GET /v1/check/${REAL_DOMAIN}, cache warm`,
      requests: 100,
      send: () => mf.dispatchFetch(new URL(`/v1/check/${REAL_DOMAIN}`, url)),
    },
    {
      request: `GET /v1/check/${REAL_DOMAIN}, cache cold`,
      requests: 30,
      // A selector of its own makes each request a new check (and a new cache key).
      send: () => mf.dispatchFetch(new URL(`/v1/check/${REAL_DOMAIN}?selector=cpu${counter++}`, url)),
    },
    {
      request: `GET /v1/check/${REAL_DOMAIN}, cache cold, DNS answers kept from earlier checks`,
      requests: 30,
      // The same domain with a new selector: every answer but the new selector's is in the isolate's cache.
      send: () => dnsCached.fetch(`http://mailposture/v1/check/${REAL_DOMAIN}?selector=dns${counter++}`),
    },
    ...coldDomains.map((domain) => ({
      request: `GET /v1/check/${domain}, cache cold`,
      requests: 30,
      send: () => mf.dispatchFetch(new URL(`/v1/check/${domain}?selector=cpu${counter++}`, url)),
    })),
    {
      request: `its ${subrequests} DoH subrequests alone`,
      requests: 30,
      send: () => fetchOnly.fetch('http://fetch-only/'),
    },
  ];
  const rows: WorkerCpuRow[] = [];
  for (const kind of kinds) {
    for (let i = 0; i < 5; i++) await (await kind.send()).arrayBuffer(); // warm-up: JIT, cache entry, connections
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const cpu0 = workerdCpuSeconds() ?? 0;
      const start = performance.now();
      for (let i = 0; i < kind.requests; i++) {
        const response = await kind.send();
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${kind.request} answered HTTP ${response.status}`);
      }
      wall.push((performance.now() - start) / kind.requests);
      cpu.push((((workerdCpuSeconds() ?? 0) - cpu0) * 1000) / kind.requests);
    }
    rows.push({
      request: kind.request,
      requests: kind.requests * rounds,
      cpuMsPerRequest: median(cpu),
      wallMsPerRequest: median(wall),
    });
  }
  return rows;
}
