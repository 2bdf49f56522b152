import { describe, expect, it } from 'vitest';
import { buildAnnotations } from '../../../action/annotations.js';
import type { RunResult } from '../../../action/run.js';
import { renderSummary } from '../../../action/summary.js';
import { renderTable } from '../../../action/table.js';
import { type DomainOutcome, decideVerdict } from '../../../action/verdict.js';
import {
  checkDomain,
  createFinding,
  createRegistry,
  type DomainReport,
  defineSection,
  diffReports,
  type FindingCatalogue,
  gradeSections,
  SECTION_WEIGHTS,
  SECTIONS,
  type Section,
  type SectionChange,
  sectionStatus,
} from '../../../core/index.js';
import { mxSection } from '../../../core/report/sections/mx.js';
import { createMemoryResolver, mergeZoneData, type ZoneData } from '../../../core/testing.js';
import { renderFindingsDoc } from '../../../scripts/findings-doc.js';
import { createApp } from '../../../worker/app.js';
import report from '../../fixtures/zones/report.js';
import reverse from '../../fixtures/zones/reverse.js';
import tld from '../../fixtures/zones/tld.js';

// A section that exists only in this file: it reads `_throwaway.<domain>` TXT and needs the mx section's hosts. It is
// added through the registry alone — no production file names it.
const throwawayFindings = {
  'throwaway.missing': {
    severity: 'error',
    title: 'No throwaway record',
    fix: 'Publish "v=tw1" at _throwaway.<domain>.',
    rfc: 'none (test only)',
  },
} as const satisfies FindingCatalogue;

interface ThrowawayData {
  record?: string;
  mxHosts: number;
}

const throwawaySection = defineSection({
  name: 'throwaway',
  label: 'TW',
  title: 'Throwaway check',
  standard: 'test only',
  weight: 20,
  catalogue: throwawayFindings,
  // A section outside core writes its data's schema by hand (core's are generated from their types).
  dataSchema: {
    type: 'object',
    properties: { record: { type: 'string' }, mxHosts: { type: 'integer', minimum: 0 } },
    required: ['mxHosts'],
    additionalProperties: false,
  },
  async check({ domain, resolver, section }): Promise<Section<ThrowawayData>> {
    const [answer, mx] = await Promise.all([resolver.resolve(`_throwaway.${domain}`, 'TXT'), section(mxSection)]);
    const data: ThrowawayData = { mxHosts: mx.data.hosts.length };
    if (answer.status === 'error') {
      return { status: 'error', summary: 'DNS failed.', findings: [], records: [], data };
    }
    const record = answer.status === 'answer' ? answer.records[0]?.data.text : undefined;
    const findings = record
      ? []
      : [createFinding(throwawayFindings, 'throwaway.missing', `${domain} has no throwaway record.`, { at: domain })];
    if (record) data.record = record;
    return {
      status: sectionStatus(findings),
      summary: record ? `Throwaway record found; ${data.mxHosts} MX hosts.` : 'No throwaway record.',
      findings,
      records: record ? [record] : [],
      data,
    };
  },
  compare(before, after) {
    const changes: SectionChange[] = [];
    if (before.data.record && !after.data.record) {
      changes.push({
        regression: true,
        kind: 'throwaway.removed',
        message: `The throwaway record ${before.data.record} is gone.`,
        before: before.data.record,
        after: 'none',
      });
    }
    return changes;
  },
  explains: { 'throwaway.removed': ['throwaway.missing'] },
});

const registry = createRegistry([...SECTIONS.entries, throwawaySection]);

function zones(withRecord: boolean): ZoneData {
  const records = { ...report.records, ...(withRecord ? { '_throwaway.report-good.test': { TXT: ['v=tw1'] } } : {}) };
  return mergeZoneData({ zones: report.zones, records }, reverse, tld);
}

