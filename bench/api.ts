import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { startWranglerDev } from '../test/worker/wrangler-dev.js';
import { REAL_DOMAIN } from './zones.js';

/** One load run against `/v1/check/{domain}`. */
export interface ApiRow {
  cache: 'cold' | 'warm';
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  /** Share of answers the Cache API served (`X-Cache: hit`). */
  hitShare: number;
}

const ROOT = resolve(import.meta.dirname, '..');

/**
 * The project's wrangler.toml with the per-client rate limit lifted, written to a scratch folder: a load test from
 * one address would otherwise measure 429 answers; and with the DNS answer cache off. Everything else (main, other
 * vars, compatibility date) is the Worker's.
 */
async function benchConfig(dir: string): Promise<string> {
  const original = await readFile(join(ROOT, 'wrangler.toml'), 'utf8');
  const config = original
    .replace(/^main\s*=\s*"([^"]+)"/m, (_, main: string) => `main = "${join(ROOT, main)}"`)
    .replace(/simple\s*=\s*\{[^}]*\}/, 'simple = { limit = 100000000, period = 60 }')
    // No DNS answer cache: a cold request (the same domain, a new selector) would find all but one answer kept.
    .replace(/^DNS_CACHE_ENTRIES\s*=.*$/m, 'DNS_CACHE_ENTRIES = "0"');
  const path = join(dir, 'wrangler.toml');
  await writeFile(path, config);
  return path;
}

/** Starts `wrangler dev` on 127.0.0.1 with the Worker pointed at `dohUrl` and the rate limit lifted. */
export async function startWorker(dohUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'mailposture-bench-worker-'));
  const worker = await startWranglerDev(dohUrl, { configPath: await benchConfig(dir) });
  return {
    url: worker.url,
    async stop() {
      await worker.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// Counts cache-busting selectors across runs, so no cold run repeats an earlier run's URL.
let counter = 0;

/** One autocannon run of `seconds`; `cold` gives every request its own URL (a cache-busting selector). */
async function load(url: string, connections: number, seconds: number, cold: boolean): Promise<ApiRow> {
  let hits = 0;
  let answered = 0;
  const run = autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request: { path: string }) => {
          counter++;
          request.path = cold
            ? `/v1/check/${REAL_DOMAIN}?selector=b${process.pid}x${counter}`
            : `/v1/check/${REAL_DOMAIN}`;
          return request;
        },
        onResponse: (_status: number, _body: string, _context: unknown, headers: Record<string, string>) => {
          answered++;
          if (headers?.['x-cache'] === 'hit') hits++;
        },
      },
    ],
  });
  const result = await run;
  return {
    cache: cold ? 'cold' : 'warm',
    connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    hitShare: answered > 0 ? hits / answered : 0,
  };
}

/** Waits until the Worker answers a cheap request quickly again: a cold run leaves checks running after it ends. */
async function drain(url: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const start = performance.now();
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (performance.now() - start < 100) return;
    } catch {
      // still busy
    }
    await new Promise((done) => setTimeout(done, 500));
  }
}

/**
 * Loads `/v1/check/{domain}` on wrangler dev against the zero-latency DoH endpoint: warm (one URL, served from the
 * Cache API after the first request) at `warm` concurrencies, then cold (a new URL each request) at `cold` ones.
 */
export async function benchApi(
  dohUrl: string,
  concurrencies: { warm: number[]; cold: number[] },
  seconds: number,
): Promise<ApiRow[]> {
  const worker = await startWorker(dohUrl);
  try {
    // Warm-up: workerd compiles the Worker and the connection pool to the DoH endpoint fills.
    await load(worker.url, 2, 2, true);
    await drain(worker.url);
    const rows: ApiRow[] = [];
    for (const cold of [false, true]) {
      for (const connections of cold ? concurrencies.cold : concurrencies.warm) {
        rows.push(await load(worker.url, connections, seconds, cold));
        await drain(worker.url);
      }
    }
    return rows;
  } finally {
    await worker.stop();
  }
}
