import {
  createCachingResolver,
  createDohResolver,
  createFetchBudget,
  createHttpsFetcher,
  createLookupScheduler,
  createLookupSession,
  DEFAULT_ANSWER_CACHE_ENTRIES,
  type FetchBudget,
  type HttpsFetcher,
  type LookupBudget,
  type LookupScheduler,
  type LookupSession,
  type Resolver,
} from '../core/index.js';
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

/** The subrequests one request may make when `MAX_SUBREQUESTS` is unset: 50, the Workers Free plan's limit. */
export const DEFAULT_MAX_SUBREQUESTS = 50;
/** The most `MAX_SUBREQUESTS` may ask for: the Paid plan's default limit of 10,000. */
export const MAX_MAX_SUBREQUESTS = 10_000;
/**
 * Subrequests a request keeps for its own Cache API calls (the match before the check and the put after it), which
 * the platform may count with its fetches: the DoH lookups get the rest.
 */
export const CACHE_SUBREQUESTS = 2;

/** `MAX_SUBREQUESTS` as a number: the default when unset or not a whole number ≥ 10, at most the maximum. */
export function maxSubrequests(env: Pick<Env, 'MAX_SUBREQUESTS'>): number {
  const raw = env.MAX_SUBREQUESTS?.trim();
  const value = raw ? Number(raw) : Number.NaN;
  if (!Number.isInteger(value) || value < 10) return DEFAULT_MAX_SUBREQUESTS;
  return Math.min(value, MAX_MAX_SUBREQUESTS);
}

/**
 * What every lookup of one HTTP request shares: the isolate's resolver, the request's 6-wide scheduler, and its
 * fetch budget — `MAX_SUBREQUESTS` less the Cache API's share — which the DoH client counts every fetch against,
 * retries and failover included, so the platform's limit is never reached (the 51st fetch of a Free-plan request
 * throws). Guesses (DKIM discovery, PTR breadth) wait until the lookups the verdict needs are answered, and are cut
 * first.
 */
export interface RequestLookups {
  resolver: Resolver;
  scheduler: LookupScheduler;
  fetchBudget: FetchBudget;
  /** The HTTPS port over the platform's fetch (the MTA-STS policy); each GET takes one of `fetchBudget`. */
  https: HttpsFetcher;
}

/** The lookup plumbing of one request, for `checkDomain`. */
export function createCheckLookups(env: Env): RequestLookups {
  return {
    resolver: createWorkerResolver(env),
    scheduler: createLookupScheduler({ concurrency: WORKER_CONCURRENCY }),
    fetchBudget: createFetchBudget(maxSubrequests(env) - CACHE_SUBREQUESTS),
    https: createHttpsFetcher({ fetch: (url, init) => fetch(url, init) }),
  };
}

/** A bounded lookup session for one single-protocol request; its `stats.minTtl` bounds how long the answer is cached. */
export function createRequestLookups(env: Env): LookupSession {
  const { resolver, https: _https, ...shared } = createCheckLookups(env);
  return createLookupSession(resolver, { ...REQUEST_BUDGET, ...shared });
}
