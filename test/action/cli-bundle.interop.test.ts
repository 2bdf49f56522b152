import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { RunResult } from '../../action/run.js';
import { startDnsStack } from '../dns-stack/stack.js';
import { runCli, startCuttingProxy, useBeforeAfterStacks } from './harness.js';
import { DOMAINS, sendingIp, zonesBefore } from './zones.js';

const stacks = useBeforeAfterStacks();

const fast = ['--dns-timeout-ms', '1500', '--dns-retries', '1'];
const cwd = () => mkdtemp(join(tmpdir(), 'mailposture-cli-'));

/** Runs `mailposture check` with --json and parses what it printed. */
async function check(args: string[], dir: string) {
  const result = await runCli(['check', ...args, ...fast, '--json'], dir);
  let json: RunResult | undefined;
  try {
    json = JSON.parse(result.stdout) as RunResult;
  } catch {
    json = undefined;
  }
  return { ...result, json };
}

/** Writes a baseline for `domain` from the "before" stack and returns the working directory. */
async function baselineFor(domain: string, extra: string[] = []): Promise<string> {
  const dir = await cwd();
  const first = await check(
    [domain, ...extra, '--doh-url', stacks.before.dohUrl, '--baseline', 'base.json', '--update-baseline'],
    dir,
  );
  expect(first.code, first.stderr).toBe(0);
  expect(existsSync(join(dir, 'base.json'))).toBe(true);
  return dir;
}

