import { BoundedMap } from '../memo.js';
import { deepFreeze } from './freeze.js';
import { canonicalName } from './name.js';
import type { DnsFailure, DnsResult, LookupOptions, RecordType, Resolver } from './types.js';

/** Options of `createCachingResolver`. */
export interface AnswerCacheOptions {
  /** How many answers are kept at most; the least recently used go first. Default 2,000. */
  maxEntries?: number;
  /** No answer is kept longer than this, whatever its TTL (seconds). Default 300. */
  maxTtlSeconds?: number;
  /** Clock in milliseconds; `Date.now` by default. */
  now?: () => number;
}

/** What a caching resolver has done so far. */
export interface AnswerCacheStats {
  /** Lookups answered from the cache. */
  hits: number;
  /** Lookups passed on to the resolver below. */
  misses: number;
}

/** A resolver that keeps answers across checks, with its figures. */
export interface CachingResolver extends Resolver {
  readonly stats: AnswerCacheStats;
}

export const DEFAULT_ANSWER_CACHE_ENTRIES = 2_000;
export const DEFAULT_ANSWER_CACHE_MAX_TTL_SECONDS = 300;
/**
 * Answers larger than this (characters of names and data, roughly bytes) are not kept, so the cache holds at most
 * `maxEntries × 4 KiB` of DNS data whatever hostile zones answer (a DoH message may be 64 KiB). An SPF or DMARC
 * record, a DKIM key of 4,096 bits or an MX set is well under it.
 */
export const MAX_CACHED_ANSWER_SIZE = 4_096;

interface Entry {
  /** Never an error: errors are not kept. */
  result: Exclude<DnsResult, DnsFailure>;
  /** When the answer came, and when it expires (ms). */
  storedAt: number;
  expiresAt: number;
}

/**
 * Wraps a resolver with a cache of its answers, as a stub resolver's cache (RFC 1034 §4.3.4): an answer, NODATA or
 * NXDOMAIN is kept for its TTL (the SOA minimum for a negative answer, RFC 2308 §5), at most `maxTtlSeconds`, and
 * handed out with the TTL that is left. Errors and answers with TTL 0 are never kept, so an outage is asked again
 * every time; nor are answers over `MAX_CACHED_ANSWER_SIZE`, so memory stays bounded. Meant to live as long as the
 * process or isolate: the many checks it serves share the providers' records (an ESP's SPF includes, a mailbox
 * provider's MX hosts and their PTRs). Concurrent identical lookups are not joined; each check's session already
 * joins its own.
 */
export function createCachingResolver(resolver: Resolver, options: AnswerCacheOptions = {}): CachingResolver {
  const maxEntries = Math.max(2, Math.floor(options.maxEntries ?? DEFAULT_ANSWER_CACHE_ENTRIES));
  const maxTtlMs = Math.max(0, options.maxTtlSeconds ?? DEFAULT_ANSWER_CACHE_MAX_TTL_SECONDS) * 1000;
  const now = options.now ?? Date.now;
  // Two generations of half the entries each: a hit moves an answer to the young one, a full young one ages.
  const entries = new BoundedMap<Entry>(Math.ceil(maxEntries / 2));
  const stats: AnswerCacheStats = { hits: 0, misses: 0 };

  async function resolve<T extends RecordType>(
    name: string,
    type: T,
    lookupOptions?: LookupOptions,
  ): Promise<DnsResult<T>> {
    const key = `${type} ${canonicalName(name)}`;
    const entry = entries.get(key);
    const time = now();
    if (entry && entry.expiresAt > time) {
      stats.hits++;
      return withAge(entry, time) as DnsResult<T>;
    }
    stats.misses++;
    const result = await resolver.resolve(name, type, lookupOptions);
    if (result.status !== 'error' && result.ttl > 0 && maxTtlMs > 0 && answerSize(result) <= MAX_CACHED_ANSWER_SIZE) {
      const stored = now();
      // Frozen: every later hit hands out this object (or copies of it) to other checks.
      deepFreeze(result);
      entries.set(key, { result, storedAt: stored, expiresAt: stored + Math.min(result.ttl * 1000, maxTtlMs) });
    }
    return result;
  }

  return { resolve, stats };
}

/** The kept answer with its TTLs lowered by the time it has been kept (RFC 1035 §3.2.1: TTLs count down). */
function withAge(entry: Entry, time: number): DnsResult {
  const { result } = entry;
  const age = Math.floor((time - entry.storedAt) / 1000);
  if (age === 0) return result;
  const left = (ttl: number) => Math.max(0, ttl - age);
  if (result.status !== 'answer') return { ...result, ttl: left(result.ttl) };
  const records = result.records.map((record) => ({ ...record, ttl: left(record.ttl) }));
  return { ...result, ttl: left(result.ttl), records };
}

/** An answer's size in characters of names and data, plus a little for each record: an estimate of its memory. */
export function answerSize(result: DnsResult): number {
  let size = result.name.length;
  if (result.status === 'error') return size;
  for (const cname of result.cnames) size += cname.length;
  if (result.status !== 'answer') return size;
  for (const record of result.records) {
    size += 16 + record.name.length;
    const data = record.data;
    if (typeof data === 'string') size += data.length;
    else if ('exchange' in data) size += 8 + data.exchange.length;
    else if ('text' in data) size += data.text.length + data.strings.reduce((sum, part) => sum + part.length, 0);
    else if ('matchingType' in data) size += 12 + data.data.length;
    else size += 40 + data.mname.length + data.rname.length;
  }
  return size;
}
