import { describe, expect, it } from 'vitest';
import { mergeZoneData, type Resolver } from '../../../core/dns/index.js';
import { checkPtr } from '../../../core/ptr/index.js';
import mxZones from '../../fixtures/zones/mx.js';
import reverseZones from '../../fixtures/zones/reverse.js';

/** The zones the PTR tests serve: reverse names and the MX hosts they point at. */
export const zones = mergeZoneData(reverseZones, mxZones);
export const ids = (check: { findings: Array<{ id: string }> }) => check.findings.map((finding) => finding.id).sort();

/** The cases of checkPtr any resolver serving `zones` must pass: memory and Knot over DoH. */
export function describeCheckPtr(over: string, makeResolver: () => Resolver): void {
  describe(`checkPtr over ${over}`, () => {
    const resolver = makeResolver();

    it.each([
      ['45.33.20.200', 'mx1.mx.test'],
      ['2a01:4f8:10:f0::10', 'mx1.mx.test'],
      ['45.33.20.202', 'out.mx.test'],
    ])('confirms %s → %s forward and back', async (ip, name) => {
      const check = await checkPtr(ip, { resolver });
      expect(ids(check)).toEqual([]);
      expect(check).toMatchObject({
        status: 'pass',
        data: { fcrdns: true, confirmedName: name, names: [name], generic: false },
      });
      expect(check.records).toEqual([`${check.data.reverseName} PTR ${name}`]);
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
      expect(check.data.forward).toEqual([{ name: 'mismatch.mx.test', addresses: ['203.0.113.99'], confirmed: false }]);
      expect(check.findings[0]!.message).toContain('203.0.113.99');
    });

    it('confirms one of several PTR names', async () => {
      const check = await checkPtr('203.0.113.204', { resolver });
      expect(check.data.confirmedName).toBe('smtp.mx-isp.test');
      expect(check.data.names.sort()).toEqual(['mismatch.mx.test', 'smtp.mx-isp.test']);
    });

    it('makes a missing PTR only a warning for an MX host address', async () => {
      const check = await checkPtr('203.0.113.200', { resolver, source: 'mx', host: 'mx9.mx.test' });
      expect(check.findings[0]!.severity).toBe('warning');
      expect(check).toMatchObject({ status: 'warn', data: { source: 'mx', host: 'mx9.mx.test' } });
    });

    it('answers an invalid IP with an error value and no query', async () => {
      const check = await checkPtr('not-an-ip', { resolver });
      expect(check.data.error).toEqual({
        code: 'invalid-ip',
        message:
          '"not-an-ip" is not an IP address: an IPv4 address is four numbers from 0 to 255 joined by dots (192.0.2.1), ' +
          'an IPv6 address hex groups joined by colons (2001:db8::1).',
      });
      expect(ids(check)).toEqual(['ptr.invalid-ip']);
      expect(check.status).toBe('fail');
    });
  });
}
