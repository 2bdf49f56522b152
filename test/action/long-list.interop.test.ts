import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { escapeMarkdown } from '../../action/markdown.js';
import { RUN_BOUNDS, type RunResult } from '../../action/run.js';
import { type CountingProxy, startCountingProxy } from '../dns-stack/counting-proxy.js';
import { bulkDomain } from '../fixtures/zones/verdicts.js';
import { createWorkspace, runAction, runCli } from './harness.js';

// Generated domains of test/fixtures/zones/verdicts.ts (MX with FCrDNS, SPF, DMARC with rua, a DKIM key, so each
// check also probes the common selectors: over 30 lookups a domain), through a pass-through that counts exchanges.
const LIST = 120;
const cwd = () => mkdtemp(join(tmpdir(), 'mailposture-list-'));

let proxy: CountingProxy;
beforeAll(async () => {
  proxy = await startCountingProxy(inject('dohUrl'));
});
afterAll(() => proxy?.close());

async function counts(tag: string): Promise<{ queries: number; maxInFlight: number }> {
  return (await fetch(`${proxy.base}/${tag}/count`)).json() as Promise<{ queries: number; maxInFlight: number }>;
}

describe('a long domain list through the CLI (over the real DNS stack)', () => {
  it(`checks ${LIST} domains within one bound on exchanges in flight: none ends in a deadline, each is graded`, async () => {
    const domains = Array.from({ length: LIST }, (_, i) => bulkDomain(i));
    const started = Date.now();
    const run = await runCli(['check', ...domains, '--doh-url', `${proxy.base}/list/dns-query`, '--json'], await cwd());
    const wall = Date.now() - started;
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as RunResult;
    expect(result.domains).toHaveLength(LIST);
    expect(result.domains.filter((outcome) => outcome.dnsErrors.length > 0).map((o) => o.domain)).toEqual([]);
    expect(run.stdout).not.toContain('deadline');
    expect(result.verdict.status).toBe('passed');
    expect(result.grade).toBe('A');
    const { queries, maxInFlight } = await counts('list');
    // Every lookup of the run went through the shared bound, and every domain's check was made.
    expect(queries).toBe(result.domains.reduce((sum, outcome) => sum + outcome.report.queries, 0));
    expect(queries).toBeGreaterThan(LIST * 20);
    expect(maxInFlight).toBeLessThanOrEqual(RUN_BOUNDS.exchanges);
    // A domain's deadline runs from when its own check starts: each took a fraction of the run, not the whole run.
    const longest = Math.max(...result.domains.map((outcome) => outcome.report.elapsedMs));
    expect(longest).toBeLessThan(wall / 4);
  }, 180_000);
});

describe('a run where nothing could be checked', () => {
  const domains = ['worker.test', 'worker-weak.test', 'b0.bulk.verdicts.test'];

  it.each([
    ['the resolver is down (HTTP 403)', () => inject('downDohUrl')],
    ['nothing listens on the port', () => 'http://127.0.0.1:9/dns-query'],
  ])('is incomplete, never passed, in the Action when %s; fail-on: error fails it', async (_case, url) => {
    const dirs = await createWorkspace();
    const inputs = { domains: domains.join(', '), 'doh-url': url(), 'dns-timeout-ms': '1000', 'dns-retries': '0' };
    const run = await runAction(inputs, dirs);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.grade).toBe('');
    expect(run.report?.grade).toBeNull();
    expect(run.report?.verdict.status).toBe('incomplete');
    expect(run.report?.verdict.unknown).toEqual(domains);
    const head = run.summary.split('\n')[0];
    expect(head).toMatch(/^## Email authentication: ❔ incomplete: DNS failed for worker\\?\.test \(every check\)/);
    expect(run.summary).not.toMatch(/passed/i);
    expect(run.summary).toContain('Worst grade **unknown**');
    for (const domain of domains) {
      expect(run.summary).toContain(`### ${escapeMarkdown(domain)} — grade unknown (incomplete: DNS failed for`);
    }
    expect(run.stdout).not.toMatch(/check passed/);
    expect(run.commands.some((c) => c.command === 'warning' && c.message.includes('incomplete: DNS failed for'))).toBe(
      true,
    );

    const strict = await runAction({ ...inputs, 'fail-on': 'error' }, dirs);
    expect(strict.code).toBe(1);
    expect(strict.report?.verdict.status).toBe('failed');
  });

  it('is incomplete in the CLI: exit 3, "Incomplete: DNS failed for …", no grade', async () => {
    const run = await runCli(
      ['check', ...domains, '--doh-url', inject('downDohUrl'), '--dns-timeout-ms', '1000', '--dns-retries', '0'],
      await cwd(),
    );
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^Incomplete: DNS failed for worker\.test \(every check\), worker-weak\.test/m);
    expect(run.stdout).toContain('worker.test  grade unknown (incomplete: DNS failed for worker.test (every check))');
    expect(run.stdout).not.toMatch(/Passed|grade [A-F]\b/);
    const never = await runCli(
      ['check', ...domains, '--doh-url', inject('downDohUrl'), '--dns-retries', '0', '--fail-on', 'never'],
      await cwd(),
    );
    expect(never.code).toBe(0);
    expect(never.stdout).toMatch(/^Incomplete: /m);
  });
});
