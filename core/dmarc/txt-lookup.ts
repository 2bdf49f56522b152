import { canonicalName } from '../dns/name.js';
import type { DnsResult, Resolver } from '../dns/types.js';

/** A TXT lookup that asks the resolver once per name within one check. */
export type TxtLookup = (name: string) => Promise<DnsResult<'TXT'>>;

/** Wraps a resolver so one DMARC check never sends the same TXT query twice, even without a lookup session. */
export function createTxtLookup(resolver: Resolver): TxtLookup {
  const memo = new Map<string, Promise<DnsResult<'TXT'>>>();
  return (name) => {
    const key = canonicalName(name);
    let pending = memo.get(key);
    if (!pending) {
      pending = resolver.resolve(key, 'TXT');
      memo.set(key, pending);
    }
    return pending;
  };
}
