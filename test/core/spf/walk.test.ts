import { describe, expect, it } from 'vitest';
import { createMemoryResolver, type ZoneData } from '../../../core/dns/index.js';
import { walkSpf } from '../../../core/spf/index.js';

const data: ZoneData = {
  zones: ['walk.test'],
  records: {
    'dead.walk.test': {
      TXT: ['v=spf1 ip4:192.0.2.1/24 a:h.walk.test -all ip4:198.51.100.7/24 ptr include:x.walk.test a:h.walk.test'],
    },
    'h.walk.test': { A: ['45.33.31.1'] },
    'x.walk.test': { TXT: ['v=spf1 ip4:45.33.31.2 -all'] },
    'mx.walk.test': { TXT: ['v=spf1 mx -all'], MX: [[10, 'h.walk.test']] },
    'nodata.walk.test': { TXT: ['v=spf1 include:h.walk.test -all'] },
  },
};

describe('walkSpf (memory resolver)', () => {
  it('walks a record only up to its first all (RFC 7208 §5.1), facts and all', async () => {
    const resolver = createMemoryResolver(data);
    const walk = await walkSpf('dead.walk.test', resolver);
    expect(walk.lookups).toBe(1);
    expect(walk.tree.node.lookups).toBe(1);
    expect(walk.tree.children).toEqual([]);
    expect(walk.networks.map((network) => network.cidr)).toEqual(['192.0.2.0/24', '45.33.31.1/32']);
    expect(walk.tree.hostBits).toEqual([{ term: 'ip4:192.0.2.1/24', prefix: 24, cidr: '192.0.2.0/24' }]);
    expect(walk.unflattenable).toEqual([]);
    expect(walk.tree.parsed?.mechanisms).toHaveLength(7);
    expect(resolver.calls.sort()).toEqual(['A h.walk.test', 'AAAA h.walk.test', 'TXT dead.walk.test']);
  });

  it('keeps the MX names of an mx term, and the report node of every walked node', async () => {
    const walk = await walkSpf('mx.walk.test', createMemoryResolver(data));
    expect(walk.tree.resolved).toEqual([{ term: 'mx', name: 'mx', target: 'mx.walk.test', mxNames: 1 }]);
    expect(walk.networks).toMatchObject([{ cidr: '45.33.31.1/32', source: 'mx', host: 'h.walk.test' }]);
  });

  it('builds the report tree with the walked one', async () => {
    const walk = await walkSpf('nodata.walk.test', createMemoryResolver(data));
    expect(walk.tree.node.children).toEqual([walk.tree.children[0]?.node]);
    expect(walk.tree.children[0]?.node).toMatchObject({ status: 'missing', voidLookups: 1 });
    expect(walk.voidLookups).toBe(1);
  });
});
