import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { RunResult } from '../../action/run.js';
import { createWorkspace, runAction, runCli } from './harness.js';

// Issue 14's items 2 and 5 through the bundles, as a runner and a shell run them, over the real DNS stack: who failed
// when the checker's own DoH server fails, and a domain that does not exist (NXDOMAIN at the apex, served by Knot).
const cwd = () => mkdtemp(join(tmpdir(), 'mailposture-verdicts-'));
const DOWN = [
  ['answers HTTP 403 (the stack’s /down/ path)', () => inject('downDohUrl')],
  ['refuses the connection (nothing listens on the port)', () => 'http://127.0.0.1:9/dns-query'],
] as const;

describe('a check whose DoH server fails, through the CLI bundle (issue 14 item 2)', () => {
  it.each(DOWN)(
    'blames the DoH server, not the domain, when it %s — one finding per section and cause',
    async (_, url) => {
      const run = await runCli(
        ['check', 'worker.test', '--doh-url', url(), '--dns-timeout-ms', '1000', '--dns-retries', '0', '--json'],
        await cwd(),
      );
      expect(run.code, run.stderr).toBe(3);
      const result = JSON.parse(run.stdout) as RunResult;
      const report = result.domains[0]!.report;
      expect(report).toMatchObject({ grade: null, score: null, complete: false });
      const sections = Object.values(report.sections);
      const failures = sections.flatMap((section) => section.findings).filter((f) => f.id.endsWith('.dns-error'));
      expect(failures.length).toBeGreaterThan(0);
      for (const finding of failures) {
        expect(finding.cause).toBe('resolver');
        expect(finding.fix).toMatch(/DoH endpoint/);
        expect(finding.fix).not.toMatch(/name servers? (of the zone )?answer/);
      }
      // Not one dkim.dns-error per probed selector (34 before): one per cause, naming every lookup it hit.
      const dkim = report.sections.dkim.findings.filter((f) => f.id === 'dkim.dns-error');
      expect(dkim.length).toBeLessThanOrEqual(2);
      expect(dkim.flatMap((f) => f.names ?? []).length).toBeGreaterThan(10);
    },
  );

  it('says so in the text: the failed lookup and the fix for the DoH endpoint, "incomplete", no grade', async () => {
    const run = await runCli(
      ['check', 'worker.test', '--doh-url', inject('downDohUrl'), '--dns-timeout-ms', '1000', '--dns-retries', '0'],
      await cwd(),
    );
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/fix: The DoH server this check asks failed, not the domain's DNS/);
    expect(run.stdout).not.toMatch(/Make the reverse zone|name server of the zone answers/);
    expect(run.stdout).toMatch(/^Incomplete: DNS failed for worker\.test \(every check\)/m);
  });
});

describe('a domain that does not exist (NXDOMAIN at the apex, issue 14 item 5)', () => {
  it('has no grade and no pass in the CLI, and fails the run', async () => {
    const run = await runCli(['check', 'nonexistent.test', '--doh-url', inject('dohUrl'), '--json'], await cwd());
    expect(run.code, run.stderr).toBe(1);
    const result = JSON.parse(run.stdout) as RunResult;
    const report = result.domains[0]!.report;
    expect(report).toMatchObject({ exists: false, grade: null, score: null });
    for (const section of Object.values(report.sections)) expect(section.status).not.toBe('pass');
    expect(result.grade).toBeNull();
    expect(result.verdict.failures.map((f) => f.kind)).toContain('nonexistent');
    const text = await runCli(['check', 'nonexistent.test', '--doh-url', inject('dohUrl')], await cwd());
    expect(text.stdout).toContain('nonexistent.test  no grade: the domain does not exist (NXDOMAIN)');
    expect(text.stdout).not.toMatch(/grade [A-F]\b|Passed/);
    // No record of a name that is not there to fix: no finding and its fix ("publish a record").
    expect(text.stdout).not.toMatch(/spf\.missing|fix: /);
  });

  it('has an empty grade output and no "passed" in the Action, whose step fails', async () => {
    const run = await runAction({ domains: 'nonexistent.test', 'doh-url': inject('dohUrl') }, await createWorkspace());
    expect(run.code).toBe(1);
    expect(run.outputs.grade).toBe('');
    expect(run.summary).toContain('### nonexistent.test — no grade: the domain does not exist (NXDOMAIN)');
    expect(run.summary).not.toMatch(/passed|✅ pass/);
    expect(run.summary).toContain('nonexistent.test does not exist (NXDOMAIN at its name, RFC 8020): nothing to fix');
    expect(run.summary).not.toMatch(/to fix<\/summary>|spf\.missing/);
    expect(run.commands.some((c) => c.command === 'error' && c.message.includes('does not exist'))).toBe(true);
  });
});
