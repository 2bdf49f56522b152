import { describe, expect, it } from 'vitest';
import { createMemoryResolver, type ZoneData } from '../../../core/dns/index.js';
import { checkHeloSpf } from '../../../core/spf/index.js';

describe('checkHeloSpf bounds (memory resolver)', () => {
  it('checks at most 10 hosts and 4 addresses of each, and says how many it left out', async () => {
    const records: ZoneData['records'] = {};
    const hosts = Array.from({ length: 30 }, (_, i) => `h${i}.helo-bounds.test`);
    for (const host of hosts) {
      records[host] = { TXT: ['v=spf1 a -all'], A: Array.from({ length: 8 }, (_, j) => `45.33.30.${j + 1}`) };
    }
    const memory = createMemoryResolver({ zones: ['helo-bounds.test'], records });
    const result = await checkHeloSpf(hosts, { resolver: memory });
    expect(result.data.hosts).toHaveLength(10);
    expect(result.data.hosts.every((host) => host.results.length === 4 && host.status === 'pass')).toBe(true);
    expect(result.summary).toBe(
      '10 of 10 hosts (the first 10 of 30) pass an SPF check of their own name as the HELO identity.',
    );
    expect(result.data.skippedHosts).toBe(20);
    expect(result.findings).toMatchObject([{ id: 'spf.helo-hosts-limited', severity: 'info' }]);
    expect(result.status).toBe('pass');
    const two = await checkHeloSpf(hosts, { resolver: memory, maxHosts: 2 });
    expect(two.data.hosts.map((host) => host.host)).toEqual(['h0.helo-bounds.test', 'h1.helo-bounds.test']);
    expect(two.findings[0]?.message).toBe(
      'Of 30 host names, the first 2 were checked as HELO identities; 28 were not.',
    );
  });
});
