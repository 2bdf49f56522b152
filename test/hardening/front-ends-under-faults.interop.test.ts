import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../worker/app.js';
import { createWorkspace, runAction } from '../action/harness.js';
import { type Fault, type FaultServer, refusedUrl, startFaultServer } from './fault-server.js';

// The API and the Action keep working while the resolver fails: the Worker answers 200 with sections in error and
// caches nothing; the committed Action bundle reports no regression, keeps the baseline, and warns that DNS could not
// answer. test/action/action-bundle.interop.test.ts covers a stack that stops mid-run; these are the other fault kinds.
const DOMAIN = 'report-good.test';
let server: FaultServer;
let refused: string;

beforeAll(async () => {
  server = await startFaultServer(inject('dohUrl'));
  refused = await refusedUrl();
});
afterAll(async () => {
  await server?.close();
});

const FRONT_END_FAULTS: Array<Fault | 'refused'> = [
  'http-500',
  'http-429',
  'content-type',
  'truncated-body',
  'random-bytes',
  'id-mismatch',
  'stall',
  'refused',
];
const urlOf = (fault: Fault | 'refused') => (fault === 'refused' ? refused : server.url(fault));

interface CheckBody {
  complete: boolean;
  sections: Record<string, { status: string; findings: Array<{ id: string }> }>;
}

describe('the Worker (app.request in Node) with a failing resolver', () => {
  const app = createApp();

  it.each(FRONT_END_FAULTS)(
    '%s: 200 with DNS errors, never cached, never a 5xx',
    async (fault) => {
      const env = { DOH_URL: urlOf(fault) };
      // A stalled resolver holds each request until the check's deadline: the three run side by side.
      const [check, badge, page] = await Promise.all([
        app.request(`/v1/check/${DOMAIN}?selector=s1`, {}, env),
        app.request(`/badge/${DOMAIN}.json`, {}, env),
        app.request(`/report/${DOMAIN}`, {}, env),
      ]);
      expect(check.status).toBe(200);
      expect(check.headers.get('Cache-Control')).toBe('no-store');
      const report = (await check.json()) as CheckBody;
      expect(report.complete).toBe(false);
      for (const name of ['spf', 'dmarc', 'dkim', 'mx']) {
        expect(report.sections[name]?.status, name).toBe('error');
        expect(report.sections[name]?.findings.map((finding) => finding.id)).not.toContain(`${name}.missing`);
      }
      expect(badge.status).toBeLessThan(500);
      expect(badge.headers.get('Cache-Control')).toBe('no-store');
      expect(page.status).toBeLessThan(500);
      expect(page.headers.get('Cache-Control')).toBe('no-store');
    },
    30_000,
  );
});

describe('the committed Action bundle with a failing resolver', () => {
  const fast = { 'dns-timeout-ms': '700', 'dns-retries': '1' };
  const inputs = { domains: DOMAIN, 'dkim-selectors': `${DOMAIN}: s1` };
  let dirs: { workspace: string; temp: string };
  let baseline: unknown;
  const readBaseline = async () =>
    (
      JSON.parse(await readFile(join(dirs.workspace, '.github/email-auth-baseline.json'), 'utf8')) as {
        domains: unknown;
      }
    ).domains;

  beforeAll(async () => {
    dirs = await createWorkspace();
    await mkdir(join(dirs.workspace, '.github'), { recursive: true });
    const first = await runAction({ ...fast, ...inputs, 'doh-url': inject('dohUrl'), 'update-baseline': 'true' }, dirs);
    if (first.code !== 0) throw new Error(first.stdout + first.stderr);
    baseline = await readBaseline();
  }, 60_000);

  it.each(FRONT_END_FAULTS)(
    '%s: passes with no regression, warns that DNS could not answer, keeps the baseline',
    async (fault) => {
      // Even when asked to update the baseline, an outage never becomes the new normal.
      const run = await runAction({ ...fast, ...inputs, 'doh-url': urlOf(fault), 'update-baseline': 'true' }, dirs);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.regressions).toBe('0');
      expect(run.commands.filter((command) => command.command === 'error')).toEqual([]);
      const warnings = run.commands.filter((command) => command.command === 'warning');
      expect(warnings.some((command) => command.properties.title?.includes('DNS could not answer'))).toBe(true);
      // The domain's entry is kept as it was (only the file's updatedAt may move).
      expect(await readBaseline()).toEqual(baseline);
    },
    60_000,
  );
});
