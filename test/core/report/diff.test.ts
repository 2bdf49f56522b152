import { describe, expect, it } from 'vitest';
import { checkDomain, type DomainReport, diffReports, gradeSections } from '../../../core/index.js';
import { createMemoryResolver, mergeZoneData, type RecordSet, type ZoneData } from '../../../core/testing.js';
import { dkimTestKeys } from '../../fixtures/zones/dkim.js';
import report from '../../fixtures/zones/report.js';
import reverse from '../../fixtures/zones/reverse.js';
import tld from '../../fixtures/zones/tld.js';

/** The healthy fixture domain with some owners replaced (undefined removes the owner). */
function variant(changes: Record<string, RecordSet | undefined>): ZoneData {
  const records = { ...report.records } as Record<string, RecordSet>;
  for (const [owner, set] of Object.entries(changes)) {
    if (set) records[owner] = set;
    else delete records[owner];
  }
  return mergeZoneData({ zones: report.zones, records }, reverse, tld);
}

async function reportOf(zones: ZoneData, selectors = ['s1']): Promise<DomainReport> {
  const result = await checkDomain('report-good.test', { resolver: createMemoryResolver(zones), selectors });
  if (!result.ok) throw new Error(result.error.message);
  return result.report;
}

const baseline = () => reportOf(variant({}));
const kinds = (changes: { kind: string }[]) => changes.map((c) => c.kind);

describe('diffReports', () => {
  it('finds nothing between two checks of an unchanged domain', async () => {
    const diff = diffReports(await baseline(), await baseline());
    expect(diff).toEqual({ regressions: [], improvements: [], skipped: [] });
  });

  it('reports DMARC weakened from reject to none, naming the policy and the finding', async () => {
    const weakened = await reportOf(
      variant({ '_dmarc.report-good.test': { TXT: ['v=DMARC1; p=none; rua=mailto:dmarc@report-good.test'] } }),
    );
    const diff = diffReports(await baseline(), weakened);
    // One change, one regression: p, sp and np moving alike is one policy change, and it explains dmarc.policy-none.
    expect(kinds(diff.regressions)).toEqual(['grade-down', 'dmarc.policy-weakened']);
    const policy = diff.regressions.find((c) => c.kind === 'dmarc.policy-weakened');
    expect(policy).toMatchObject({ section: 'dmarc', before: 'reject', after: 'none', at: '_dmarc.report-good.test' });
    expect(policy!.message).toMatch(/the domain, existing subdomains and non-existent subdomains/);
    expect(policy!.fix).toMatch(/p=reject/);
    // And the way back is an improvement.
    expect(kinds(diffReports(weakened, await baseline()).improvements)).toContain('dmarc.policy-strengthened');
  });

  it('reports a DKIM selector removed and a key weakened', async () => {
    const removed = diffReports(
      await baseline(),
      await reportOf(variant({ 's1._domainkey.report-good.test': undefined })),
    );
    expect(kinds(removed.regressions)).toContain('dkim.selector-removed');
    expect(kinds(removed.regressions)).not.toContain('dkim.selector-not-found');
    const weaker = diffReports(
      await baseline(),
      await reportOf(variant({ 's1._domainkey.report-good.test': { TXT: [`v=DKIM1; p=${dkimTestKeys.rsa1024}`] } })),
    );
    expect(weaker.regressions.find((c) => c.kind === 'dkim.key-weakened')).toMatchObject({
      before: '2048',
      after: '1024',
    });
    expect(kinds(weaker.regressions)).not.toContain('dkim.weak-key');
  });

  it('reports an SPF all weakened and FCrDNS lost', async () => {
    const spf = diffReports(
      await baseline(),
      await reportOf(
        variant({
          'report-good.test': { ...report.records['report-good.test'], TXT: ['v=spf1 mx ip4:45.33.40.0/28 ~all'] },
        }),
      ),
    );
    expect(spf.regressions.find((c) => c.kind === 'spf.all-weakened')).toMatchObject({ before: '-all', after: '~all' });
    const ptr = diffReports(
      await baseline(),
      await reportOf(variant({ '1.40.33.45.in-addr.arpa': { PTR: ['host-45-33-40-1.isp.test'] } })),
    );
    expect(kinds(ptr.regressions)).toEqual(expect.arrayContaining(['ptr.fcrdns-lost']));
  });

  it('never reports a regression for a section in error, and skips the grade', async () => {
    const failing = variant({
      '_dmarc.report-good.test': { error: 'servfail' },
      's1._domainkey.report-good.test': { error: 'timeout' },
    });
    const current = await reportOf(failing);
    expect(current.sections.dmarc.status).toBe('error');
    expect(current.sections.dkim.status).toBe('error');
    const diff = diffReports(await baseline(), current);
    expect(diff.regressions).toEqual([]);
    expect(diff.skipped).toEqual(['dmarc', 'dkim']);
  });
});