describe('the committed CLI bundle: exit codes and --json', () => {
  it('exits 0 on a first run, and --update-baseline writes the baseline', async () => {
    const dir = await cwd();
    const first = await check([DOMAINS.steady.apex, '--doh-url', stacks.before.dohUrl, '--baseline', 'base.json'], dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.json?.baseline.status).toBe('missing');
    expect(first.json?.regressions).toBe(0);
    expect(first.json?.domains[0]?.report.grade).toMatch(/^[A-F]$/);
    expect(existsSync(join(dir, 'base.json'))).toBe(false);

    const second = await check([DOMAINS.steady.apex, '--doh-url', stacks.before.dohUrl, '--update-baseline'], dir);
    expect(second.code).toBe(0);
    expect(second.json?.baseline.written).toBe(true);
    const written = JSON.parse(await readFile(join(dir, '.github/email-auth-baseline.json'), 'utf8'));
    expect(Object.keys(written.domains)).toEqual([DOMAINS.steady.apex]);

    // A later check without --baseline reads the file --update-baseline wrote, and says so.
    const third = await check([DOMAINS.steady.apex, '--doh-url', stacks.after.dohUrl], dir);
    expect(third.json?.baseline.status).toBe('found');
    expect(third.json?.domains[0]?.baseline).toBe('compared');
    const table = await runCli(['check', DOMAINS.steady.apex, '--doh-url', stacks.after.dohUrl, ...fast], dir);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain(
      'Compared with the baseline .github/email-auth-baseline.json (the default path; --baseline FILE for another): 1 of 1 domains in it.',
    );
    expect(table.stdout).toMatch(/^Passed: worst grade [A-F], 0 regressions\.$/m);
  });

  it('says plainly that nothing was compared when there is no baseline', async () => {
    const result = await runCli(
      ['check', DOMAINS.steady.apex, '--doh-url', stacks.before.dohUrl, ...fast],
      await cwd(),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'No baseline: nothing compared (.github/email-auth-baseline.json (the default path; --baseline FILE for another) does not exist; create it with --update-baseline).',
    );
    expect(result.stdout).toMatch(/^Passed: worst grade [A-F]; no baseline: nothing compared\.$/m);
    expect(result.stdout).not.toMatch(/0 regressions/);
  });

  it('with --update-baseline, accepts a regression into the baseline and exits 0, listing what changed', async () => {
    const dir = await baselineFor(DOMAINS.dmarc.apex);
    const args = [DOMAINS.dmarc.apex, '--doh-url', stacks.after.dohUrl, '--baseline', 'base.json', ...fast];
    const result = await runCli(['check', ...args, '--update-baseline', '--min-grade', 'A'], dir);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('Baseline written to base.json: commit it so later runs compare with it.');
    expect(result.stdout).toMatch(new RegExp(`^  ${DOMAINS.dmarc.apex}: grade .*regressions? accepted`, 'm'));
    expect(result.stdout).toMatch(/^accepted .*DMARC/m);
    expect(result.stdout).toMatch(/^Passed: .* accepted into the baseline\.$/m);
    const again = await check([DOMAINS.dmarc.apex, '--doh-url', stacks.after.dohUrl, '--baseline', 'base.json'], dir);
    expect(again.json?.regressions).toBe(0);
  });

  it('exits 0 when nothing changed', async () => {
    const extra = ['--selector', 's1', '--selector', 's2', '--ip', sendingIp(DOMAINS.steady.octet)];
    const dir = await baselineFor(DOMAINS.steady.apex, extra);
    const run = await check(
      [DOMAINS.steady.apex, ...extra, '--doh-url', stacks.after.dohUrl, '--baseline', 'base.json'],
      dir,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.json?.regressions).toBe(0);
    expect(run.json?.domains[0]?.baseline).toBe('compared');
  });

  it('exits 1 with the regression in the JSON when DMARC is weakened from reject to none', async () => {
    const dir = await baselineFor(DOMAINS.dmarc.apex);
    const run = await check([DOMAINS.dmarc.apex, '--doh-url', stacks.after.dohUrl, '--baseline', 'base.json'], dir);
    expect(run.code).toBe(1);
    const regressions = run.json?.domains[0]?.diff?.regressions ?? [];
    expect(
      regressions.some((change) => change.section === 'dmarc'),
      JSON.stringify(regressions),
    ).toBe(true);
    expect(run.json?.verdict.failed).toBe(true);
  });

  it('exits 1 when a DKIM selector is removed', async () => {
    const extra = ['--selector', `${DOMAINS.dkim.apex}: s1, s2`];
    const dir = await baselineFor(DOMAINS.dkim.apex, extra);
    const run = await check(
      [DOMAINS.dkim.apex, ...extra, '--doh-url', stacks.after.dohUrl, '--baseline', 'base.json'],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.json?.domains[0]?.diff?.regressions.some((change) => change.section === 'dkim')).toBe(true);
  });

  it('exits 1 below --min-grade and 0 at or above it', async () => {
    const dir = await cwd();
    const strict = await check([DOMAINS.weak.apex, '--doh-url', stacks.before.dohUrl, '--min-grade', 'A'], dir);
    expect(strict.json?.grade).not.toBe('A');
    expect(strict.code).toBe(1);
    const lenient = await check([DOMAINS.weak.apex, '--doh-url', stacks.before.dohUrl, '--min-grade', 'F'], dir);
    expect(lenient.code).toBe(0);
  });

  it('exits 3, with no regression, when the DNS stack stops in the middle of a run', async () => {
    const stack = await startDnsStack({ zones: zonesBefore() });
    const proxy = await startCuttingProxy(stack.dohUrl, 3, () => stack.stop());
    try {
      const dir = await cwd();
      const args = [DOMAINS.outage.apex, '--selector', 's1,s2', '--baseline', 'base.json'];
      const first = await check([...args, '--doh-url', stack.dohUrl, '--update-baseline'], dir);
      expect(first.code, first.stderr).toBe(0);
      const run = await check([...args, '--doh-url', proxy.url], dir);
      expect(proxy.cut).toBe(true);
      expect(run.code).toBe(3);
      expect(run.json?.regressions).toBe(0);
      expect(run.json?.domains[0]?.dnsErrors.length).toBeGreaterThanOrEqual(1);
      const never = await check([...args, '--doh-url', proxy.url, '--fail-on', 'never'], dir);
      expect(never.code).toBe(0);
    } finally {
      await proxy.close();
      await stack.stop();
    }
  });

  it('prints a readable table without --json (no colour when not a terminal)', async () => {
    const result = await runCli(
      ['check', DOMAINS.steady.apex, '--doh-url', stacks.before.dohUrl, ...fast],
      await cwd(),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${DOMAINS.steady.apex}  grade `);
    for (const check of ['SPF', 'DMARC', 'DKIM', 'MX', 'PTR'])
      expect(result.stdout).toMatch(new RegExp(`^  ${check} `, 'm'));
    expect(result.stdout).toMatch(/^Passed: worst grade [A-F]; no baseline: nothing compared\.$/m);
    expect(result.stdout).not.toContain('\x1b[');
  });

  it.each([
    ['no command', []],
    ['an unknown command', ['audit', 'example.com']],
    ['no domain', ['check']],
    ['an unknown option', ['check', 'example.com', '--frobnicate']],
    ['an invalid domain', ['check', 'not a domain']],
    ['an IP instead of a domain', ['check', '192.0.2.1']],
    ['a bad --fail-on', ['check', 'example.com', '--fail-on', 'sometimes']],
    ['a bad --min-grade', ['check', 'example.com', '--min-grade', 'Z']],
    ['a bad --doh-url', ['check', 'example.com', '--doh-url', 'ftp://x']],
  ])('exits 2 on %s', async (_name, args) => {
    const result = await runCli(args, await cwd());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^mailposture: /);
    expect(result.stdout).toBe('');
  });

  it('prints its version with --version and -V', async () => {
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const result = await runCli([flag], await cwd());
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
    }
  });

  it('words an unknown option itself, with the nearest real one', async () => {
    const result = await runCli(['check', 'example.com', '--jsno'], await cwd());
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'mailposture: Unknown option --jsno. Did you mean --json?\nRun "mailposture --help" for usage.\n',
    );
  });

  it('prints help with exit 0', async () => {
    const result = await runCli(['--help'], await cwd());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Exit codes');
  });
});

describe('the committed CLI bundle: sending hosts (--ip, --sender, --helo)', () => {
  it('prints the sending section first, and a host no longer authorized by SPF is a regression', async () => {
    const { apex, octet } = DOMAINS.spf;
    const ip = sendingIp(octet);
    const dir = await baselineFor(apex, ['--ip', ip]);
    const baseline = JSON.parse(await readFile(join(dir, 'base.json'), 'utf8'));
    expect(baseline.domains[apex].sections.sending.data.hosts[0].spf.result).toBe('pass');
    const after = await check([apex, '--ip', ip, '--doh-url', stacks.after.dohUrl, '--baseline', 'base.json'], dir);
    expect(after.code).toBe(1);
    const regressions = after.json?.domains[0]?.diff?.regressions ?? [];
    expect(regressions.map((change) => change.kind)).toContain('sending.authorization-lost');
    expect(regressions.find((change) => change.kind === 'sending.authorization-lost')).toMatchObject({
      section: 'sending',
      at: ip,
      before: 'pass',
      after: 'fail',
    });
    const table = await runCli(
      ['check', apex, '--ip', ip, '--doh-url', stacks.after.dohUrl, '--baseline', 'base.json', ...fast],
      dir,
    );
    const sectionLines = table.stdout
      .split('\n')
      .filter((line) => /^ {2}[A-Z][A-Za-z]+ +(pass|warn|FAIL|DNS error)/.test(line));
    expect(sectionLines[0]).toMatch(/^ {2}Sending +FAIL +Mail from 45\.33\.20\.71 as action-spf\.test/);
    expect(table.stdout).toContain('sending.ip-not-authorized');
  });

  it('takes --sender and --helo for the sending IPs, over the fixture zones', async () => {
    const dir = await cwd();
    const run = await check(
      [
        'esp.sending.test',
        '--ip',
        '45.33.89.5',
        '--sender',
        'bounce@bounces.sending-esp.test',
        '--helo',
        'o1.sending-esp.test',
        '--doh-url',
        inject('dohUrl'),
      ],
      dir,
    );
    const host = run.json?.domains[0]?.report.sections.sending?.data.hosts[0];
    expect(host?.spf).toMatchObject({ identity: 'bounce@bounces.sending-esp.test', result: 'pass' });
    expect(host?.helo?.helo).toBe('o1.sending-esp.test');
    expect(host?.findings.map((finding) => finding.id).sort()).toEqual(['sending.dmarc-fail', 'sending.not-aligned']);
  });

  it.each([
    [['--sender', 'bounce@worker.test'], /sender or HELO name.*name at least one IP/],
    [['--ip', '45.33.87.99', '--sender', 'not a sender'], /Invalid sender for "worker.test"/],
    [[...Array.from({ length: 11 }, (_, i) => ['--ip', `45.33.87.${i + 1}`]).flat()], /At most 10 sending IPs/],
    [['--ip', '45.33.87.99', '--sender', 'a@worker.test', '--sender', 'b@worker.test'], /one value per domain/],
  ])('exits 2 on bad sending input (%j)', async (args, message) => {
    const run = await runCli(['check', 'worker.test', ...args, '--doh-url', inject('dohUrl'), ...fast], await cwd());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