async function check(withRecord: boolean) {
  const result = await checkDomain('report-good.test', {
    resolver: createMemoryResolver(zones(withRecord)),
    selectors: ['s1'],
    registry,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.report;
}

describe('a section added through the registry alone', () => {
  it('is checked, with the result of the section it needs, and lands in the report', async () => {
    const found = await check(true);
    // No sending IP named: the sending section is not in the report.
    expect(Object.keys(found.sections)).toEqual(['spf', 'dmarc', 'dkim', 'mx', 'ptr', 'tls', 'throwaway']);
    expect(found.sections.throwaway).toEqual({
      status: 'pass',
      summary: 'Throwaway record found; 2 MX hosts.',
      findings: [],
      records: ['v=tw1'],
      data: { record: 'v=tw1', mxHosts: 2 },
      // Its own TXT lookup and the mx section's answers it read, none validated (memory zones not marked signed).
      dnssec: 'not validated',
    });
    // The default registry's sections are the same as without the extra one.
    const plain = await checkDomain('report-good.test', {
      resolver: createMemoryResolver(zones(true)),
      selectors: ['s1'],
    });
    if (!plain.ok) throw new Error(plain.error.message);
    expect(Object.keys(plain.report.sections)).toEqual(SECTIONS.names.filter((name) => name !== 'sending'));
    expect(plain.report.sections.spf).toEqual(found.sections.spf);
  });

  it('counts in the grade with its weight', async () => {
    const missing = await check(false);
    expect(missing.sections.throwaway.status).toBe('fail');
    // Everything else passes: 100 × 110 / (110 + 20) — the weights of the sections present sum to 110 (sending,
    // weight 10, is absent without sending IPs, and neither earns nor costs points).
    expect(Object.values(SECTION_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(120);
    expect(SECTION_WEIGHTS.sending).toBe(10);
    expect(missing.score).toBe(Math.round((110 / 130) * 100));
    expect(missing.grade).toBe('B');
    expect(
      gradeSections(
        { spf: 'pass', dmarc: 'pass', dkim: 'pass', mx: 'pass', ptr: 'pass', tls: 'pass', throwaway: 'fail' },
        registry,
      ),
    ).toMatchObject({ score: 85, grade: 'B' });
    // A section that does not cap the grade: failing alone never caps at D.
    expect(registry.entry('throwaway')?.capsGrade).toBeUndefined();
  });

  it('is compared by diffReports: its value change explains its finding, and DNS errors skip it', async () => {
    const before = await check(true);
    const after = await check(false);
    const diff = diffReports(before, after, registry);
    expect(diff.regressions.map((change) => [change.section, change.kind])).toEqual([
      ['grade', 'grade-down'],
      ['throwaway', 'throwaway.removed'],
    ]);
    expect(diffReports(after, before, registry).improvements.map((change) => change.kind)).toEqual([
      'grade-up',
      'throwaway.missing',
      'status-up',
    ]);
    const failed = {
      ...after,
      sections: { ...after.sections, throwaway: { ...after.sections.throwaway, status: 'error' as const } },
    };
    expect(diffReports(before, failed, registry).skipped).toEqual(['throwaway']);
    // Without the registry that knows it, the default comparison ignores it.
    expect(diffReports(before, after).regressions.map((change) => change.section)).toEqual(['grade']);
  });

  it("reaches the Action's verdict, summary, table and annotations", async () => {
    const before = await check(true);
    const after = await check(false);
    const outcome: DomainOutcome = {
      input: 'report-good.test',
      domain: 'report-good.test',
      report: after as unknown as DomainReport,
      baseline: 'compared',
      diff: diffReports(before, after, registry),
      dnsErrors: [],
    };
    const verdict = decideVerdict([outcome], { failOn: 'error', minGrade: undefined, registry });
    expect(verdict.failures).toEqual([
      {
        kind: 'regression',
        domain: 'report-good.test',
        message: 'Grade: The grade went from A to B (score 100 → 85).',
      },
      { kind: 'regression', domain: 'report-good.test', message: 'TW: The throwaway record v=tw1 is gone.' },
      {
        kind: 'finding',
        domain: 'report-good.test',
        message: 'throwaway.missing: report-good.test has no throwaway record.',
      },
    ]);
    expect(verdict.exitCode).toBe(1);
    const run: RunResult = {
      version: 1,
      checkedAt: after.checkedAt,
      failOn: 'error',
      minGrade: null,
      grade: after.grade,
      regressions: 2,
      baseline: { path: 'b.json', label: 'b.json', status: 'found', written: false, unchanged: false, kept: [] },
      domains: [outcome],
      verdict,
    };
    expect(renderSummary(run, registry)).toContain(
      '| TW | ❌ fail | No throwaway record. | not validated | ❌ 1 regression |',
    );
    expect(renderTable(run, { colour: false, registry })).toContain('TW     FAIL      No throwaway record.');
    expect(buildAnnotations(run, registry).map((a) => a.title)).toContain(
      'report-good.test: TW regressed (throwaway.removed)',
    );
  });

  it('is in the OpenAPI document and docs/findings.md', async () => {
    const app = createApp({ registry });
    const document = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, { get: { summary: string } }>;
      components: { schemas: { Report: { properties: { sections: { properties: Record<string, unknown> } } } } };
    };
    expect(Object.keys(document.components.schemas.Report.properties.sections.properties)).toEqual([
      'spf',
      'dmarc',
      'dkim',
      'mx',
      'ptr',
      'tls',
      'sending',
      'throwaway',
    ]);
    expect(document.paths['/v1/check/{domain}']?.get.summary).toContain('TW');
    const plain = (await (await createApp().request('/openapi.json')).json()) as typeof document;
    expect(Object.keys(plain.components.schemas.Report.properties.sections.properties)).not.toContain('throwaway');
    expect(renderFindingsDoc(registry)).toContain('## TW (test only)');
    expect(renderFindingsDoc(registry)).toContain('### throwaway.missing');
  });
});

describe('createRegistry', () => {
  const entry = (name: string, ids: string[] = []) =>
    defineSection({
      name,
      label: name,
      title: name,
      standard: 'test',
      weight: 1,
      catalogue: Object.fromEntries(ids.map((id) => [id, { severity: 'info', title: id, fix: '', rfc: '' }])),
      dataSchema: { type: 'object' },
      check: async () => ({ status: 'pass', summary: '', findings: [], records: [], data: {} }),
    });

  it.each([
    [[entry('a'), entry('a')], /registered twice/],
    [[entry('Bad')], /lower-case kebab/],
    [[entry('a', ['b.x'])], /outside section "a"/],
  ])('refuses a malformed registry (%#)', (entries, message) => {
    expect(() => createRegistry(entries)).toThrow(message);
  });

  it('refuses a section that asks for one registered after it (no cycle can hang a check)', async () => {
    const late = entry('late');
    const early = defineSection({
      ...entry('early'),
      check: async ({ section }) => section(late),
    });
    const result = checkDomain('report-good.test', {
      resolver: createMemoryResolver(zones(true)),
      registry: createRegistry([early, late]),
    });
    await expect(result).rejects.toThrow(/"early" asks for "late", which is not registered before it/);
  });

  it('is the one list of sections: report order, weights, labels', () => {
    expect(SECTIONS.names).toEqual(['spf', 'dmarc', 'dkim', 'mx', 'ptr', 'tls', 'sending']);
    expect(SECTION_WEIGHTS).toEqual({ spf: 25, dmarc: 30, dkim: 25, mx: 5, ptr: 15, tls: 10, sending: 10 });
    // Only sending is optional (there with sending IPs) and leads the lists people read.
    expect(SECTIONS.entries.filter((e) => e.present).map((e) => e.name)).toEqual(['sending']);
    expect(SECTIONS.entries.filter((e) => e.leads).map((e) => e.name)).toEqual(['sending']);
    expect(SECTIONS.entries.filter((e) => e.capsGrade).map((e) => e.name)).toEqual(['spf', 'dmarc', 'tls']);
  });
});
