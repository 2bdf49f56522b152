import { describe, expect, it } from 'vitest';
import { buildAnnotations } from '../../action/annotations.js';
import type { RunResult } from '../../action/run.js';
import { renderSummary } from '../../action/summary.js';
import { renderTable, wrapText } from '../../action/table.js';
import { type DomainOutcome, decideVerdict } from '../../action/verdict.js';
import type { Finding, SectionStatus } from '../../core/finding.js';
import { SECTIONS } from '../../core/report/registry.js';
import type { DomainReport, Grade, ReportChange, SectionName } from '../../core/report/types.js';

// Reports built by hand: these tests are about how the adapters decide and render, not about judging records.
function report(
  grade: Grade,
  statuses: Partial<Record<SectionName, SectionStatus>> = {},
  findings: Partial<Record<SectionName, Finding[]>> = {},
): DomainReport {
  const section = (name: SectionName) => ({
    status: statuses[name] ?? 'pass',
    summary: `${name} summary | with a pipe`,
    findings: findings[name] ?? [],
    records: [],
    // The protocol data is core's business; these tests never read it.
    data: null as never,
  });
  return {
    domain: 'a.example',
    input: 'a.example',
    checkedAt: '2026-11-27T00:00:00.000Z',
    grade,
    score: 90,
    unknown: [],
    exists: true,
    // Every section of the registry, so a new section needs no edit here.
    sections: Object.fromEntries(
      SECTIONS.names.map((name) => [name, section(name)]),
    ) as unknown as DomainReport['sections'],
    complete: !Object.values(statuses).includes('error'),
    sendsNoMail: false,
    queries: 12,
    elapsedMs: 5,
    ttl: 300,
  };
}

const finding = (id: string, severity: Finding['severity']): Finding => ({
  id,
  severity,
  message: `${id} found.`,
  fix: `Fix ${id}.`,
  rfc: 'RFC 0000 §0',
});
const weakened: ReportChange = {
  section: 'dmarc',
  kind: 'dmarc.policy-weakened',
  message: 'p went from reject to none.',
  fix: 'Publish p=reject again.',
  before: 'reject',
  after: 'none',
};

function outcome(r: DomainReport, regressions: ReportChange[] = [], compared = true): DomainOutcome {
  const dnsErrors = (Object.keys(r.sections) as SectionName[]).filter((name) => r.sections[name]?.status === 'error');
  return {
    input: r.input,
    domain: r.domain,
    report: r,
    baseline: compared ? 'compared' : 'missing',
    diff: compared ? { regressions, improvements: [], skipped: dnsErrors } : undefined,
    dnsErrors,
  };
}

function result(outcomes: DomainOutcome[], failOn: RunResult['failOn'] = 'regression', minGrade?: Grade): RunResult {
  return {
    version: 1,
    checkedAt: '2026-11-27T00:00:00.000Z',
    failOn,
    minGrade: minGrade ?? null,
    grade: outcomes[0]?.report.grade ?? null,
    regressions: outcomes.reduce((n, o) => n + (o.diff?.regressions.length ?? 0), 0),
    baseline: { path: '/ws/b.json', label: 'b.json', status: 'found', written: false, unchanged: false, kept: [] },
    domains: outcomes,
    verdict: decideVerdict(outcomes, { failOn, minGrade }),
  };
}

