import { describe, expect, inject, it } from 'vitest';
import {
  createDohResolver,
  createLookupSession,
  createMemoryResolver,
  mergeZoneData,
} from '../../../core/dns/index.js';
import { checkMx } from '../../../core/mx/index.js';
import { checkPtr, checkPtrSection, type PtrCheck, ptrTargetsFromMx } from '../../../core/ptr/index.js';
import { resolversFor } from '../../dns-stack/resolvers.js';
import mxZones from '../../fixtures/zones/mx.js';
import reverseZones from '../../fixtures/zones/reverse.js';

const zones = mergeZoneData(reverseZones, mxZones);
const ids = (check: { findings: Array<{ id: string }> }) => check.findings.map((finding) => finding.id).sort();

const resolvers = resolversFor(zones);

describe.each(resolvers)('checkPtr over %s', (_label, makeResolver) => {
  const resolver = makeResolver();

  it.each([
    ['45.33.20.200', 'mx1.mx.test'],
    ['2a01:4f8:10:f0::10', 'mx1.mx.test'],
    ['45.33.20.202', 'out.mx.test'],
  ])('confirms %s → %s forward and back', async (ip, name) => {
    const check = await checkPtr(ip, { resolver });
    expect(ids(check)).toEqual([]);
    expect(check).toMatchObject({ status: 'pass', fcrdns: true, confirmedName: name, names: [name], generic: false });
    expect(check.records).toEqual([`${check.reverseName} PTR ${name}`]);
  });

  it.each([
    ['203.0.113.200', ['ptr.missing'], 'fail'],
    ['203.0.113.201', ['ptr.mismatch'], 'fail'],
    ['203.0.113.205', ['ptr.mismatch'], 'fail'],
    ['203.0.113.202', ['ptr.generic'], 'warn'],
    ['203.0.113.203', ['ptr.dns-error'], 'error'],
    ['203.0.113.204', ['ptr.multiple'], 'pass'],
  ])('%s → %j (%s)', async (ip, expected, status) => {
    const check = await checkPtr(ip, { resolver });
    expect(ids(check)).toEqual(expected);
    expect(check.status).toBe(status);
    expect(check.findings.every((finding) => finding.at === ip)).toBe(true);
  });

  it('names what the mismatched PTR name resolves to', async () => {
    const check = await checkPtr('203.0.113.201', { resolver });
    expect(check.forward).toEqual([{ name: 'mismatch.mx.test', addresses: ['203.0.113.99'], confirmed: false }]);
    expect(check.findings[0]!.message).toContain('203.0.113.99');
  });

  it('confirms one of several PTR names', async () => {
    const check = await checkPtr('203.0.113.204', { resolver });
    expect(check.confirmedName).toBe('smtp.mx-isp.test');
    expect(check.names.sort()).toEqual(['mismatch.mx.test', 'smtp.mx-isp.test']);
  });

  it('makes a missing PTR only a warning for an MX host address', async () => {
    const check = await checkPtr('203.0.113.200', { resolver, source: 'mx', host: 'mx9.mx.test' });
    expect(check.findings[0]!.severity).toBe('warning');
    expect(check).toMatchObject({ status: 'warn', source: 'mx', host: 'mx9.mx.test' });
  });

  it('answers an invalid IP with an error value and no query', async () => {
    const check = await checkPtr('not-an-ip', { resolver });
    expect(check.error).toEqual({ code: 'invalid-ip', message: '"not-an-ip" is not an IP address.' });
    expect(ids(check)).toEqual(['ptr.invalid-ip']);
    expect(check.status).toBe('fail');
  });
});

describe('checkPtrSection', () => {
  it('checks the MX hosts of a domain and the sending IPs, concurrently and de-duplicated', async () => {
    const resolver = createDohResolver({ endpoints: [inject('dohUrl')], timeoutMs: 3000 });
    const mx = await checkMx('mx.test', { resolver });
    const targets = ptrTargetsFromMx(mx);
    expect(targets).toEqual([
      { ip: '45.33.20.200', source: 'mx', host: 'mx1.mx.test' },
      { ip: '2a01:4f8:10:f0::10', source: 'mx', host: 'mx1.mx.test' },
      { ip: '45.33.20.201', source: 'mx', host: 'mx2.mx.test' },
    ]);
    const section = await checkPtrSection({ ips: [...targets, '45.33.20.202', '45.33.20.200'], resolver });
    expect(section.status).toBe('pass');
    expect(section.data.results.map((result) => [result.ip, result.source, result.fcrdns])).toEqual([
      ['45.33.20.202', 'sending', true],
      ['45.33.20.200', 'sending', true],
      ['2a01:4f8:10:f0::10', 'mx', true],
      ['45.33.20.201', 'mx', true],
    ]);
    expect(section.records).toHaveLength(4);
    expect(section.summary).toBe('4 of 4 addresses have forward-confirmed reverse DNS.');
  });

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
    const section = await checkPtrSection({ ips: ptrTargetsFromMx(mx), resolver });
    expect(section).toMatchObject({ status: 'pass', findings: [], data: { results: [], skipped: [] } });
  });

  it('bounds the addresses and the PTR names it looks up', async () => {
    const names = Array.from({ length: 50 }, (_, i) => `n${i}.mx-isp.test`);
    const many = mergeZoneData(zones, { zones: [], records: { '210.113.0.203.in-addr.arpa': { PTR: names } } });
    const resolver = createMemoryResolver(many);
    const check: PtrCheck = await checkPtr('203.0.113.210', { resolver });
    expect(check.names).toHaveLength(10);
    expect(check.skippedNames).toBe(40);
    expect(resolver.calls).toHaveLength(1 + 10);

    const ips = Array.from({ length: 100 }, (_, i) => `45.33.21.${i}`);
    const session = createLookupSession(createMemoryResolver(zones), { maxQueries: 500 });
    const section = await checkPtrSection({ ips, resolver: session, maxIps: 20 });
    session.close();
    expect(section.data.results).toHaveLength(20);
    expect(section.data.skipped).toHaveLength(80);
    expect(session.stats.queries).toBe(20);
  });

  it('is in error when the DoH server is down', async () => {
    const resolver = createDohResolver({ endpoints: [inject('downDohUrl')], timeoutMs: 2000 });
    const check = await checkPtr('45.33.20.200', { resolver });
    expect(ids(check)).toEqual(['ptr.dns-error']);
    expect(check.status).toBe('error');
  });
});
