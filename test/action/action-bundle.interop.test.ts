import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDnsStack } from '../dns-stack/stack.js';
import { type ActionRun, createWorkspace, runAction, startCuttingProxy, useBeforeAfterStacks } from './harness.js';
import { DOMAINS, sendingIp, zonesBefore } from './zones.js';

const stacks = useBeforeAfterStacks();

const BASELINE = '.github/email-auth-baseline.json';
const fast = { 'dns-timeout-ms': '1500', 'dns-retries': '1' };

/** Runs the Action with update-baseline against the "before" stack so the workspace holds a baseline. */
async function withBaseline(inputs: Record<string, string>) {
  const dirs = await createWorkspace();
  const first = await runAction(
    { ...fast, ...inputs, 'doh-url': stacks.before.dohUrl, 'update-baseline': 'true' },
    dirs,
  );
  expect(first.code, first.stdout + first.stderr).toBe(0);
  expect(existsSync(join(dirs.workspace, BASELINE))).toBe(true);
  return dirs;
}

/** Keeps a job summary under test-output/ for people to read (the CI uploads that folder). */
async function keepSummary(name: string, run: ActionRun): Promise<void> {
  const dir = join(process.cwd(), 'test-output', 'action');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${name}.md`), run.summary);
}

const errors = (run: ActionRun) => run.commands.filter((command) => command.command === 'error');
const warnings = (run: ActionRun) => run.commands.filter((command) => command.command === 'warning');

describe('the committed Action bundle, run as a runner runs it', () => {
  it('passes a first run without a baseline, says how to create it, and writes it with update-baseline', async () => {
    const dirs = await createWorkspace();
    const inputs = {
      ...fast,
      domains: DOMAINS.steady.apex,
      'doh-url': stacks.before.dohUrl,
      'dkim-selectors': 's1, s2',
    };
    const first = await runAction(inputs, dirs);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.summary).toContain('No baseline yet');
    expect(first.summary).toContain('update-baseline: true');
    expect(first.commands.some((c) => c.command === 'notice' && c.message.includes('update-baseline'))).toBe(true);
    expect(existsSync(join(dirs.workspace, BASELINE))).toBe(false);
    expect(first.outputs.regressions).toBe('0');
    expect(first.outputs.grade).toMatch(/^[A-F]$/);
    expect(first.report?.domains[0]?.domain).toBe(DOMAINS.steady.apex);

    const second = await runAction({ ...inputs, 'update-baseline': 'true' }, dirs);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const baseline = JSON.parse(await readFile(join(dirs.workspace, BASELINE), 'utf8'));
    expect(baseline.version).toBe(1);
    expect(Object.keys(baseline.domains)).toEqual([DOMAINS.steady.apex]);
    expect(baseline.domains[DOMAINS.steady.apex].grade).toBe(second.outputs.grade);
    expect(second.summary).toContain('Baseline written');
  });

  it('passes when nothing changed since the baseline', async () => {
    const inputs = {
      domains: DOMAINS.steady.apex,
      'dkim-selectors': `${DOMAINS.steady.apex}: s1, s2`,
      'sending-ips': `${DOMAINS.steady.apex}: ${sendingIp(DOMAINS.steady.octet)}`,
    };
    const dirs = await withBaseline(inputs);
    const run = await runAction({ ...fast, ...inputs, 'doh-url': stacks.after.dohUrl }, dirs);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.regressions).toBe('0');
    expect(errors(run)).toEqual([]);
    expect(run.report?.domains[0]?.baseline).toBe('compared');
    expect(run.summary).toContain('✅ passed');
    expect(run.summary).toContain(`### ${DOMAINS.steady.apex} — grade ${run.outputs.grade}`);
    for (const check of ['SPF', 'DMARC', 'DKIM', 'MX', 'PTR']) expect(run.summary).toContain(`| ${check} |`);
  });

  it('fails when DMARC is weakened from reject to none, with an annotation naming it', async () => {
    // Two domains in one run: only the one whose DMARC changed regresses.
    const inputs = { domains: `${DOMAINS.steady.apex}\n${DOMAINS.dmarc.apex}`, 'dkim-selectors': 's1, s2' };
    const dirs = await withBaseline(inputs);
    const run = await runAction({ ...fast, ...inputs, 'doh-url': stacks.after.dohUrl }, dirs);
    await keepSummary('dmarc-weakened', run);
    expect(run.code).toBe(1);
    const [steady, dmarcOutcome] = run.report?.domains ?? [];
    expect(steady?.diff?.regressions).toEqual([]);
    expect(dmarcOutcome?.diff?.regressions.some((change) => change.section === 'dmarc')).toBe(true);
    expect(run.outputs.grade).toBe(run.report?.grade);
    expect(errors(run).every((c) => !c.properties.title?.startsWith(`${DOMAINS.steady.apex}:`))).toBe(true);
    expect(Number(run.outputs.regressions)).toBeGreaterThanOrEqual(1);
    const dmarc = errors(run).filter((c) => c.properties.title?.includes('DMARC regressed'));
    expect(dmarc.length, run.stdout).toBeGreaterThanOrEqual(1);
    expect(dmarc[0]!.properties.title).toContain(DOMAINS.dmarc.apex);
    expect(run.summary).toContain('❌ failed');
    expect(run.summary).toContain('**Regressions**');
    expect(run.summary).toContain('Fix:');
    expect(run.stdout).toContain('::error::Email authentication check failed');
    // The runner's own view: the step failed because of the regression, not because of anything else.
    expect(run.report?.verdict.failures.every((f) => f.kind === 'regression' || f.kind === 'grade')).toBe(true);
  });

  it('fails when a DKIM selector is removed', async () => {
    const inputs = { domains: DOMAINS.dkim.apex, 'dkim-selectors': `${DOMAINS.dkim.apex}: s1, s2` };
    const dirs = await withBaseline(inputs);
    const run = await runAction({ ...fast, ...inputs, 'doh-url': stacks.after.dohUrl }, dirs);
    expect(run.code).toBe(1);
    expect(Number(run.outputs.regressions)).toBeGreaterThanOrEqual(1);
    const dkim = run.report?.domains[0]?.diff?.regressions.filter((change) => change.section === 'dkim') ?? [];
    expect(dkim.length, JSON.stringify(run.report?.domains[0]?.diff)).toBeGreaterThanOrEqual(1);
    expect(errors(run).some((c) => c.properties.title?.includes('DKIM regressed'))).toBe(true);
  });

  it('fails when the grade is below min-grade', async () => {
    const dirs = await createWorkspace();
    const inputs = { ...fast, domains: DOMAINS.weak.apex, 'doh-url': stacks.before.dohUrl, 'min-grade': 'A' };
    const run = await runAction(inputs, dirs);
    expect(run.outputs.grade).not.toBe('A');
    expect(run.code).toBe(1);
    expect(run.report?.verdict.failures.map((f) => f.kind)).toContain('grade');
    expect(errors(run).some((c) => c.message.includes('below the minimum A'))).toBe(true);

    const lenient = await runAction({ ...inputs, 'min-grade': 'F' }, dirs);
    expect(lenient.code, lenient.stdout).toBe(0);

    // The same weak domain with no threshold: fail-on decides whether its warnings fail the run.
    const { 'min-grade': _unused, ...plain } = inputs;
    expect((await runAction({ ...plain, 'fail-on': 'warning' }, dirs)).code).toBe(1);
    expect((await runAction({ ...plain, 'fail-on': 'never', 'min-grade': 'A' }, dirs)).code).toBe(0);
  });

  it('reports no regression when the DNS stack stops in the middle of a run; fails only with fail-on: error', async () => {
    const inputs = {
      domains: DOMAINS.outage.apex,
      'dkim-selectors': `${DOMAINS.outage.apex}: s1, s2`,
      'sending-ips': `${DOMAINS.outage.apex}: ${sendingIp(DOMAINS.outage.octet)}`,
    };
    const stack = await startDnsStack({ zones: zonesBefore() });
    const proxy = await startCuttingProxy(stack.dohUrl, 3, () => stack.stop());
    try {
      const dirs = await createWorkspace();
      await mkdir(join(dirs.workspace, '.github'), { recursive: true });
      const first = await runAction({ ...fast, ...inputs, 'doh-url': stack.dohUrl, 'update-baseline': 'true' }, dirs);
      expect(first.code, first.stdout).toBe(0);

      const run = await runAction({ ...fast, ...inputs, 'doh-url': proxy.url }, dirs);
      await keepSummary('dns-stopped-mid-run', run);
      expect(proxy.cut).toBe(true);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.regressions).toBe('0');
      expect(errors(run)).toEqual([]);
      const dns = warnings(run).filter((c) => c.properties.title?.includes('DNS could not answer'));
      expect(dns.length, run.stdout).toBeGreaterThanOrEqual(1);
      expect(run.report?.domains[0]?.dnsErrors.length).toBeGreaterThanOrEqual(1);
      expect(run.summary).toContain('not compared (DNS)');

      const strict = await runAction({ ...fast, ...inputs, 'doh-url': proxy.url, 'fail-on': 'error' }, dirs);
      expect(strict.code).toBe(1);
      expect(strict.outputs.regressions).toBe('0');
      expect(errors(strict).some((c) => c.properties.title?.includes('DNS could not answer'))).toBe(true);
    } finally {
      await proxy.close();
      await stack.stop();
    }
  });

  it("puts the sending section first in the summary, with each host's outcome and checklists (sender input)", async () => {
    const { apex, octet } = DOMAINS.spf;
    const ip = sendingIp(octet);
    const inputs = { domains: apex, 'dkim-selectors': 's1, s2', 'sending-ips': ip, sender: `${apex}: bounce@${apex}` };
    const dirs = await withBaseline(inputs);
    const run = await runAction({ ...fast, ...inputs, 'doh-url': stacks.after.dohUrl }, dirs);
    await keepSummary('sending-hosts', run);
    expect(run.code, run.stdout).toBe(1);
    const rows = run.summary.split('\n').filter((line) => /^\| [A-Z][A-Za-z]* \|/.test(line));
    expect(rows[0]).toMatch(/^\| Sending \| ❌ fail \| Mail from 45\.33\.20\.71 as action-spf\.test/);
    expect(rows[0]).toContain('❌ 1 regression');
    expect(run.summary).toContain('**Sending hosts**');
    expect(run.summary).toMatch(/- `45\.33\.20\.71` ❌ passes DMARC only if it signs with DKIM \(selectors s1, s2\)/);
    expect(run.summary).toMatch(/ {2}- Gmail \(since 2024-02-01\): met: .*not met: .*SPF passes for the IP/);
    expect(run.report?.domains[0]?.report.sections.sending?.data.sender).toBe(`bounce@${apex}`);
    const titles = run.commands.map((c) => c.properties.title ?? '');
    expect(titles).toContain(`${apex}: Sending regressed (sending.authorization-lost)`);
  });

  it('annotates a lost PTR once, as the regression (not again as its error finding)', async () => {
    const ip = sendingIp(DOMAINS.ptr.octet);
    const inputs = { domains: DOMAINS.ptr.apex, 'dkim-selectors': 's1, s2', 'sending-ips': ip };
    const dirs = await withBaseline(inputs);
    const run = await runAction({ ...fast, ...inputs, 'doh-url': stacks.after.dohUrl }, dirs);
    expect(run.code, run.stdout).toBe(1);
    const ptrRegressions = run.report?.domains[0]?.diff?.regressions.filter((c) => c.section === 'ptr') ?? [];
    expect(ptrRegressions.length, JSON.stringify(run.report?.domains[0]?.diff)).toBeGreaterThanOrEqual(1);
    const aboutIp = run.commands.filter(
      (c) => c.properties.title !== undefined && `${c.properties.title} ${c.message}`.includes(ip),
    );
    expect(
      aboutIp.map((c) => `${c.command} ${c.properties.title}`),
      run.stdout,
    ).toEqual(ptrRegressions.map((c) => `error ${DOMAINS.ptr.apex}: PTR regressed (${c.kind})`));
  });

  it('with update-baseline, a run that writes the new baseline succeeds and says what it accepted', async () => {
    const inputs = {
      domains: `${DOMAINS.steady.apex}\n${DOMAINS.dmarc.apex}\n${DOMAINS.ptr.apex}`,
      'dkim-selectors': 's1, s2',
      'sending-ips': `${DOMAINS.ptr.apex}: ${sendingIp(DOMAINS.ptr.octet)}`,
      'min-grade': 'A',
    };
    const dirs = await withBaseline({ ...inputs, 'min-grade': '' });
    const before = JSON.parse(await readFile(join(dirs.workspace, BASELINE), 'utf8'));
    const run = await runAction(
      { ...fast, ...inputs, 'doh-url': stacks.after.dohUrl, 'update-baseline': 'true' },
      dirs,
    );
    await keepSummary('baseline-updated', run);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(errors(run), run.stdout).toEqual([]);
    expect(run.stdout).not.toContain('::error::');
    expect(Number(run.outputs.regressions)).toBeGreaterThanOrEqual(2);
    // The step wrote what it was asked to: the regressed state is the new baseline.
    const after = JSON.parse(await readFile(join(dirs.workspace, BASELINE), 'utf8'));
    expect(after.domains[DOMAINS.dmarc.apex].sections.dmarc.data.policy.domain.applied).toBe('none');
    expect(before.domains[DOMAINS.dmarc.apex].sections.dmarc.data.policy.domain.applied).toBe('reject');
    expect(run.report?.verdict.failed).toBe(false);
    expect(run.report?.verdict.accepted.map((f) => f.kind)).toEqual(expect.arrayContaining(['regression', 'grade']));
    const notices = run.commands.filter((c) => c.command === 'notice');
    expect(notices.some((c) => c.properties.title?.includes('DMARC regressed') && c.message.includes('Accepted'))).toBe(
      true,
    );
    expect(notices.some((c) => c.properties.title?.startsWith(`${DOMAINS.dmarc.apex}: grade`))).toBe(true);
    const updated = notices.find((c) => c.properties.title === 'baseline updated');
    expect(updated?.message).toContain(`${DOMAINS.dmarc.apex}: grade`);
    expect(updated?.message).toContain(`${DOMAINS.steady.apex}: grade`);
    expect(updated?.message).toMatch(/regressions? accepted/);
    expect(run.summary).toContain('✅ passed');
    expect(run.summary).toContain('accepted into the baseline');

    // The next run compares with what was accepted: nothing regressed, only the min-grade still fails.
    const next = await runAction({ ...fast, ...inputs, 'doh-url': stacks.after.dohUrl }, dirs);
    expect(next.outputs.regressions).toBe('0');
    expect(next.report?.verdict.failures.every((f) => f.kind === 'grade')).toBe(true);
  });

  it('fails the step with a clear message on bad inputs, before any lookup', async () => {
    const dirs = await createWorkspace();
    const bad = await runAction({ domains: 'not a domain', 'doh-url': stacks.before.dohUrl }, dirs);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/::error::Invalid domain/);
    const failOn = await runAction({ domains: DOMAINS.steady.apex, 'fail-on': 'sometimes' }, dirs);
    expect(failOn.code).toBe(1);
    expect(failOn.stdout).toContain('fail-on must be one of');
  });
});
