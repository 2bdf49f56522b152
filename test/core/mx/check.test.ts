import { describe, expect, inject, it } from 'vitest';
import {
  createDohResolver,
  createLookupSession,
  createMemoryResolver,
  mergeZoneData,
} from '../../../core/dns/index.js';
import { checkMx, isAddressLiteral, isPublicAddress, type MxCheck, mapBounded } from '../../../core/mx/index.js';
import { resolversFor } from '../../dns-stack/resolvers.js';
import mxZones from '../../fixtures/zones/mx.js';

const ids = (check: MxCheck) => check.findings.map((finding) => finding.id).sort();

const resolvers = resolversFor(mxZones);

describe.each(resolvers)('checkMx over %s', (_label, makeResolver) => {
  const resolver = makeResolver();

  it('passes a healthy domain and lists each host with its addresses', async () => {
    const check = await checkMx('mx.test', { resolver });
    expect(ids(check)).toEqual([]);
    expect(check.status).toBe('pass');
    expect(check.records).toEqual(['10 mx1.mx.test', '20 mx2.mx.test']);
    expect(check.hosts).toEqual([
      { exchange: 'mx1.mx.test', preference: 10, addresses: ['45.33.20.200', '2a01:4f8:10:f0::10'] },
      { exchange: 'mx2.mx.test', preference: 20, addresses: ['45.33.20.201'] },
    ]);
    expect(check).toMatchObject({ nullMx: false, implicit: false, skippedHosts: 0 });
  });

  it.each([
    ['mx-null.test', ['mx.null'], 'pass'],
    ['mx-null-mixed.test', ['mx.null-invalid'], 'fail'],
    ['mx-null-pref.test', ['mx.null', 'mx.null-invalid'], 'warn'],
    ['mx-implicit.test', ['mx.implicit'], 'warn'],
    ['mx-missing.test', ['mx.missing'], 'warn'],
    ['mx-nonexistent.mx.test', ['mx.missing'], 'warn'],
    ['mx-noaddr.test', ['mx.no-address', 'mx.no-address'], 'fail'],
    ['mx-cname.test', ['mx.cname'], 'warn'],
    ['mx-literal.test', ['mx.address-literal'], 'fail'],
    ['mx-private.test', ['mx.non-public-address'], 'warn'],
    ['mx-many.test', ['mx.too-many'], 'pass'],
    ['mx-broken.test', ['mx.dns-error'], 'error'],
    ['mx-unserved.invalid', ['mx.dns-error'], 'error'],
  ])('%s → %j (%s)', async (domain, expected, status) => {
    const check = await checkMx(domain, { resolver });
    expect(ids(check)).toEqual(expected);
    expect(check.status).toBe(status);
  });

  it('reports null MX and implicit MX in the data', async () => {
    expect(await checkMx('mx-null.test', { resolver })).toMatchObject({ nullMx: true, records: ['0 .'], hosts: [] });
    const implicit = await checkMx('mx-implicit.test', { resolver });
    expect(implicit).toMatchObject({ implicit: true, records: [] });
    expect(implicit.hosts).toEqual([{ exchange: 'mx-implicit.test', preference: 0, addresses: ['45.33.20.203'] }]);
  });

  it('names the CNAME target of an aliased exchange', async () => {
    const check = await checkMx('mx-cname.test', { resolver });
    expect(check.hosts[0]).toMatchObject({
      cnameTarget: 'mx1.mx.test',
      addresses: ['45.33.20.200', '2a01:4f8:10:f0::10'],
    });
  });

  it('looks up only the first hosts by preference', async () => {
    const check = await checkMx('mx-many.test', { resolver, maxHosts: 3 });
    expect(check.records).toHaveLength(12);
    expect(check.hosts.map((host) => host.exchange)).toEqual(['h1.mx-many.test', 'h2.mx-many.test', 'h3.mx-many.test']);
    expect(check.skippedHosts).toBe(9);
  });
});

describe('checkMx, bounds and failures', () => {
  it('sends one MX query and two per checked host, however many MX records there are', async () => {
    const exchanges = Array.from({ length: 1000 }, (_, i): [number, string] => [i, `h${i}.mx-huge.test`]);
    const resolver = createMemoryResolver({ zones: ['mx-huge.test'], records: { 'mx-huge.test': { MX: exchanges } } });
    const check = await checkMx('mx-huge.test', { resolver });
    expect(resolver.calls).toHaveLength(1 + 2 * 10);
    expect(check.hosts).toHaveLength(10);
    expect(check.skippedHosts).toBe(990);
  });

  it('keeps a reachable host when another host times out, as a warning', async () => {
    const zones = mergeZoneData(mxZones, {
      zones: ['mx-slow.test'],
      records: {
        'mx-slow.test': {
          MX: [
            [10, 'mx1.mx.test'],
            [20, 'slow.mx-slow.test'],
          ],
        },
        'slow.mx-slow.test': { error: 'timeout' },
      },
    });
    const check = await checkMx('mx-slow.test', { resolver: createMemoryResolver(zones) });
    expect(ids(check)).toEqual(['mx.dns-error']);
    expect(check.findings[0]!.severity).toBe('warning');
    expect(check.status).toBe('warn');
    expect(check.hosts[1]).toMatchObject({ error: 'timeout', addresses: [] });
  });

  it('is in error when the DoH server is down, and when the budget is spent', async () => {
    const down = createDohResolver({ endpoints: [inject('downDohUrl')], timeoutMs: 2000 });
    expect((await checkMx('mx.test', { resolver: down })).status).toBe('error');
    const session = createLookupSession(createMemoryResolver(mxZones), { maxQueries: 1 });
    const check = await checkMx('mx.test', { resolver: session });
    session.close();
    expect(check.status).toBe('error');
  });
});

describe('address helpers', () => {
  it.each([
    ['45.33.20.200', true],
    ['[45.33.20.200]', true],
    ['2a01:4f8::1', true],
    ['mx1.example.com', false],
    ['10.example.com', false],
    ['1.2.3', false],
  ])('isAddressLiteral(%s) = %s', (name, expected) => {
    expect(isAddressLiteral(name)).toBe(expected);
  });

  it.each([
    ['45.33.20.200', true],
    ['2a01:4f8:10:f0::10', true],
    ['10.0.0.25', false],
    ['127.0.0.1', false],
    ['192.0.2.1', false],
    ['2001:db8::1', false],
    ['::ffff:10.0.0.1', false],
    ['fe80::1', false],
  ])('isPublicAddress(%s) = %s (RFC 6890)', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('mapBounded keeps order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapBounded([5, 1, 4, 2, 3], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});
