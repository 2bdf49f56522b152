import { describe, expect, it } from 'vitest';
import { createDohResolver } from '../../../core/dns/index.js';
import { checkMx } from '../../../core/mx/index.js';
import { checkPtr, checkPtrSection, ptrTargetsFromMx } from '../../../core/ptr/index.js';
import { knotResolver, stackUrl } from '../../dns-stack/resolvers.js';
import { describeCheckPtr, ids } from './check-cases.js';

describeCheckPtr('Knot over DoH', knotResolver);

describe('checkPtrSection', () => {
  it('checks the MX hosts of a domain and the sending IPs, concurrently and de-duplicated', async () => {
    const resolver = knotResolver();
    const mx = await checkMx('mx.test', { resolver });
    const targets = ptrTargetsFromMx(mx.data);
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

  it('is in error when the DoH server is down', async () => {
    const resolver = createDohResolver({ endpoints: [stackUrl('downDohUrl')], timeoutMs: 2000 });
    const check = await checkPtr('45.33.20.200', { resolver });
    expect(ids(check)).toEqual(['ptr.dns-error']);
    expect(check.status).toBe('error');
  });
});
