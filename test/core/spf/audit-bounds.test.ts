import { describe, expect, it } from 'vitest';
import {
  createMemoryResolver,
  type DnsResult,
  mergeZoneData,
  type RecordType,
  type Resolver,
  type ZoneData,
} from '../../../core/dns/index.js';
import { auditSpf } from '../../../core/spf/index.js';
import reverse from '../../fixtures/zones/reverse.js';
import spf from '../../fixtures/zones/spf.js';

const zones = mergeZoneData(spf, reverse);

/** Wraps a resolver with a small delay per query and records the most queries in flight at once. */
function concurrencyProbe(inner: Resolver) {
  const probe = { inFlight: 0, maxInFlight: 0 };
  const resolver: Resolver = {
    async resolve<T extends RecordType>(name: string, type: T): Promise<DnsResult<T>> {
      probe.inFlight++;
      probe.maxInFlight = Math.max(probe.maxInFlight, probe.inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      probe.inFlight--;
      return inner.resolve(name, type);
    },
  };
  return { resolver, probe };
}

describe('auditSpf bounds and concurrency (memory resolver)', () => {
  it('counts lookups statically with the resolver calls it needs', async () => {
    const resolver = createMemoryResolver(zones);
    const result = await auditSpf('clean.spf.test', { resolver });
    expect(result.data.lookups.count).toBe(3);
    expect([...resolver.calls].sort()).toEqual([
      'A clean.spf.test',
      'A mx1.clean.spf.test',
      'AAAA clean.spf.test',
      'AAAA mx1.clean.spf.test',
      'MX clean.spf.test',
      'TXT _spf.clean.spf.test',
      'TXT clean.spf.test',
    ]);
  });

  it('resolves sibling includes concurrently', async () => {
    const { resolver, probe } = concurrencyProbe(createMemoryResolver(zones));
    const result = await auditSpf('d4.spf-bench.test', { resolver });
    // 2 + 4 + 8 + 16 includes below the root: the 16 leaves are asked for at once.
    expect(result.data.tree?.children).toHaveLength(2);
    expect(result.data.lookups.count).toBe(30);
    expect(probe.maxInFlight).toBe(16);
  });

  it('bounds a chain deeper than any limit', async () => {
    const resolver = createMemoryResolver(zones);
    const result = await auditSpf('deep0.spf.test', { resolver, maxDepth: 4 });
    expect(result.data.truncated).toBe(true);
    expect(resolver.calls).toHaveLength(5);
    expect(result.findings.map((finding) => finding.id)).toContain('spf.tree-truncated');
  });

  it('keeps the records and reports hostile data as findings, never a throw', async () => {
    const includes = Array.from({ length: 2000 }, (_, i) => `include:i${i}.hostile.spf.test`).join(' ');
    const data: ZoneData = {
      zones: [],
      records: {
        'includes.hostile.spf.test': { TXT: [`v=spf1 ${includes} -all`] },
        'terms.hostile.spf.test': { TXT: [`v=spf1 ${'a:x.hostile.spf.test '.repeat(3000)}-all`] },
        'nul.hostile.spf.test': { TXT: ['v=spf1 ip4:45.33.20.1\0 -all'] },
        'string.hostile.spf.test': { TXT: [[`v=spf1 ${'ip4:45.33.20.1 '.repeat(20)}-all`]] },
        'x.hostile.spf.test': { A: ['45.33.20.2'] },
      },
    };
    const resolver = createMemoryResolver(data);
    const many = await auditSpf('includes.hostile.spf.test', { resolver });
    expect(many.records).toHaveLength(1);
    expect(many.data.lookups.count).toBe(2000);
    expect(many.data.truncated).toBe(true);
    expect(many.findings.map((finding) => finding.id)).toEqual(
      expect.arrayContaining(['spf.too-many-lookups', 'spf.tree-truncated', 'spf.record-too-long']),
    );
    expect(resolver.calls.length).toBeLessThanOrEqual(101);

    const terms = await auditSpf('terms.hostile.spf.test', { resolver });
    expect(terms.data.lookups.count).toBe(3000);

    const nul = await auditSpf('nul.hostile.spf.test', { resolver });
    expect(nul.findings).toMatchObject([{ id: 'spf.syntax-error' }]);
    expect(nul.data.tree?.syntaxError).toMatchObject({ code: 'control-character', position: 21 });
    expect(nul.records).toEqual(['v=spf1 ip4:45.33.20.1\0 -all']);

    const string = await auditSpf('string.hostile.spf.test', { resolver });
    expect(string.findings.map((finding) => finding.id)).toEqual(['spf.record-too-long']);
    expect(string.findings[0]?.message).toMatch(/string .* 311 octets/);
  });

  it('turns a bad domain into an error value', async () => {
    const result = await auditSpf('not a domain', { resolver: createMemoryResolver(zones) });
    expect(result.status).toBe('error');
    expect(result.findings.map((finding) => finding.id)).toEqual(['spf.dns-error']);
  });
});
