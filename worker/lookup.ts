import {
  createCachingResolver,
  createDohResolver,
  createLookupScheduler,
  createLookupSession,
  DEFAULT_ANSWER_CACHE_ENTRIES,
  type LookupBudget,
  type LookupScheduler,
  type LookupSession,
  type Resolver,
} from '../core/dns/index.js';
import type { Env } from './env.js';

/** The limits of one single-protocol check (`/v1/spf` …); `checkDomain` applies its own whole-check budget. */
export const REQUEST_BUDGET: LookupBudget = { maxQueries: 200, deadlineMs: 10_000 };

// The isolate's answer caches, one per DoH endpoint and size: the checks an isolate serves share the providers'
// records (ESP SPF includes, mailbox providers' MX hosts and PTRs), so they are asked once per TTL, not per check.
const answerCaches = new Map<string, Resolver>();

/** The most answers `DNS_CACHE_ENTRIES` may ask an isolate to keep: at most 4 KiB each, so 40 MiB at worst. */
export const MAX_DNS_CACHE_ENTRIES = 10_000;

/** `DNS_CACHE_ENTRIES` as a number: the default when unset or not a whole number ≥ 0, at most the maximum. */
export function dnsCacheEntries(env: Pick<Env, 'DNS_CACHE_ENTRIES'>): number {
  const raw = env.DNS_CACHE_ENTRIES?.trim();
  const entries = raw ? Number(raw) : Number.NaN;
  if (!Number.isInteger(entries) || entries < 0) return DEFAULT_ANSWER_CACHE_ENTRIES;
  return Math.min(entries, MAX_DNS_CACHE_ENTRIES);
}

/**
 * The DoH resolver of the Worker, pointed at `env.DOH_URL`, behind the isolate's answer cache (each answer kept for
 * its TTL, at most 300 s; errors never) unless `DNS_CACHE_ENTRIES` is 0.
 */
export function createWorkerResolver(env: Env): Resolver {
  const entries = dnsCacheEntries(env);
  if (entries === 0) return createDohResolver({ endpoints: [env.DOH_URL] });
  const key = `${entries} ${env.DOH_URL}`;
  let resolver = answerCaches.get(key);
  if (!resolver) {
    resolver = createCachingResolver(createDohResolver({ endpoints: [env.DOH_URL] }), { maxEntries: entries });
    answerCaches.set(key, resolver);
  }
  return resolver;
}

/**
 * DoH exchanges one request keeps in flight: the Workers platform lets a request hold 6 outgoing connections at once
 * (further fetches wait for one to close), so the scheduler, not the platform's queue, decides which go first.
 */
export const WORKER_CONCURRENCY = 6;

/** What every lookup of one HTTP request shares: the isolate's resolver and the request's 6-wide scheduler. */
export interface RequestLookups {
  resolver: Resolver;
  scheduler: LookupScheduler;
}

/** The lookup plumbing of one request, for `checkDomain`. */
export function createCheckLookups(env: Env): RequestLookups {
  return {
    resolver: createWorkerResolver(env),
    scheduler: createLookupScheduler({ concurrency: WORKER_CONCURRENCY }),
  };
}

/** A bounded lookup session for one single-protocol request; its `stats.minTtl` bounds how long the answer is cached. */
export function createRequestLookups(env: Env): LookupSession {
  const { resolver, ...shared } = createCheckLookups(env);
  return createLookupSession(resolver, { ...REQUEST_BUDGET, ...shared });
}
