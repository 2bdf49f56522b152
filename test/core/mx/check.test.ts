import { describe, expect, it } from 'vitest';
import { createLookupSession, createMemoryResolver, mergeZoneData } from '../../../core/dns/index.js';
import { checkMx, isAddressLiteral, isPublicAddress, mapBounded } from '../../../core/mx/index.js';
import mxZones from '../../fixtures/zones/mx.js';
import { describeCheckMx, ids } from './check-cases.js';

describeCheckMx('memory', () => createMemoryResolver(mxZones));

describe('checkMx, bounds and failures', () => {
  it('sends one MX query and two per checked host, however many MX records there are', async () => {
    const exchanges = Array.from({ length: 1000 }, (_, i): [number, string] => [i, `h${i}.mx-huge.test`]);
    const resolver = createMemoryResolver({ zones: ['mx-huge.test'], records: { 'mx-huge.test': { MX: exchanges } } });
    const check = await checkMx('mx-huge.test', { resolver });
    expect(resolver.calls).toHaveLength(1 + 2 * 10);
    expect(check.data.hosts).toHaveLength(10);
    expect(check.data.skippedHosts).toBe(990);
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
    expect(check.data.hosts[1]).toMatchObject({ error: 'timeout', addresses: [] });
  });

  it('is in error when the budget is spent', async () => {
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