describe('decideVerdict', () => {
  it.each<[string, DomainOutcome, RunResult['failOn'], Grade | undefined, boolean, number]>([
    ['clean', outcome(report('A')), 'regression', undefined, false, 0],
    ['a regression', outcome(report('B'), [weakened]), 'regression', undefined, true, 1],
    ['a regression with fail-on never', outcome(report('B'), [weakened]), 'never', undefined, false, 0],
    ['grade below the minimum', outcome(report('C')), 'regression', 'B', true, 1],
    ['grade at the minimum', outcome(report('B')), 'regression', 'B', false, 0],
    ['DNS error, default fail-on', outcome(report('A', { dkim: 'error' })), 'regression', undefined, false, 3],
    ['DNS error, fail-on error', outcome(report('A', { dkim: 'error' })), 'error', undefined, true, 3],
    ['DNS error, fail-on warning', outcome(report('A', { dkim: 'error' })), 'warning', undefined, false, 3],
    ['DNS error, fail-on never', outcome(report('A', { dkim: 'error' })), 'never', undefined, false, 0],
    ['grade below minimum but DNS failed', outcome(report('D', { spf: 'error' })), 'regression', 'B', false, 3],
    [
      'warning finding, fail-on warning',
      outcome(report('B', {}, { spf: [finding('spf.neutral-all', 'warning')] })),
      'warning',
      undefined,
      true,
      1,
    ],
    [
      'warning finding, fail-on error',
      outcome(report('B', {}, { spf: [finding('spf.neutral-all', 'warning')] })),
      'error',
      undefined,
      false,
      0,
    ],
    [
      'error finding, fail-on error',
      outcome(report('D', {}, { spf: [finding('spf.pass-all', 'error')] })),
      'error',
      undefined,
      true,
      1,
    ],
    [
      'error finding, default fail-on',
      outcome(report('D', {}, { spf: [finding('spf.pass-all', 'error')] })),
      'regression',
      undefined,
      false,
      0,
    ],
    [
      'dns-error finding inside an error section, fail-on warning',
      outcome(report('A', { dmarc: 'error' }, { dmarc: [finding('dmarc.dns-error', 'error')] })),
      'warning',
      undefined,
      false,
      3,
    ],
  ])('%s', (_name, o, failOn, minGrade, failed, exitCode) => {
    const verdict = decideVerdict([o], { failOn, minGrade });
    expect(verdict.failed).toBe(failed);
    expect(verdict.exitCode).toBe(exitCode);
  });

  it('accepts what would fail for a domain written to the baseline, but not a DNS failure', () => {
    const regressed = outcome(report('C', {}, { spf: [finding('spf.neutral-all', 'warning')] }), [weakened]);
    const verdict = decideVerdict([regressed], { failOn: 'warning', minGrade: 'B', accepted: new Set(['a.example']) });
    expect(verdict).toMatchObject({ failed: false, exitCode: 0, failures: [] });
    expect(verdict.accepted.map((f) => f.kind).sort()).toEqual(['finding', 'grade', 'regression']);
    const other = decideVerdict([regressed], { failOn: 'warning', minGrade: 'B', accepted: new Set(['b.example']) });
    expect(other.failed).toBe(true);
    const dns = outcome(report('A', { dkim: 'error' }));
    const kept = decideVerdict([dns], { failOn: 'error', minGrade: undefined, accepted: new Set(['a.example']) });
    expect(kept).toMatchObject({ failed: true, accepted: [] });
  });

  it('prefers exit 1 over 3 when a regression and DNS trouble meet', () => {
    const verdict = decideVerdict([outcome(report('B', { dkim: 'error' }), [weakened])], {
      failOn: 'error',
      minGrade: undefined,
    });
    expect(verdict.exitCode).toBe(1);
  });
});

