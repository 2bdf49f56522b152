/**
 * `npm run bench`: round-trip efficiency against the critical path, CPU cost per check, API throughput and bundle
 * sizes. Prints tables and writes bench/results.json. Never a test: nothing here asserts a timing.
 * BENCH_ONLY=latency,platform,cpu,api,workerd,list,sizes picks parts; BENCH_LOG=1 prints the query schedule of shapes
 * above 1.2.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mergeZoneData } from '../core/testing.js';
import { startDnsStack } from '../test/dns-stack/stack.js';
import { type ApiRow, benchApi } from './api.js';
import type { CpuResult } from './cpu.js';
import { benchLatency, type LatencyRow, measureRoundTrip } from './latency.js';
import { benchPlatform, PLATFORM_WIDTH, type PlatformRow, platformZones } from './platform.js';
import type { TransportCpuResult } from './platform-cpu.js';
import { type BundleSize, benchSizes } from './sizes.js';
import { round } from './stats.js';
import type { WorkerCpuRow } from './workerd.js';
import { benchZones } from './zones.js';

/**
 * Imports a bench module as one esbuild bundle, the way the Worker, the Action and the CLI ship core — not through
 * tsx's per-file transform, whose keepNames wraps every named closure (about 13 % more CPU on a check).
 */
async function loadBundled<T>(entry: string): Promise<T> {
  const { build } = await import('esbuild');
  const dir = await mkdtemp(join(tmpdir(), 'mailposture-bench-'));
  const outfile = join(dir, 'bundle.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  try {
    return (await import(pathToFileURL(outfile).href)) as T;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const DELAY_MS = 50;
const LATENCY_RUNS = 5;
const CPU_ROUNDS = 5;
const CPU_ROUND_MS = 1500;
const CPU_DISTINCT_DOMAINS = 2000;
const API_CONCURRENCIES = { warm: [1, 8, 32], cold: [1, 4, 8] };
const API_SECONDS = 5;
const WORKERD_ROUNDS = 3;
const TARGET_RATIO = 1.2;
const TARGET_CHECKS = 5000;
const PLATFORM_SHAPE = 'gw-m365-esp.test';
const TRANSPORT_ROUNDS = 7;
const TARGETS = { queries: 30, exchangeMs: 0.3, checkMs: 5, workerColdMs: 10 } as const;

const only = new Set((process.env.BENCH_ONLY ?? 'latency,platform,cpu,api,workerd,list,sizes').split(','));

function table(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map((r) => line(r.map(String)))]
    .join('\n')
    .concat('\n');
}

const machine = () => ({
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: round(totalmem() / 2 ** 30, 1),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  loadAverage: loadavg().map((value) => round(value, 2)),
  date: new Date().toISOString(),
});

async function main() {
  const zones = benchZones();
  const results: {
    machine: ReturnType<typeof machine>;
    delayMs: number;
    roundTripMs?: number;
    latency?: LatencyRow[];
    platform?: PlatformRow[];
    transport?: TransportCpuResult;
    cpu?: CpuResult;
    api?: ApiRow[];
    workerd?: WorkerCpuRow[];
    sizes?: BundleSize[];
    list?: import('./long-list.js').LongListRow;
    machineAfter?: ReturnType<typeof machine>;
  } = { machine: machine(), delayMs: DELAY_MS };
  const m = results.machine;
  process.stdout.write(
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, load ${m.loadAverage.join(' ')}\n\n`,
  );

  // The bench's own shapes and the realistic provider shapes of the tests (part `platform`), one stack for both.
  const stack = await startDnsStack({ zones: mergeZoneData(zones, platformZones()), delayMs: DELAY_MS });
  try {
    if (only.has('latency')) {
      const rtt = await measureRoundTrip(stack.slowDohUrl);
      results.roundTripMs = rtt;
      process.stdout.write(
        `1. Round-trip efficiency — one round trip through the ${DELAY_MS} ms path: ${rtt.toFixed(1)} ms\n`,
      );
      results.latency = await benchLatency(zones, stack.slowDohUrl, rtt, LATENCY_RUNS, (row, log) => {
        if (process.env.BENCH_LOG && row.ratio > TARGET_RATIO) {
          process.stdout.write(`  ${row.shape}: ratio ${row.ratio.toFixed(2)}; schedule in round trips:\n`);
          process.stdout.write(`${log.map((line) => `    ${line}`).join('\n')}\n`);
        }
      });
      process.stdout.write(
        table(
          [
            'shape',
            'wall ms',
            'queries',
            'ideal queries',
            'critical path',
            'rounds seen',
            'ratio',
            'per depth',
            'target',
          ],
          results.latency.map((row) => [
            row.shape,
            row.wallMs.toFixed(0),
            row.queries,
            row.criticalPath.lookups,
            row.criticalPath.roundTrips,
            row.observedRounds,
            row.ratio.toFixed(2),
            row.perDepth === undefined ? '' : row.perDepth.toFixed(2),
            row.ratio <= TARGET_RATIO ? 'met' : 'MISSED',
          ]),
        ),
      );
      process.stdout.write('\n');
    }

    if (only.has('platform')) {
      const rtt = results.roundTripMs ?? (await measureRoundTrip(stack.slowDohUrl));
      results.roundTripMs = rtt;
      results.platform = await benchPlatform(stack.slowDohUrl, rtt, LATENCY_RUNS);
      process.stdout.write(
        `1b. Realistic provider shapes through a ${PLATFORM_WIDTH}-wide gate at ${DELAY_MS} ms an answer (one round trip ${rtt.toFixed(1)} ms); limit = max(critical path, ⌈fetches ÷ ${PLATFORM_WIDTH}⌉) round trips\n`,
      );
      process.stdout.write(
        table(
          [
            'shape',
            'queries',
            'fetches',
            'keys found',
            'critical path',
            'limit',
            '6-wide schedule',
            'wall ms',
            'ratio',
            'target',
          ],
          results.platform.map((row) => [
            row.shape,
            row.queries,
            row.fetches,
            row.keys,
            row.criticalPath,
            row.limitRounds,
            row.scheduledRounds,
            row.wallMs.toFixed(0),
            row.ratio.toFixed(2),
            row.ratio <= TARGET_RATIO ? 'met' : 'MISSED',
          ]),
        ),
      );
      const target = results.platform.find((row) => row.domain === PLATFORM_SHAPE);
      const largest = Math.max(...results.platform.map((row) => row.queries));
      process.stdout.write(
        `queries on ${PLATFORM_SHAPE}: ${target?.queries} (target ≤ ${TARGETS.queries}: ${target && target.queries <= TARGETS.queries ? 'met' : 'MISSED'}); largest shape: ${largest} (≤ 50: ${largest <= 50 ? 'met' : 'MISSED'})\n`,
      );
      const { benchTransportCpu } = await loadBundled<typeof import('./platform-cpu.js')>('platform-cpu.ts');
      const transport = await benchTransportCpu(stack.dohUrl, PLATFORM_SHAPE, TRANSPORT_ROUNDS);
      results.transport = transport;
      process.stdout.write(
        `\n1c. Node CPU of this process, zero-latency DoH: per exchange (${transport.exchangesPerRound} lookups a round, 16 in flight) and per check of ${PLATFORM_SHAPE} as the CLI runs it (${transport.fetchesPerCheck} exchanges, ${transport.checksPerRound} checks a round); transports in alternate rounds, medians of ${TRANSPORT_ROUNDS}\n`,
      );
      process.stdout.write(
        table(
          ['transport', 'CPU µs an exchange', 'target ≤ 300', 'CPU ms a check', 'target ≤ 5'],
          transport.rows.map((row) => [
            row.transport,
            row.exchangeMicros.toFixed(0),
            row.exchangeMicros <= TARGETS.exchangeMs * 1000 ? 'met' : 'MISSED',
            row.checkMs.toFixed(1),
            row.checkMs <= TARGETS.checkMs ? 'met' : 'MISSED',
          ]),
        ),
      );
      process.stdout.write('\n');
    }

    if (only.has('cpu')) {
      const { benchCpu } = await loadBundled<typeof import('./cpu.js')>('cpu.ts');
      const cpu = await benchCpu(zones, stack.dohUrl, CPU_ROUNDS, CPU_ROUND_MS, CPU_DISTINCT_DOMAINS);
      results.cpu = cpu;
      const distinct = cpu.distinctDomains;
      const domains = distinct.domains.toLocaleString('en-US');
      process.stdout.write('2. CPU cost of checkDomain (memory resolver, zero latency; per CPU second = one core)\n');
      process.stdout.write(
        table(
          ['figure', 'value'],
          [
            ['full checks / CPU second, one domain repeated', cpu.checksPerCpuSecond.toFixed(0)],
            ['CPU µs per check, one domain repeated', cpu.cpuMicrosPerCheck.toFixed(0)],
            [`full checks / CPU second, ${domains} distinct domains`, distinct.checksPerCpuSecond.toFixed(0)],
            [`CPU µs per check, ${domains} distinct domains`, distinct.cpuMicrosPerCheck.toFixed(0)],
            [
              `DKIM discovery, distinct domains: CPU µs per check with / without (alternate rounds)`,
              `${cpu.discovery.with.cpuMicrosPerCheck.toFixed(0)} / ${cpu.discovery.without.cpuMicrosPerCheck.toFixed(0)}`,
            ],
            [
              'DKIM discovery: queries per check with / without',
              `${cpu.discovery.with.queriesPerCheck} / ${cpu.discovery.without.queriesPerCheck}`,
            ],
            ['full checks / wall second, one domain repeated', cpu.checksPerWallSecond.toFixed(0)],
            [`full checks / wall second, ${domains} distinct domains`, distinct.checksPerWallSecond.toFixed(0)],
            ['queries per check', cpu.queriesPerCheck],
            ['peak RSS MiB', cpu.memory.peakRssMiB.toFixed(1)],
            ['peak heap used MiB', cpu.memory.peakHeapUsedMiB.toFixed(1)],
            ['heap after GC MiB', cpu.memory.heapAfterGcMiB.toFixed(1)],
            ...Object.entries(cpu.parts).map(([name, part]): [string, string] => [
              `${name} µs per check (share)`,
              `${part.micros.toFixed(0)} (${(part.share * 100).toFixed(1)} %)`,
            ]),
            [
              `target (${domains} distinct domains)`,
              distinct.checksPerCpuSecond >= TARGET_CHECKS ? 'met' : `MISSED (${TARGET_CHECKS}/s)`,
            ],
          ],
        ),
      );
      process.stdout.write('\n');
    }

    if (only.has('api')) {
      results.api = await benchApi(stack.dohUrl, API_CONCURRENCIES, API_SECONDS);
      process.stdout.write(
        `3. API: GET /v1/check/{domain} on wrangler dev, zero-latency DNS, ${API_SECONDS} s a run\n`,
      );
      process.stdout.write(
        table(
          ['cache', 'connections', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'cache hits'],
          results.api.map((row) => [
            row.cache,
            row.connections,
            row.requests,
            row.requestsPerSecond.toFixed(1),
            row.p50Ms,
            row.p99Ms,
            row.non2xx,
            row.errors,
            `${(row.hitShare * 100).toFixed(0)} %`,
          ]),
        ),
      );
      process.stdout.write('\n');
    }

    if (only.has('workerd')) {
      // Loaded only now: Miniflare is large, and loaded earlier it would sit in the heap the CPU part measures.
      const { benchWorkerCpu } = await import('./workerd.js');
      const rows = await benchWorkerCpu(mergeZoneData(zones, platformZones()), stack.dohUrl, WORKERD_ROUNDS, [
        PLATFORM_SHAPE,
      ]);
      process.stdout.write('3b. Worker CPU per request in workerd (Miniflare, no dev proxy), zero-latency DNS\n');
      if (!rows) process.stdout.write('skipped: no /proc to read the CPU time of workerd from\n\n');
      else {
        results.workerd = rows;
        process.stdout.write(
          table(
            ['request', 'requests', 'workerd CPU ms a request', 'wall ms a request', 'cold check ≤ 10 ms'],
            rows.map((row) => [
              row.request,
              row.requests,
              row.cpuMsPerRequest.toFixed(1),
              row.wallMsPerRequest.toFixed(1),
              /cache cold$/.test(row.request) ? (row.cpuMsPerRequest <= TARGETS.workerColdMs ? 'met' : 'MISSED') : '',
            ]),
          ),
        );
        process.stdout.write('\n');
      }
    }
  } finally {
    await stack.stop();
  }

  if (only.has('list')) {
    // Its own stack: the generated domains of test/fixtures/zones/verdicts.ts, with no delay.
    const { benchLongList, longListZones } = await import('./long-list.js');
    const { BULK_DOMAINS } = await import('../test/fixtures/zones/verdicts.js');
    const listStack = await startDnsStack({ zones: longListZones() });
    try {
      const row = await benchLongList(listStack.dohUrl, BULK_DOMAINS);
      results.list = row;
      process.stdout.write('5. A long domain list through the CLI\n');
      process.stdout.write(
        table(
          ['domains', 'exit', 'wall s', 'queries', 'longest domain ms', 'deadline errors', 'outcomes'],
          [
            [
              row.domains,
              String(row.exitCode),
              row.wallSeconds.toFixed(1),
              row.queries,
              row.longestDomainMs,
              row.deadlineDomains,
              JSON.stringify(row.outcomes),
            ],
          ],
        ),
      );
      process.stdout.write('\n');
    } finally {
      await listStack.stop();
    }
  }
  if (only.has('sizes')) {
    results.sizes = await benchSizes();
    process.stdout.write('4. Bundle sizes\n');
    process.stdout.write(
      table(
        ['bundle', 'KiB', 'gzip KiB'],
        results.sizes.map((row) => [row.bundle, row.kib.toFixed(1), row.gzipKib.toFixed(1)]),
      ),
    );
  }
  results.machineAfter = machine();
  await writeFile(join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write('\nwritten: bench/results.json\n');
}

await main();
