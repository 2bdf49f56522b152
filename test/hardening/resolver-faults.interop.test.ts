import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDohResolver, type DnsErrorCode } from '../../core/dns/index.js';
import { checkDomain, type DomainReport, diffReports, type SectionName } from '../../core/report/index.js';
import { FAULTS, type Fault, type FaultServer, refusedUrl, startFaultServer } from './fault-server.js';

// A DoH server that fails in every way one can (test/hardening/fault-server.ts), in front of the real stack. Whatever
// it does, a check gives `error` sections — never "missing", never a pass — and a diff against a good baseline
// finds no regression.
const SECTIONS: Exclude<SectionName, 'sending'>[] = ['spf', 'dmarc', 'dkim', 'mx', 'ptr'];
/** Findings that state something is absent: a DNS failure must never produce one. */
const ABSENCE = new Set([
  'spf.missing',
  'spf.include-no-record',
  'dmarc.missing',
  'dkim.no-selector-found',
  'dkim.selector-not-found',
  'mx.missing',
  'mx.no-address',
  'ptr.missing',
]);
const DOMAIN = 'report-good.test';
const SELECTORS = ['s1'];

let server: FaultServer;
let refused: string;
let baseline: DomainReport;
const worst = { queries: 0, elapsedMs: 0 };

beforeAll(async () => {
  server = await startFaultServer(inject('dohUrl'));
  refused = await refusedUrl();
  const good = await checkDomain(DOMAIN, {
    resolver: createDohResolver({ endpoints: [inject('dohUrl')] }),
    selectors: SELECTORS,
  });
  if (!good.ok) throw new Error(good.error.message);
  baseline = good.report;
});
afterAll(async () => {
  await server?.close();
  process.stdout.write(`[hardening] resolver faults: worst ${worst.queries} queries, ${worst.elapsedMs} ms\n`);
});

async function checkThrough(endpoints: string[], budget = { deadlineMs: 6000 }, timeoutMs = 800) {
  const resolver = createDohResolver({ endpoints, timeoutMs, retries: 1, backoffMs: 10 });
  const result = await checkDomain(DOMAIN, { resolver, selectors: SELECTORS, budget });
  if (!result.ok) throw new Error(result.error.message);
  worst.queries = Math.max(worst.queries, result.report.queries);
  worst.elapsedMs = Math.max(worst.elapsedMs, result.report.elapsedMs);
  return result.report;
}

/** Every section must be `error` under a resolver fault — PTR too, since the MX hosts' addresses are unknown. */
const STRICT_SECTIONS: Exclude<SectionName, 'sending'>[] = ['spf', 'dmarc', 'dkim', 'mx', 'ptr'];

function expectAllError(report: DomainReport, budget: { deadlineMs: number }) {
  for (const name of STRICT_SECTIONS) {
    const section = report.sections[name];
    expect(section.status, `${name}: ${section.summary}`).toBe('error');
    expect(section.findings.filter((finding) => ABSENCE.has(finding.id)).map((finding) => finding.id)).toEqual([]);
    expect(
      section.findings.some((finding) => finding.id === `${name}.dns-error`),
      name,
    ).toBe(true);
  }
  expect(report.complete).toBe(false);
  expect(report.elapsedMs).toBeLessThan(budget.deadlineMs + 1000);
  const diff = diffReports(baseline, report);
  expect(diff.regressions).toEqual([]);
  expect(diff.skipped).toEqual(expect.arrayContaining(STRICT_SECTIONS));
  // Recovering from the outage is not an improvement either.
  expect(diffReports(report, baseline).regressions).toEqual([]);
}

describe('the baseline over the healthy stack', () => {
  it('is a complete report with no section in error', () => {
    expect(baseline.complete).toBe(true);
    for (const name of SECTIONS) expect(baseline.sections[name].status).not.toBe('error');
  });
});

const expectedCodes: Record<Fault | 'refused', DnsErrorCode[]> = {
  'http-500': ['bad-response'],
  'http-403': ['bad-response'],
  'http-429': ['bad-response'],
  'content-type': ['bad-response'],
  'truncated-body': ['bad-response'],
  'random-bytes': ['bad-response'],
  'id-mismatch': ['bad-response'],
  stall: ['timeout'],
  refused: ['network'],
};

describe('each resolver fault gives error sections, no finding of absence and no regression', () => {
  it.each([...FAULTS, 'refused' as const])('%s', async (fault) => {
    const url = fault === 'refused' ? refused : server.url(fault);
    const resolver = createDohResolver({ endpoints: [url], timeoutMs: 800, retries: 1, backoffMs: 10 });
    const single = await resolver.resolve(DOMAIN, 'TXT');
    expect(single.status).toBe('error');
    if (single.status === 'error') expect(expectedCodes[fault]).toContain(single.error.code);
    const budget = { deadlineMs: 6000 };
    expectAllError(await checkThrough([url], budget), budget);
  });

  it('a stall longer than the check deadline ends at the deadline', async () => {
    const budget = { deadlineMs: 1500 };
    const report = await checkThrough([server.url('stall')], budget, 60_000);
    expectAllError(report, budget);
    const messages = SECTIONS.flatMap((name) => report.sections[name].findings.map((finding) => finding.message));
    expect(messages.join(' ')).toMatch(/1500 ms|deadline/);
  });
});

describe('known bug', () => {
  it('the PTR section is in error, not pass, when the MX lookup failed', async () => {
    const report = await checkThrough([server.url('http-500')]);
    expect(report.sections.ptr.status).toBe('error');
  });
});

describe('failover across endpoints', () => {
  it('one endpoint of several down (refused, 500, dnsdist 403): the same report as the baseline', async () => {
    const endpoints = [refused, server.url('http-500'), inject('downDohUrl'), server.url('ok')];
    const report = await checkThrough(endpoints);
    for (const name of SECTIONS) {
      expect(report.sections[name].status, name).toBe(baseline.sections[name].status);
      expect(report.sections[name].findings.map((finding) => finding.id)).toEqual(
        baseline.sections[name].findings.map((finding) => finding.id),
      );
    }
    expect(report.grade).toBe(baseline.grade);
    expect(diffReports(baseline, report)).toMatchObject({ regressions: [], skipped: [] });
    expect(server.hits.get('ok')).toBeGreaterThan(0);
  });
});