describe('annotations and summary', () => {
  it('annotates a regression as an error with its fix, and a DNS error section as a warning', () => {
    const r = result([
      outcome(report('B', { dkim: 'error' }, { dkim: [finding('dkim.dns-error', 'error')] }), [weakened]),
    ]);
    const annotations = buildAnnotations(r);
    expect(annotations).toContainEqual({
      level: 'error',
      title: 'a.example: DMARC regressed (dmarc.policy-weakened)',
      message: 'p went from reject to none. Before: reject; now: none. Fix: Publish p=reject again.',
    });
    expect(annotations.find((a) => a.title === 'a.example: DNS could not answer for DKIM')?.level).toBe('warning');
    expect(annotations.some((a) => a.title.includes('dkim.dns-error'))).toBe(false);
  });

  it('annotates a regression once: an error finding it brought is not annotated again', () => {
    const lost: ReportChange = { section: 'ptr', kind: 'ptr.fcrdns-lost', message: 'lost.', at: '192.0.2.1' };
    const missing = { ...finding('ptr.missing', 'error'), at: '192.0.2.1' };
    const other = { ...finding('ptr.missing', 'error'), at: '192.0.2.2' };
    const annotations = buildAnnotations(result([outcome(report('B', {}, { ptr: [missing, other] }), [lost])]));
    expect(annotations.map((a) => `${a.level} ${a.title}`)).toEqual([
      'error a.example: PTR regressed (ptr.fcrdns-lost)',
      // The address that was already missing in the baseline keeps its own annotation.
      'warning a.example: ptr.missing',
    ]);
    expect(annotations[1]?.message).toContain('ptr.missing found.');
  });

  it('turns what was accepted into the baseline into notices, and says what changed', () => {
    const r = result([outcome(report('C'), [weakened])], 'regression', 'B');
    r.baseline = { ...r.baseline, written: true };
    r.verdict = decideVerdict(r.domains, { failOn: 'regression', minGrade: 'B', accepted: new Set(['a.example']) });
    const annotations = buildAnnotations(r);
    expect(annotations.map((a) => a.level)).toEqual(['notice', 'notice', 'notice']);
    expect(annotations[0]?.title).toBe('a.example: DMARC regressed (dmarc.policy-weakened), accepted');
    expect(annotations[1]?.title).toBe('a.example: grade C, accepted');
    expect(annotations[2]).toEqual({
      level: 'notice',
      title: 'baseline updated',
      message:
        'a.example: grade C, 1 regression accepted, 0 improvements. Commit b.json so later runs compare with it.',
    });
    const summary = renderSummary(r);
    expect(summary).toContain('## Email authentication: ✅ passed');
    expect(summary).toContain('- a.example: DMARC: p went from reject to none. — accepted into the baseline');
    expect(summary).toContain('- a.example: grade C, 1 regression accepted, 0 improvements.');
  });

  it('renders a table per domain with escaped cells, the regressions and their fix', () => {
    const summary = renderSummary(result([outcome(report('B'), [weakened])]));
    expect(summary).toContain('## Email authentication: ❌ failed');
    expect(summary).toContain('| SPF | ✅ pass | spf summary \\| with a pipe | — | unchanged |');
    expect(summary).toContain('| DMARC | ✅ pass | dmarc summary \\| with a pipe | — | ❌ 1 regression |');
    expect(summary).toContain('- **DMARC** `dmarc.policy-weakened`: p went from reject to none. (reject → none)');
    expect(summary).toContain('  - Fix: Publish p=reject again.');
  });

  it('lists no findings to fix for a domain that does not exist, in the table and the summary', () => {
    const missing = finding('spf.missing', 'error');
    const nx = { ...report('F', { spf: 'fail', dmarc: 'fail' }, { spf: [missing] }), grade: null, exists: false };
    const table = renderTable(result([outcome(nx)]), { colour: false });
    expect(table).toContain('a.example  no grade: the domain does not exist (NXDOMAIN)');
    expect(table).not.toContain('spf.missing');
    expect(table).not.toContain('Fix spf.missing.');
    const summary = renderSummary(result([outcome(nx)]));
    expect(summary).toContain('a.example does not exist (NXDOMAIN at its name, RFC 8020): nothing to fix');
    expect(summary).not.toContain('spf.missing');
    expect(summary).not.toContain('to fix</summary>');
    // The same findings on a domain that exists are listed: the rule is about existence, not about these findings.
    const exists = report('F', { spf: 'fail' }, { spf: [missing] });
    expect(renderTable(result([outcome(exists)]), { colour: false })).toContain('Fix spf.missing.');
    expect(renderSummary(result([outcome(exists)]))).toContain('1 finding to fix</summary>');
  });

  it('shows a section DNS could not answer by its first failed lookup, then what there is to fix in it', () => {
    const down = (at: string): Finding => ({ ...finding('dkim.dns-error', 'warning'), cause: 'resolver', at });
    const weak = finding('dkim.weak-key', 'warning');
    const r = report('B', { dkim: 'error' }, { dkim: [down('s1._domainkey'), down('s2._domainkey'), weak] });
    const table = renderTable(result([outcome(r)]), { colour: false });
    expect(table.match(/! dkim\.dns-error /g)).toHaveLength(1);
    expect(table).toContain('Fix dkim.weak-key.');
    expect(table).toContain('(1 more failed lookup)');
    const summary = renderSummary(result([outcome(r)]));
    expect(summary).toContain('`dkim.weak-key`');
    expect(summary).not.toContain('`dkim.dns-error`');
  });

  it('says which sections rest on DNSSEC-validated answers, in the table and the summary', () => {
    const r = report('A', { tls: 'error' });
    const states = { spf: 'mixed', dmarc: 'validated', dkim: 'validated', mx: 'validated', ptr: 'not validated' };
    for (const [name, section] of Object.entries(r.sections)) {
      (section as { dnssec?: string }).dnssec = states[name as keyof typeof states] ?? 'unknown';
    }
    const table = renderTable(result([outcome(r)]), { colour: false });
    expect(table).toMatch(
      /^ {2}DNSSEC validated: DMARC, DKIM, MX · not validated: PTR · mixed: SPF · unknown: ([A-Za-z]+, )*TLS(, [A-Za-z]+)*$/m,
    );
    const summary = renderSummary(result([outcome(r)]));
    expect(summary).toContain('| SPF | ✅ pass | spf summary \\| with a pipe | mixed | unchanged |');
    expect(summary).toContain('| PTR | ✅ pass | ptr summary \\| with a pipe | not validated | unchanged |');
    // A baseline's report from before the field: no line at all, never a made-up state.
    expect(renderTable(result([outcome(report('A'))]), { colour: false })).not.toContain('DNSSEC');
  });

  it('colours the terminal table only when asked', () => {
    const r = result([outcome(report('A'))]);
    expect(renderTable(r, { colour: false })).not.toContain('\x1b[');
    expect(renderTable(r, { colour: true })).toContain('\x1b[32m');
  });

  it('wraps long text under itself on a terminal and keeps it whole elsewhere', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('short', 80)).toEqual(['short']);
    expect(wrapText('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x']);
    const r = result([outcome(report('A'))]);
    const narrow = renderTable(r, { colour: false, width: 60 });
    expect(narrow.split('\n').every((line) => line.length <= 60 || !line.includes(' '))).toBe(true);
    expect(renderTable(r, { colour: false })).not.toContain('…');
  });
});
