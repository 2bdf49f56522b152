import {
  createDohResolver,
  createLookupSession,
  type DnsResult,
  type LookupBudget,
  type LookupSession,
  type RecordType,
  type Resolver,
} from '../core/dns/index.js';
import type { Env } from './env.js';

/** The limits of one single-protocol check (`/v1/spf` …); `checkDomain` applies its own whole-check budget. */
export const REQUEST_BUDGET: LookupBudget = { maxQueries: 200, deadlineMs: 10_000 };

/** A lookup session for one request that also remembers the smallest TTL of the answers it saw. */
export interface RequestLookups {
  resolver: LookupSession;
  /** The smallest TTL of the answers (RFC 2308 §5: the SOA minimum for negative ones), if any came. */
  minTtl(): number | undefined;
}

/** The DoH resolver of the Worker, pointed at `env.DOH_URL`. */
export function createWorkerResolver(env: Env): Resolver {
  return createDohResolver({ endpoints: [env.DOH_URL] });
}

/** A bounded lookup session over the Worker's DoH resolver, tracking TTLs so that responses are cached no longer. */
export function createRequestLookups(env: Env): RequestLookups {
  let minTtl: number | undefined;
  const doh = createWorkerResolver(env);
  const tracking: Resolver = {
    async resolve<T extends RecordType>(name: string, type: T, options?: { signal?: AbortSignal }) {
      const result: DnsResult<T> = await doh.resolve(name, type, options);
      if (result.status !== 'error') minTtl = Math.min(minTtl ?? result.ttl, result.ttl);
      return result;
    },
  };
  return { resolver: createLookupSession(tracking, REQUEST_BUDGET), minTtl: () => minTtl };
}
