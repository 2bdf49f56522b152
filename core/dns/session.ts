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
 * The options handed to the resolver with one query. Its abort signal is made only when the resolver reads it:
 * creating an AbortController is the costliest step of a lookup, and resolvers that answer at once (from memory)
 * never look at it. A class, not an object literal with a getter, which V8 builds on a slow path.
 */
class QueryOptions implements LookupOptions {
  controller: AbortController | undefined;
  constructor(
    private readonly expired: () => boolean,
    private readonly inFlight: Set<AbortController>,
  ) {}
  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.expired()) this.controller.abort('deadline');
      else this.inFlight.add(this.controller);
    }
    return this.controller.signal;
  }
}

/** The name and type a memo key (`TYPE name`) stands for. */
function splitKey(key: string): [RecordType, string] {
  const space = key.indexOf(' ');
  return [key.slice(0, space) as RecordType, key.slice(space + 1)];
}

/**
 * Wraps a resolver for one check (the idea of RFC 7208 §4.6.4's limits, applied to the whole check): identical
 * lookups are sent once (in flight or answered), every distinct query counts against `maxQueries`, and everything
 * stops at `deadlineMs`. A resolver that throws is turned into a `network` error, so callers only see values.
 *
 * The path of a lookup is kept lean — one promise per distinct query, no timer, race or controller per query — since
 * a whole-domain check sends dozens of them: the deadline is one timer for the session, started by the first query,
 * which settles every query still waiting (so it holds even for a resolver that ignores the abort signal).
 */
export function createLookupSession(resolver: Resolver, budget: LookupBudget = {}): LookupSession {
  const maxQueries = budget.maxQueries ?? DEFAULT_MAX_QUERIES;
  const deadlineMs = budget.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const startedAt = Date.now();
  const memo = new Map<string, Promise<DnsResult>>();
  const stats: LookupStats = { queries: 0, memoHits: 0, refused: 0, deadlineReached: false, log: [] };
  // Made on demand: the session's signal when someone reads it, and one controller per query whose resolver reads its
  // signal (many listeners on one shared signal would trip runtime leak warnings with dozens of lookups in flight).
  let controller: AbortController | undefined;
  const inFlight = new Set<AbortController>();
  // Queries sent and not yet settled, by memo key: the deadline settles them.
  const waiting = new Map<string, (result: DnsResult) => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  const expired = () => stats.deadlineReached;

  const deadlineError = (): DnsError => ({
    code: 'deadline',
    transient: false,
    message: `The check took over ${deadlineMs} ms.`,
  });
  const errorResult = <T extends RecordType>(name: string, type: T, error: DnsError): DnsResult<T> => ({
    status: 'error',
    name,
    type,
    error,
  });

  function expire() {
    timer = undefined;
    stats.deadlineReached = true;
    controller?.abort('deadline');
    for (const query of inFlight) query.abort('deadline');
    inFlight.clear();
    for (const [key, settle] of waiting) {
      const [type, name] = splitKey(key);
      settle(errorResult(name, type, deadlineError()));
    }
    waiting.clear();
  }

  function send<T extends RecordType>(key: string, name: string, canonical: string, type: T): Promise<DnsResult<T>> {
    // Until the timer runs (it starts with the first query) and after close, the clock is read here instead.
    if (timer === undefined && !stats.deadlineReached) {
      const left = deadlineMs - (Date.now() - startedAt);
      if (left <= 0) expire();
      else if (!closed) timer = setTimeout(expire, left);
    }
    if (stats.deadlineReached) return Promise.resolve(errorResult(canonical, type, deadlineError()));
    if (stats.queries >= maxQueries) {
      stats.refused++;
      return Promise.resolve(
        errorResult(canonical, type, {
          code: 'budget-exhausted',
          transient: false,
          message: `The check's budget of ${maxQueries} DNS queries is spent.`,
        }),
      );
    }
    stats.queries++;
    stats.log.push(key);
    const options = new QueryOptions(expired, inFlight);
    const failed = (error: unknown) =>
      errorResult(canonical, type, {
        code: 'network',
        transient: true,
        message: `The resolver failed: ${String(error)}`,
      });
    let answer: Promise<DnsResult<T>>;
    try {
      answer = resolver.resolve(name, type, options);
    } catch (error) {
      return Promise.resolve(failed(error));
    }
    return new Promise<DnsResult<T>>((settle) => {
      waiting.set(key, settle as (result: DnsResult) => void);
      const done = (result: DnsResult<T>) => {
        if (options.controller) inFlight.delete(options.controller);
        // Not waiting any more: the deadline settled this query first.
        if (!waiting.delete(key)) return;
        if (result.status !== 'error') stats.minTtl = Math.min(stats.minTtl ?? result.ttl, result.ttl);
        settle(result);
      };
      answer.then(done, (error: unknown) => done(failed(error)));
    });
  }

  function resolve<T extends RecordType>(name: string, type: T, _options?: LookupOptions): Promise<DnsResult<T>> {
    const canonical = canonicalName(name);
    const key = `${type} ${canonical}`;
    const known = memo.get(key);
    if (known) {
      stats.memoHits++;
      return known as Promise<DnsResult<T>>;
    }
    const pending = send(key, name, canonical, type);
    memo.set(key, pending);
    return pending;
  }

  return new Session(resolve, stats, sessionSignal, () => {
    closed = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  });

  function sessionSignal(): AbortSignal {
    controller ??= new AbortController();
    if (stats.deadlineReached) controller.abort('deadline');
    return controller.signal;
  }
}

/** Whether a resolver is already a lookup session, whose memo and bounds a nested session would only repeat. */
export function isLookupSession(resolver: Resolver): resolver is LookupSession {
  return resolver instanceof Session;
}

/** The session object: a class, since a literal with a getter is built on a slow path (~1 µs, and much garbage). */
class Session implements LookupSession {
  constructor(
    readonly resolve: Resolver['resolve'],
    readonly stats: LookupStats,
    private readonly signalOf: () => AbortSignal,
    readonly close: () => void,
  ) {}
  get signal(): AbortSignal {
    return this.signalOf();
  }
}
