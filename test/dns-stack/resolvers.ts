import { inject } from 'vitest';
import { createDohResolver, createMemoryResolver, type Resolver, type ZoneData } from '../../core/dns/index.js';

/**
 * The two ways a test can serve one fixture: from memory, and from Knot behind dnsdist through the real DoH client.
 * For `describe.each`, so that every case runs against both and the two cannot drift apart.
 */
export function resolversFor(zones: ZoneData): Array<[string, () => Resolver]> {
  return [
    ['memory', () => createMemoryResolver(zones)],
    ['Knot over DoH', () => createDohResolver({ endpoints: [inject('dohUrl')], timeoutMs: 3000 })],
  ];
}