describe('gradeSections', () => {
  it.each([
    [{ spf: 'pass', dmarc: 'pass', dkim: 'pass', mx: 'pass', ptr: 'pass', tls: 'pass' }, 100, 'A'],
    [{ spf: 'pass', dmarc: 'warn', dkim: 'pass', mx: 'pass', ptr: 'pass', tls: 'pass' }, 86, 'B'],
    [{ spf: 'warn', dmarc: 'warn', dkim: 'warn', mx: 'pass', ptr: 'warn', tls: 'pass' }, 57, 'D'],
    [{ spf: 'fail', dmarc: 'pass', dkim: 'pass', mx: 'pass', ptr: 'pass', tls: 'pass' }, 77, 'D'],
    [{ spf: 'fail', dmarc: 'fail', dkim: 'fail', mx: 'fail', ptr: 'fail', tls: 'fail' }, 0, 'F'],
    // An unknown is never shown as a grade: a section in error leaves both unknown.
    [{ spf: 'pass', dmarc: 'error', dkim: 'pass', mx: 'pass', ptr: 'pass', tls: 'pass' }, null, null],
    [{ spf: 'pass', dmarc: 'pass', dkim: 'pass', mx: 'pass', ptr: 'pass', tls: 'error' }, null, null],
    [{ spf: 'pass', dmarc: 'pass', dkim: 'pass', mx: 'pass', ptr: 'pass', tls: 'warn' }, 95, 'A'],
    // An enforce policy that omits an MX host: 91, capped — compliant senders refuse mail to that host.
    [{ spf: 'pass', dmarc: 'pass', dkim: 'pass', mx: 'pass', ptr: 'pass', tls: 'fail' }, 91, 'D'],
  ] as const)('%j scores %s, grade %s (docs/grading.md)', (statuses, score, grade) => {
    expect(gradeSections(statuses)).toMatchObject({ score, grade });
  });
});

describe('diffReports and failed lookups that leave a section judged: an unknown is never a regression', () => {
  it('counts neither a failed report-destination lookup nor the warning it brings, and leaves the grade alone', async () => {
    const external = {
      '_dmarc.report-good.test': { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@mx.report-seed.test'] },
    };
    const before = await reportOf(
      variant({ ...external, 'report-good.test._report._dmarc.mx.report-seed.test': { TXT: ['v=DMARC1'] } }),
    );
    const after = await reportOf(
      variant({ ...external, 'report-good.test._report._dmarc.mx.report-seed.test': { error: 'servfail' } }),
    );
    const failure = after.sections.dmarc.findings.find((f) => f.id === 'dmarc.dns-error');
    expect(failure).toMatchObject({ severity: 'warning', cause: 'domain' });
    expect(after.sections.dmarc.status).toBe('warn');
    expect(before.grade).toBe('A');
    expect(after.grade).toBe('B');
    const diff = diffReports(before, after);
    expect(diff.regressions).toEqual([]);
    // Nor is the lookup answering again an improvement.
    expect(diffReports(after, before).improvements).toEqual([]);
  });

  it('counts no MX host whose address lookup failed while another host answered', async () => {
    const after = await reportOf(variant({ 'mx2.report-good.test': { error: 'servfail' } }));
    expect(after.sections.mx.findings.find((f) => f.id === 'mx.dns-error')).toMatchObject({ severity: 'warning' });
    const diff = diffReports(await baseline(), after);
    expect(kinds(diff.regressions)).not.toContain('mx.dns-error');
    expect(kinds(diff.regressions)).not.toContain('grade-down');
    expect(diff.regressions.filter((change) => change.section === 'mx')).toEqual([]);
  });

  it('does not call a guessed selector removed, nor DKIM worse, when its lookup failed this time', async () => {
    const before = await reportOf(variant({}), []);
    expect(before.sections.dkim.data.selectors.find((s) => s.selector === 's1')?.found).toBe(true);
    const after = await reportOf(variant({ 's1._domainkey.report-good.test': { error: 'servfail' } }), []);
    expect(after.sections.dkim.data.selectors.find((s) => s.selector === 's1')?.dnsError).toBe('servfail');
    const diff = diffReports(before, after);
    expect(diff.regressions).toEqual([]);
    expect(diff.skipped).toEqual(['dkim']);
    expect(diffReports(after, before).improvements).toEqual([]);
  });
});
