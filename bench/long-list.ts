/**
 * A long domain list through the CLI, as a user runs it: `mailposture check <N domains> --json` against the real DNS
 * stack serving test/fixtures/zones/verdicts.ts's generated domains. Prints the exit code, the wall time and how
 * each domain ended. Never a test (test/action/long-list.interop.test.ts asserts the bound on a shorter list).
 * `npx tsx bench/long-list.ts [N]` alone, or part `list` of `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunResult } from '../action/run.js';
import { RUN_BOUNDS } from '../action/run.js';
import { mergeZoneData } from '../core/dns/index.js';
import { startDnsStack } from '../test/dns-stack/stack.js';
import doh from '../test/fixtures/zones/doh.js';
import reverse from '../test/fixtures/zones/reverse.js';
import tld from '../test/fixtures/zones/tld.js';
import verdicts, { BULK_DOMAINS, bulkDomain } from '../test/fixtures/zones/verdicts.js';

/** One run of the list. */
export interface LongListRow {
  domains: number;
  exitCode: number | null;
  wallSeconds: number;
  /** How the domains ended: `grade A` …, or `unknown (<error codes>)`. */
  outcomes: Record<string, number>;
  /** Domains with a lookup that ended in `deadline`. */
  deadlineDomains: number;
  queries: number;
  /** The longest single domain's check, ms. */
  longestDomainMs: number;
}

/** Bundles the CLI as `npm run build` does (one ESM file for Node) into a temp folder. */
async function bundleCli(dir: string): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = join(dir, 'cli.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('../action/cli.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}

function run(cli: string, args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

/** Runs the CLI over the first `count` generated domains against `dohUrl`. */
export async function benchLongList(dohUrl: string, count: number): Promise<LongListRow> {
  const dir = await mkdtemp(join(tmpdir(), 'mailposture-list-'));
  try {
    const cli = await bundleCli(dir);
    const domains = Array.from({ length: count }, (_, i) => bulkDomain(i));
    const started = performance.now();
    const { code, stdout } = await run(cli, ['check', ...domains, '--doh-url', dohUrl, '--json']);
    const wallSeconds = (performance.now() - started) / 1000;
    const result = JSON.parse(stdout) as RunResult;
    const outcomes: Record<string, number> = {};
    let deadlineDomains = 0;
    for (const outcome of result.domains) {
      const codes = new Set<string>();
      for (const section of Object.values(outcome.report.sections)) {
        for (const finding of section.findings) {
          const code = /failed \(([\w-]+)/.exec(finding.message)?.[1];
          if (finding.id.endsWith('dns-error') && code) codes.add(code);
        }
      }
      if (codes.has('deadline')) deadlineDomains++;
      const key = outcome.dnsErrors.length > 0 ? `unknown (${[...codes].join(', ')})` : `grade ${outcome.report.grade}`;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    }
    return {
      domains: count,
      exitCode: code,
      wallSeconds,
      outcomes,
      deadlineDomains,
      queries: result.domains.reduce((sum, outcome) => sum + outcome.report.queries, 0),
      longestDomainMs: Math.max(...result.domains.map((outcome) => outcome.report.elapsedMs)),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The zones the list needs: the generated domains, the reverse trees, the `test` TLD and the stack's health-check zone. */
export const longListZones = () => mergeZoneData(verdicts, reverse, tld, doh);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const count = Number(process.argv[2] ?? BULK_DOMAINS);
  const stack = await startDnsStack({ zones: longListZones() });
  try {
    const row = await benchLongList(stack.dohUrl, count);
    process.stdout.write(
      `${row.domains} domains through the CLI (bounds: ${RUN_BOUNDS.exchanges} exchanges in flight, ${RUN_BOUNDS.domains} domains at once)\n` +
        `exit ${row.exitCode} · ${row.wallSeconds.toFixed(1)} s · ${row.queries} queries · longest domain ${row.longestDomainMs} ms · domains with a deadline error: ${row.deadlineDomains}\n` +
        `outcomes: ${JSON.stringify(row.outcomes)}\n`,
    );
  } finally {
    await stack.stop();
  }
}
