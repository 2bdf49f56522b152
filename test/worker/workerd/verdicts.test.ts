import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../../worker/index.js';

// Verdicts over the real DNS stack in workerd: the resolver down (the stack's /down/ path answers 403), a domain whose
// own DNS fails (outside the served zones: REFUSED relayed), one that does not exist, and the worst-truth rule.
let client = 0;
async function call(path: string, dohUrl: string = env.DOH_URL): Promise<Response> {
  const ctx = createExecutionContext();
  const request = new Request(`http://worker.example${path}`, {
    headers: { 'CF-Connecting-IP': `2001:db8:7e:${(++client).toString(16)}::1` },
  });
  const response = await worker.fetch(request, { ...env, DOH_URL: dohUrl, DNS_CACHE_ENTRIES: '0' }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}
// biome-ignore lint/suspicious/noExplicitAny: test assertions walk the report's JSON
const json = async (response: Response): Promise<any> => response.json();
// biome-ignore lint/suspicious/noExplicitAny: as above
const findingsOf = (report: any) => Object.values(report.sections).flatMap((section: any) => section.findings);

describe('a check whose resolver is down', () => {
  it('has no grade and no score, says which sections are unknown, and blames the DoH server, once per section', async () => {
    const response = await call('/v1/check/worker.test?selector=mail', env.DOWN_DOH_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const report = await json(response);
    expect(report).toMatchObject({ grade: null, score: null, complete: false, exists: true });
    expect(report.unknown).toEqual(['spf', 'dmarc', 'dkim', 'mx', 'ptr', 'tls']);
    // The tls section gets the same treatment: its failed lookups are attributed and grouped too.
    const tls = report.sections.tls.findings.filter((f: { id: string }) => f.id.endsWith('.dns-error'));
    expect(tls.length).toBeGreaterThan(0);
    for (const finding of tls) expect(finding.cause).toBe('resolver');
    expect(report.sections.tls.summary).not.toMatch(/no DANE/);
    const failures = findingsOf(report).filter((finding: { id: string }) => finding.id.endsWith('.dns-error'));
    // Not 34 dkim.dns-error findings: one per section and cause.
    expect(
      report.sections.dkim.findings.filter((f: { id: string }) => f.id === 'dkim.dns-error').length,
    ).toBeLessThanOrEqual(2);
    expect(failures.length).toBeLessThanOrEqual(9);
    // Every failed lookup, those another section reports for it too (ptr and tls need mx's hosts), blames the DoH server.
    for (const finding of failures) {
      expect(finding.cause).toBe('resolver');
      expect(finding.fix).toMatch(/DoH endpoint/);
      expect(finding.fix).not.toMatch(/name servers answer/);
    }
    // Each failure names the lookups it hit.
    const named = report.sections.dkim.findings.flatMap((f: { names?: string[] }) => f.names ?? []);
    expect(named).toContain('mail._domainkey.worker.test');
    expect(named.length).toBeGreaterThan(10);
  });

  it('shows "unknown" on the page with one banner naming the failure, not a card per failed lookup', async () => {
    const page = await (await call('/report/worker.test', env.DOWN_DOH_URL)).text();
    expect(page).toContain('aria-label="Grade unknown"');
    expect(page).not.toMatch(/aria-label="Grade [A-F]"/);
    expect(page).not.toMatch(/score \d+ of 100/);
    expect(page.match(/class="banner"/g)).toHaveLength(1);
    expect(page).toContain('The DoH server this checker asks failed — not the domain');
    expect((page.match(/class="sev-error"/g) ?? []).length).toBeLessThanOrEqual(2);
  });

  it('draws no grade on the badges', async () => {
    const badge = await json(await call('/badge/worker.test.json', env.DOWN_DOH_URL));
    expect(badge).toMatchObject({ message: 'DNS error', isError: true });
  });
});

describe('a domain whose own DNS fails (REFUSED relayed by the resolver)', () => {
  it('is unknown, and its failures are attributed to the domain, with a fix for its name servers', async () => {
    const report = await json(await call('/v1/check/unserved.example'));
    expect(report.grade).toBeNull();
    const failures = findingsOf(report).filter((f: { cause?: string }) => f.cause);
    expect(failures.length).toBeGreaterThan(0);
    for (const finding of failures) {
      expect(finding.cause).toBe('domain');
      expect(finding.fix).toMatch(/name server of the zone answers/);
    }
  });
});

describe('a domain that does not exist', () => {
  it('is reported as such at the top level, with no grade and no pass anywhere', async () => {
    const report = await json(await call('/v1/check/nonexistent.test'));
    expect(report).toMatchObject({ exists: false, grade: null, score: null });
    for (const section of Object.values(report.sections) as Array<{ status: string }>) {
      expect(section.status).not.toBe('pass');
    }
    const badge = await json(await call('/badge/nonexistent.test.json'));
    expect(badge.message).toBe('no such domain');
    const page = await (await call('/report/nonexistent.test')).text();
    expect(page).toContain('does not exist');
    expect(page).not.toMatch(/status-pass/);
    // Nothing to fix in records that are not there: no finding (the report's spf.missing) and no "No findings." either.
    expect(report.sections.spf.findings.map((f: { id: string }) => f.id)).toContain('spf.missing');
    expect(page).not.toContain('spf.missing');
    expect(page).not.toContain('class="findings"');
    expect(page).not.toContain('No findings.');
  });
});

describe('grades', () => {
  it('never look better than the worst truth: +all with no DMARC policy is an F', async () => {
    const report = await json(await call('/v1/check/plusall.verdicts.test'));
    expect(report.sections.spf.data.all).toBe('+');
    expect(report.grade).toBe('F');
  });

  it('keep a domain graded when one guessed DKIM selector fails and the others answered (an info finding)', async () => {
    const report = await json(await call('/v1/check/probe.verdicts.test'));
    expect(report.sections.dkim.status).not.toBe('error');
    expect(report.grade).toBe('A');
    const failure = report.sections.dkim.findings.find((f: { id: string }) => f.id === 'dkim.dns-error');
    expect(failure).toMatchObject({ severity: 'info', cause: 'domain', at: 'google._domainkey.probe.verdicts.test' });
  });

  it('is unknown when a named selector fails: the verdict depends on it', async () => {
    const report = await json(await call('/v1/check/probe.verdicts.test?selector=google'));
    expect(report.sections.dkim.status).toBe('error');
    expect(report.grade).toBeNull();
    expect(report.unknown).toEqual(['dkim']);
  });
});
