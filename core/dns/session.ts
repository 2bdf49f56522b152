import { canonicalName } from './name.js';
import type { DnsError, DnsResult, LookupOptions, RecordType, Resolver } from './types.js';

/** Limits of one check: no input can make it send more queries or run longer. */
export interface LookupBudget {
  /** Distinct queries sent to the underlying resolver (memo hits are free). */
  maxQueries?: number;
  /** Wall time allowed for the whole check, in milliseconds. */
  deadlineMs?: number;
}

/** What a session did: figures for reports and benchmarks. */
export interface LookupStats {
  /** Queries passed to the underlying resolver. */
  queries: number;
  /** Lookups answered from the memo or by joining an identical query in flight. */
  memoHits: number;
  /** Lookups refused because the query budget was spent. */
  refused: number;
  /** Whether the deadline passed. */
  deadlineReached: boolean;
  /** Every query sent, in order, as `TYPE name`. */
  log: string[];
  /** The smallest TTL among the answers (positive and negative) received; undefined before any. */
  minTtl?: number;
}

/** A resolver bound to one check: memoized, de-duplicated and bounded. */
export interface LookupSession extends Resolver {
  readonly stats: LookupStats;
  /** Aborted when the deadline passes. */
  readonly signal: AbortSignal;
  /** Stops the deadline timer; call when the check is over. */
  close(): void;
}

export const DEFAULT_MAX_QUERIES = 200;
export const DEFAULT_DEADLINE_MS = 15_000;

/**
 * Wraps a resolver for one check (the idea of RFC 7208 §4.6.4's limits, applied to the whole check): identical
 * lookups are sent once (in flight or answered), every distinct query counts against `maxQueries`, and everything
 * stops at `deadlineMs`. A resolver that throws is turned into a `network` error, so callers only see values.
 */
export function createLookupSession(resolver: Resolver, budget: LookupBudget = {}): LookupSession {
  const maxQueries = budget.maxQueries ?? DEFAULT_MAX_QUERIES;
  const deadlineMs = budget.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const memo = new Map<string, Promise<DnsResult>>();
  const stats: LookupStats = { queries: 0, memoHits: 0, refused: 0, deadlineReached: false, log: [] };
  const controller = new AbortController();
  // One controller per query in flight, aborted together at the deadline: many listeners on one shared signal would
  // trip runtime leak warnings when dozens of lookups run concurrently.
  const inFlight = new Set<AbortController>();
  let deadlineValue: Promise<'deadline'> | undefined;
  const timer = setTimeout(() => {
    stats.deadlineReached = true;
    controller.abort('deadline');
    for (const query of inFlight) query.abort('deadline');
  }, deadlineMs);
  const deadlineReached = () => {
    deadlineValue ??= new Promise<'deadline'>((resolve) => {
      if (controller.signal.aborted) resolve('deadline');
      else controller.signal.addEventListener('abort', () => resolve('deadline'), { once: true });
    });
    return deadlineValue;
  };

  const errorResult = <T extends RecordType>(name: string, type: T, error: DnsError): DnsResult<T> => ({
    status: 'error',
    name: canonicalName(name),
    type,
    error,
  });

  async function send<T extends RecordType>(name: string, type: T): Promise<DnsResult<T>> {
    if (controller.signal.aborted) {
      return errorResult(name, type, {
        code: 'deadline',
        transient: false,
        message: `The check took over ${deadlineMs} ms.`,
      });
    }
    if (stats.queries >= maxQueries) {
      stats.refused++;
      return errorResult(name, type, {
        code: 'budget-exhausted',
        transient: false,
        message: `The check's budget of ${maxQueries} DNS queries is spent.`,
      });
    }
    stats.queries++;
    stats.log.push(`${type} ${canonicalName(name)}`);
    // The query's controller is made only when the resolver reads the signal: creating an AbortSignal is the costliest
    // step of a lookup, and resolvers that answer at once (from memory) never look at it.
    let query: AbortController | undefined;
    const options: LookupOptions = {
      get signal() {
        if (!query) {
          query = new AbortController();
          if (controller.signal.aborted) query.abort('deadline');
          else inFlight.add(query);
        }
        return query.signal;
      },
    };
    const lookup = (async () => {
      try {
        return await resolver.resolve(name, type, options);
      } catch (error) {
        return errorResult(name, type, {
          code: 'network',
          transient: true,
          message: `The resolver failed: ${String(error)}`,
        });
      } finally {
        if (query) inFlight.delete(query);
      }
    })();
    // The race makes the deadline hold even for a resolver that ignores the abort signal.
    const outcome = await Promise.race([lookup, deadlineReached()]);
    if (outcome === 'deadline') {
      return errorResult(name, type, {
        code: 'deadline',
        transient: false,
        message: `The check took over ${deadlineMs} ms.`,
      });
    }
    if (outcome.status !== 'error') stats.minTtl = Math.min(stats.minTtl ?? outcome.ttl, outcome.ttl);
    return outcome;
  }

  function resolve<T extends RecordType>(name: string, type: T, _options?: LookupOptions): Promise<DnsResult<T>> {
    const key = `${type} ${canonicalName(name)}`;
    const known = memo.get(key);
    if (known) {
      stats.memoHits++;
      return known as Promise<DnsResult<T>>;
    }
    const pending = send(name, type);
    memo.set(key, pending);
    return pending;
  }

  return {
    resolve,
    stats,
    signal: controller.signal,
    close() {
      clearTimeout(timer);
    },
  };
}
