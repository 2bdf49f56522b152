import { describe, expect, it } from 'vitest';
import { createLookupSession, createMemoryResolver, mergeZoneData } from '../../../core/dns/index.js';
import { checkMx } from '../../../core/mx/index.js';
import { checkPtr, checkPtrSection, type PtrCheck, ptrTargetsFromMx } from '../../../core/ptr/index.js';
import { describeCheckPtr, ids, zones } from './check-cases.js';

describeCheckPtr('memory', () => createMemoryResolver(zones));

describe('checkPtrSection', () => {
  it('gathers every finding of the addresses and fails on a sending IP without FCrDNS', async () => {
    const resolver = createMemoryResolver(zones);
    const section = await checkPtrSection({ ips: ['203.0.113.200', '203.0.113.201', '203.0.113.202'], resolver });
    expect(ids(section)).toEqual(['ptr.generic', 'ptr.mismatch', 'ptr.missing']);
    expect(section.status).toBe('fail');
  });

  it('is in error when a lookup fails, and never a pass', async () => {
    const resolver = createMemoryResolver(zones);
    const section = await checkPtrSection({ ips: ['45.33.20.200', '203.0.113.203'], resolver });
    expect(section.status).toBe('error');
  });

  it('has nothing to check for a null-MX domain and no sending IP', async () => {
    const resolver = createMemoryResolver(zones);
    const mx = await checkMx('mx-null.test', { resolver });
    const section = await checkPtrSection({ ips: ptrTargetsFromMx(mx.data), resolver });
    expect(section).toMatchObject({ status: 'pass', findings: [], data: { results: [], skipped: [] } });
  });

  it('bounds the addresses and the PTR names it looks up', async () => {
    const names = Array.from({ length: 50 }, (_, i) => `n${i}.mx-isp.test`);
    const many = mergeZoneData(zones, { zones: [], records: { '210.113.0.203.in-addr.arpa': { PTR: names } } });
    const resolver = createMemoryResolver(many);
    const check: PtrCheck = await checkPtr('203.0.113.210', { resolver });
    expect(check.data.names).toHaveLength(10);
    expect(check.data.skippedNames).toBe(40);
    expect(resolver.calls).toHaveLength(1 + 10);

    const ips = Array.from({ length: 100 }, (_, i) => `45.33.21.${i}`);
    const session = createLookupSession(createMemoryResolver(zones), { maxQueries: 500 });
    const section = await checkPtrSection({ ips, resolver: session, maxIps: 20 });
    session.close();
    expect(section.data.results).toHaveLength(20);
    expect(section.data.skipped).toHaveLength(80);
    expect(session.stats.queries).toBe(20);
  });
});
