import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { networkByMasking, networkOf } from '../../../core/spf/ip.js';
import { type PropertyTally, runProperty } from '../../hardening/run-property.js';

const tally: PropertyTally = { properties: 0, cases: 0 };
afterAll(() => console.log(`[properties] spf/ip: ${tally.properties} properties, ${tally.cases} cases`));

describe('networkOf', () => {
  it('reads a whole address (/32, /128) off its shared parse, as masking would give it', async () => {
    await runProperty(
      tally,
      fc.property(fc.oneof(fc.ipV4(), fc.ipV4Extended(), fc.ipV6()), fc.boolean(), (address, full) => {
        const prefix = address.includes(':') === full ? 128 : 32;
        expect(networkOf(address, prefix)).toEqual(networkByMasking(address, prefix));
      }),
      5_000,
    );
  });

  it.each([
    ['192.0.2.1', 32, { cidr: '192.0.2.1/32', hostBitsSet: false, nonPublic: 'reserved' }],
    ['10.1.2.3', 32, { cidr: '10.1.2.3/32', hostBitsSet: false, nonPublic: 'private' }],
    ['8.8.8.8', 32, { cidr: '8.8.8.8/32', hostBitsSet: false }],
    ['2001:DB8:0:0::1', 128, { cidr: '2001:db8::1/128', hostBitsSet: false, nonPublic: 'reserved' }],
    ['2a00:1450:4001:0829:0000:0000:0000:200e', 128, { cidr: '2a00:1450:4001:829::200e/128', hostBitsSet: false }],
    ['::ffff:192.0.2.1', 128, { cidr: '::ffff:c000:201/128', hostBitsSet: false, nonPublic: 'ipv4Mapped' }],
    ['2001:db8::1', 32, { cidr: '2001:db8::/32', hostBitsSet: true, nonPublic: 'reserved' }],
    ['192.0.2.1', 128, undefined],
  ])('%s/%d', (address, prefix, expected) => {
    expect(networkOf(address, prefix)).toEqual(expected);
  });
});
