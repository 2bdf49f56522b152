import { describe, expect, it } from 'vitest';
import type { Resolver } from '../../../core/dns/index.js';
import { checkMx, type MxCheck } from '../../../core/mx/index.js';

export const ids = (check: MxCheck) => check.findings.map((finding) => finding.id).sort();

/** The cases of checkMx any resolver serving test/fixtures/zones/mx.ts must pass: memory and Knot over DoH. */
export function describeCheckMx(over: string, makeResolver: () => Resolver): void {
  describe(`checkMx over ${over}`, () => {
    const resolver = makeResolver();

    it('passes a healthy domain and lists each host with its addresses', async () => {
      const check = await checkMx('mx.test', { resolver });
      expect(ids(check)).toEqual([]);
      expect(check.status).toBe('pass');
      expect(check.records).toEqual(['10 mx1.mx.test', '20 mx2.mx.test']);
      expect(check.data.hosts).toEqual([
        { exchange: 'mx1.mx.test', preference: 10, addresses: ['45.33.20.200', '2a01:4f8:10:f0::10'] },
        { exchange: 'mx2.mx.test', preference: 20, addresses: ['45.33.20.201'] },
      ]);
      expect(check.data).toMatchObject({ nullMx: false, implicit: false, skippedHosts: 0 });
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
      expect(await checkMx('mx-null.test', { resolver })).toMatchObject({
        records: ['0 .'],
        data: { nullMx: true, hosts: [] },
      });
      const implicit = await checkMx('mx-implicit.test', { resolver });
      expect(implicit).toMatchObject({ records: [], data: { implicit: true } });
      expect(implicit.data.hosts).toEqual([
        { exchange: 'mx-implicit.test', preference: 0, addresses: ['45.33.20.203'] },
      ]);
    });

    it('names the CNAME target of an aliased exchange', async () => {
      const check = await checkMx('mx-cname.test', { resolver });
      expect(check.data.hosts[0]).toMatchObject({
        cnameTarget: 'mx1.mx.test',
        addresses: ['45.33.20.200', '2a01:4f8:10:f0::10'],
      });
    });

    it('looks up only the first hosts by preference', async () => {
      const check = await checkMx('mx-many.test', { resolver, maxHosts: 3 });
      expect(check.records).toHaveLength(12);
      expect(check.data.hosts.map((host) => host.exchange)).toEqual([
        'h1.mx-many.test',
        'h2.mx-many.test',
        'h3.mx-many.test',
      ]);
      expect(check.data.skippedHosts).toBe(9);
    });
  });
}
