import { describe, expect, it } from 'vitest';
import { checkDomain, type DnsResult, type RecordType, type Resolver, SECTIONS } from '../../../core/index.js';
import { HELO_QUERY_BUDGET, MAX_HELO_HOSTS } from '../../../core/report/sections/mx.js';
import { createMemoryResolver, mergeZoneData, type ZoneData } from '../../../core/testing.js';
import providers from '../../fixtures/zones/providers.js';
import report from '../../fixtures/zones/report.js';
import reverse from '../../fixtures/zones/reverse.js';
import tld from '../../fixtures/zones/tld.js';
import { unwrap } from './check-domain-fixtures.js';

const zones = () => createMemoryResolver(mergeZoneData(report, reverse, tld, providers));

/** A resolver over the fixtures whose answer to one query is SERVFAIL. */
function failing(query: string): Resolver {
  const memory = zones();
  return {
    resolve<T extends RecordType>(name: string, type: T): Promise<DnsResult<T>> {
      if (`${type} ${name}` === query) {
        return Promise.resolve({
          status: 'error',
          name,
          type,
          error: { code: 'servfail', transient: true, message: 'The server answered SERVFAIL.' },
        });
      }
      return memory.resolve(name, type);
    },
  };
}

describe('the mx section (memory resolver)', () => {
  it('declares the HELO findings with the hosts they are about, and each finding id once in the registry', () => {
    const mx = SECTIONS.entry('mx')!;
    expect(Object.keys(mx.catalogue)).toEqual(
      expect.arrayContaining(['mx.null-but-sends', 'spf.helo-no-record', 'spf.helo-dns-error']),
    );
    const ids = SECTIONS.entries.flatMap((entry) => Object.keys(entry.catalogue));
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(SECTIONS.entry('spf')!.catalogue).filter((id) => id.startsWith('spf.helo-'))).toEqual([]);
  });

  it('makes the section error, never a pass, when a HELO lookup fails (the HELO part is unknown)', async () => {
    const r = unwrap(await checkDomain('report-good.test', { resolver: failing('TXT mx2.report-good.test') }));
    const mx = r.sections.mx;
    expect(mx.status).toBe('error');
    expect(mx.data.helo?.status).toBe('error');
    expect(mx.data.helo?.hosts.map((host) => host.status)).toEqual(['pass', 'error']);
    expect(mx.findings).toMatchObject([{ id: 'spf.helo-dns-error', severity: 'error', at: 'mx2.report-good.test' }]);
    expect(r.complete).toBe(false);
  });

  it('claims no sending from SPF that DNS could not answer (RFC 7505 §4.2 needs evidence)', async () => {
    const r = unwrap(await checkDomain('report-nullmx-spf.test', { resolver: failing('TXT report-nullmx-spf.test') }));
    expect(r.sections.spf.status).toBe('error');
    expect(r.sections.mx.findings.map((f) => f.id)).toEqual(['mx.null']);
  });

  it("keeps the HELO checks within their share of the budget, however large the hosts' records", async () => {
    // Every MX host's record includes ten names of its own, each with one more include: 5 × 21 queries unbounded.
    const records: ZoneData['records'] = {
      'helo-hostile.test': {
        TXT: ['v=spf1 -all'],
        MX: Array.from({ length: 8 }, (_, i): [number, string] => [i, `mx${i}.helo-hostile.test`]),
      },
    };
    for (let i = 0; i < 8; i++) {
      const includes = Array.from({ length: 10 }, (_, j) => `include:i${j}.mx${i}.helo-hostile.test`).join(' ');
      records[`mx${i}.helo-hostile.test`] = { A: [`45.33.50.${i + 1}`], TXT: [`v=spf1 ${includes} -all`] };
      for (let j = 0; j < 10; j++) {
        records[`i${j}.mx${i}.helo-hostile.test`] = { TXT: [`v=spf1 include:deep.i${j}.mx${i}.helo-hostile.test`] };
        records[`deep.i${j}.mx${i}.helo-hostile.test`] = { TXT: ['v=spf1 ?all'] };
      }
    }
    const memory = createMemoryResolver({ zones: ['helo-hostile.test'], records });
    const r = unwrap(await checkDomain('helo-hostile.test', { resolver: memory, discoverSelectors: false }));
    const heloQueries = memory.calls.filter((call) => /^TXT (i\d|deep|mx\d)/.test(call));
    expect(heloQueries.length).toBeLessThanOrEqual(HELO_QUERY_BUDGET);
    const helo = r.sections.mx.data.helo!;
    expect(helo.hosts).toHaveLength(MAX_HELO_HOSTS);
    expect(helo.skippedHosts).toBe(3);
    // What the bound left unknown is said, and the section is not a pass.
    expect(r.sections.mx.status).toBe('error');
    expect(r.sections.mx.findings.map((f) => f.id)).toContain('spf.helo-dns-error');
  });
});
