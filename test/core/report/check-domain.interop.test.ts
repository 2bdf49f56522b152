import { describe, expect, it } from 'vitest';
import { checkDomain, createDohResolver, type DomainReport, type Finding } from '../../../core/index.js';
import { stackUrl } from '../../dns-stack/resolvers.js';
import { idsOf, memory, unwrap } from './check-domain-fixtures.js';

const doh = () => createDohResolver({ endpoints: [stackUrl('dohUrl')], timeoutMs: 2000 });

describe('checkDomain over Knot behind dnsdist', () => {
  it('grades a healthy domain A with every section passing', async () => {
    const r = unwrap(await checkDomain('Report-Good.test.', { resolver: doh(), selectors: ['s1'] }));
    expect(r).toMatchObject({ domain: 'report-good.test', input: 'Report-Good.test.', grade: 'A', complete: true });
    expect(Object.values(r.sections).map((s) => s.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
    expect(r.sections.dkim.data.selectors.find((s) => s.selector === 's1')).toMatchObject({
      found: true,
      keyBits: 2048,
    });
    expect(r.sections.ptr.data.results.every((p) => p.fcrdns)).toBe(true);
    expect(r.sections.spf.records).toEqual(['v=spf1 mx ip4:45.33.40.0/28 -all']);
    expect(r.queries).toBeGreaterThan(5);
    expect(r.ttl).toBe(300);
    expect(() => JSON.parse(JSON.stringify(r))).not.toThrow();
  });

  it('names every problem of the seed configuration and what to change', async () => {
    const r = unwrap(await checkDomain('report-seed.test', { resolver: doh(), selectors: ['sel1024'] }));
    const ids = idsOf(r);
    expect(ids.spf).toEqual(
      expect.arrayContaining(['spf.cidr-not-network', 'spf.non-public-address', 'spf.include-no-record']),
    );
    expect(ids.dmarc).toEqual(expect.arrayContaining(['dmarc.partial-pct', 'dmarc.historic-tag']));
    expect(ids.dkim).toContain('dkim.weak-key');
    expect(ids.ptr).toContain('ptr.missing');
    const all = Object.values(r.sections).flatMap((s) => s.findings);
    const cidr = all.find((f) => f.id === 'spf.cidr-not-network')!;
    expect(cidr.message).toContain('192.168.0.0/16');
    expect(all.find((f) => f.id === 'dmarc.partial-pct')!.message).toMatch(/1%/);
    expect(all.find((f) => f.id === 'dkim.weak-key')!.message).toMatch(/1024/);
    for (const finding of all) {
      expect(finding.fix.length, finding.id).toBeGreaterThan(15);
      expect(finding.rfc, finding.id).toMatch(/RFC \d+/);
    }
    expect(r.sections.spf.status).toBe('fail');
    // A failing SPF caps the grade at D.
    expect(['D', 'E', 'F']).toContain(r.grade);
  });

  it('makes no DKIM or PTR demands on a domain that declares it sends no mail', async () => {
    const r = unwrap(await checkDomain('report-nomail.test', { resolver: doh() }));
    expect(r.sendsNoMail).toBe(true);
    expect(r.sections.mx.data.nullMx).toBe(true);
    expect(r.sections.dkim.status).toBe('pass');
    expect(r.sections.dkim.findings.map((f) => [f.id, f.severity])).toEqual([['dkim.no-selector-found', 'info']]);
    expect(r.sections.ptr.status).toBe('pass');
    expect(r.grade).toBe('A');
  });

  it('reports DNS failure as error sections, never as missing, and leaves them out of the grade', async () => {
    const down = createDohResolver({ endpoints: [stackUrl('downDohUrl')], retries: 0 });
    const r = unwrap(await checkDomain('report-good.test', { resolver: down }));
    expect(Object.values(r.sections).map((s) => s.status)).toEqual([
      'error',
      'error',
      'error',
      'error',
      'error',
      'error',
    ]);
    expect(r.complete).toBe(false);
    const ids = Object.values(r.sections).flatMap((s) => s.findings.map((f: Finding) => f.id));
    expect(ids).not.toContain('spf.missing');
    expect(ids).not.toContain('dmarc.missing');
    expect(ids).not.toContain('mx.missing');
  });

  it('gives the same report from memory as from the real servers (one zone source)', async () => {
    const strip = (r: DomainReport) => ({ ...r, checkedAt: '', elapsedMs: 0 });
    const now = () => new Date('2026-01-01T00:00:00Z');
    const a = unwrap(await checkDomain('report-seed.test', { resolver: doh(), selectors: ['sel1024'], now }));
    const b = unwrap(await checkDomain('report-seed.test', { resolver: memory(), selectors: ['sel1024'], now }));
    expect(strip(a)).toEqual(strip(b));
  });
});
