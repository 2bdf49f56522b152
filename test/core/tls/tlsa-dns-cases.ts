import { describe, expect, it } from 'vitest';
import type { Resolver } from '../../../core/dns/index.js';

/** The TLSA cases any resolver serving test/fixtures/zones/tls.ts must pass: memory and Knot over DoH. */
export function describeTlsaRecords(over: string, makeResolver: () => Resolver): void {
  describe(`TLSA records served by ${over}`, () => {
    it('decodes usage, selector, matching type and data (RFC 6698 §2.1)', async () => {
      const result = await makeResolver().resolve('_25._tcp.mx1.tls-good.test', 'TLSA');
      expect(result).toMatchObject({
        status: 'answer',
        records: [
          {
            name: '_25._tcp.mx1.tls-good.test',
            type: 'TLSA',
            data: {
              usage: 3,
              selector: 1,
              matchingType: 1,
              data: '8cb0fc6c527506a053f4f14c8464bebbd6dede2738d11468dd953d7d6a3021f1',
            },
          },
        ],
      });
    });

    it('keeps every record of an RRset, and answers NXDOMAIN and REFUSED faithfully', async () => {
      const resolver = makeResolver();
      const set = await resolver.resolve('_25._tcp.mx.tls-pkix.test', 'TLSA');
      expect(
        set.status === 'answer' && set.records.map((r) => [r.data.usage, r.data.selector, r.data.matchingType]),
      ).toEqual(
        expect.arrayContaining([
          [1, 0, 1],
          [3, 1, 2],
        ]),
      );
      expect((await resolver.resolve('_25._tcp.mx2.tls-broken.test', 'TLSA')).status).toBe('nxdomain');
      expect(await resolver.resolve('_25._tcp.mx.elsewhere.invalid', 'TLSA')).toMatchObject({
        status: 'error',
        error: { code: 'refused' },
      });
    });
  });
}

/**
 * The AD flag cases (RFC 4035 §3.2.3) any resolver serving tls.ts as a validating resolver would must pass: memory
 * (which marks the fixtures' signed zones) and Knot signing behind Unbound validating.
 */
export function describeTlsaAuthentication(over: string, makeResolver: () => Resolver): void {
  describe(`the AD flag from ${over}`, () => {
    it('is set for answers from a signed zone and clear for an unsigned one', async () => {
      const resolver = makeResolver();
      expect(await resolver.resolve('_25._tcp.mx1.tls-good.test', 'TLSA')).toMatchObject({
        status: 'answer',
        authenticated: true,
      });
      expect(await resolver.resolve('_25._tcp.mx1.tls-broken.test', 'TLSA')).toMatchObject({
        status: 'answer',
        authenticated: false,
      });
      // A validated denial of existence (NSEC) is authenticated too.
      expect(await resolver.resolve('_25._tcp.nothing.tls-good.test', 'TLSA')).toMatchObject({
        status: 'nxdomain',
        authenticated: true,
      });
      expect((await resolver.resolve('_25._tcp.mx.elsewhere.invalid', 'TLSA')).status).toBe('error');
    });
  });
}
