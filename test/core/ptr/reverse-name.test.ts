import { describe, expect, it } from 'vitest';
import { looksGeneric, parseIp, sameAddress } from '../../../core/ptr/index.js';

describe('parseIp (RFC 1035 §3.5, RFC 3596 §2.5)', () => {
  it.each([
    ['45.33.20.200', '45.33.20.200', 4, '200.20.33.45.in-addr.arpa'],
    [' 192.0.2.1 ', '192.0.2.1', 4, '1.2.0.192.in-addr.arpa'],
    // RFC 3596 §2.5's example address, 4321:0:1:2:3:4:567:89ab.
    [
      '4321:0:1:2:3:4:567:89ab',
      '4321:0:1:2:3:4:567:89ab',
      6,
      'b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.0.0.0.0.1.2.3.4.ip6.arpa',
    ],
    [
      '2A01:4F8:10:F0:0:0:0:10',
      '2a01:4f8:10:f0::10',
      6,
      '0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.f.0.0.0.1.0.0.8.f.4.0.1.0.a.2.ip6.arpa',
    ],
    ['[2001:db8::1]', '2001:db8::1', 6, '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa'],
    ['::ffff:45.33.20.200', '45.33.20.200', 4, '200.20.33.45.in-addr.arpa'],
  ])('%j → %s', (input, ip, version, reverseName) => {
    expect(parseIp(input)).toEqual({ ok: true, address: { ip, version, reverseName } });
  });

  it.each([
    '',
    'example.com',
    '256.1.1.1',
    '1.2.3',
    '0x2d.1.1.1',
    '010.1.1.1',
    '1.2.3.0400',
    '45.33.20.200/24',
    'fe80::1%eth0',
    '1::2::3',
    '2001:db8::g',
  ])('%j is not an address', (input) => {
    const result = parseIp(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-ip');
  });

  it('compares addresses across spellings', () => {
    expect(sameAddress('2a01:4f8:10:f0::10', '2a01:04f8:0010:00f0:0000:0000:0000:0010')).toBe(true);
    expect(sameAddress('45.33.20.200', '45.33.20.201')).toBe(false);
  });
});

describe('looksGeneric', () => {
  it.each([
    ['203-0-113-202.dynamic.isp.example', '203.0.113.202', true],
    ['c-73-12-34-56.hsd1.ca.comcast.example', '73.12.34.56', true],
    ['56.34.12.73.static.isp.example', '73.12.34.56', true],
    ['ip073012034056.isp.example', '73.12.34.56', true],
    ['host-490c2238.isp.example', '73.12.34.56', true],
    ['4822c2238.isp.example', '72.34.34.56', false],
    ['adsl-pool.isp.example', '198.51.100.7', true],
    ['dhcp7.isp.example', '198.51.100.7', true],
    ['cable-modem.isp.example', '198.51.100.7', true],
    ['2a01-4f8-10-f0--10.rev.isp.example', '2a01:4f8:10:f0::10', true],
    ['mail.example.com', '45.33.20.200', false],
    ['mx1.mx.test', '45.33.20.200', false],
    ['smtp-out-2.example.com', '45.33.20.2', false],
    ['mail.static-ip-provider.com', '45.33.20.200', false],
  ])('%s for %s → %s', (name, ip, expected) => {
    expect(looksGeneric(name, ip)).toBe(expected);
  });
});
