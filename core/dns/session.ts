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
  /** Every query sent, in order, as `TYPE name` (built when read). */
  readonly log: readonly string[];
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

/** A session's figures. The query log is kept as types and names and joined only when it is read. */
class SessionStats implements LookupStats {
  queries = 0;
  memoHits = 0;
  refused = 0;
  deadlineReached = false;
  minTtl?: number;
  readonly sentTypes: RecordType[] = [];
  readonly sentNames: string[] = [];
  get log(): string[] {
    return this.sentNames.map((name, i) => `${this.sentTypes[i]} ${name}`);
  }
}

/**
 * One query sent and not yet settled: its name, type and settle function, and the options handed to the resolver.
 * Its abort signal is made only when the resolver reads it: creating an AbortController is the costliest step of a
 * lookup, and resolvers that answer at once (from memory) never look at it. A class, not an object literal with a
 * getter, which V8 builds on a slow path.
 */
class PendingQuery implements LookupOptions {
  controller: AbortController | undefined;
  settle: (result: DnsResult) => void = noop;
  constructor(
    readonly name: string,
    readonly type: RecordType,
    private readonly stats: SessionStats,
    private readonly inFlight: Set<AbortController>,
  ) {}
  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.stats.deadlineReached) this.controller.abort('deadline');
      else this.inFlight.add(this.controller);
    }
    return this.controller.signal;
  }
}

const noop = () => {};

function errorResult<T extends RecordType>(name: string, type: T, error: DnsError): DnsResult<T> {
  return { status: 'error', name, type, error };
}

/** A resolver that threw or rejected: a `network` error, so callers only ever see values. */
function resolverFailed(query: PendingQuery, error: unknown): DnsResult {
  return errorResult(query.name, query.type, {
    code: 'network',
    transient: true,
    message: `The resolver failed: ${String(error)}`,
  });
}

/**
 * Wraps a resolver for one check (the idea of RFC 7208 §4.6.4's limits, applied to the whole check): identical
 * lookups are sent once (in flight or answered), every distinct query counts against `maxQueries`, and everything
 * stops at `deadlineMs`. A resolver that throws is turned into a `network` error, so callers only see values.
 *
 * The path of a lookup is kept lean — one promise and one small object per distinct query, no timer, race or
 * controller per query — since a whole-domain check sends dozens of them: the deadline is one timer for the session,
 * started by the first query, which settles every query still waiting (so it holds even for a resolver that ignores
 * the abort signal).
 */
export function createLookupSession(resolver: Resolver, budget: LookupBudget = {}): LookupSession {
  const maxQueries = budget.maxQueries ?? DEFAULT_MAX_QUERIES;
  const deadlineMs = budget.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const startedAt = Date.now();
  // One memo per record type, keyed by canonical name: no key string is built per lookup.
  const memos = new Map<RecordType, Map<string, Promise<DnsResult>>>();
  const stats = new SessionStats();
  // Made on demand: the session's signal when someone reads it, and one controller per query whose resolver reads its
  // signal (many listeners on one shared signal would trip runtime leak warnings with dozens of lookups in flight).
  let controller: AbortController | undefined;
  const inFlight = new Set<AbortController>();
  // Queries sent and not yet settled: the deadline settles them.
  const waiting = new Set<PendingQuery>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const deadlineError = (): DnsError => ({
    code: 'deadline',
    transient: false,
    message: `The check took over ${deadlineMs} ms.`,
  });

  function expire() {
    timer = undefined;
    stats.deadlineReached = true;
    controller?.abort('deadline');
    for (const query of inFlight) query.abort('deadline');
    inFlight.clear();
    for (const query of waiting) query.settle(errorResult(query.name, query.type, deadlineError()));
    waiting.clear();
  }

  let captured: (result: DnsResult) => void = noop;
  const capture = (settle: (result: DnsResult) => void) => {
    captured = settle;
  };

  function finish(query: PendingQuery, result: DnsResult) {
    if (query.controller) inFlight.delete(query.controller);
    // Not waiting any more: the deadline settled this query first.
    if (!waiting.delete(query)) return;
    if (result.status !== 'error') stats.minTtl = Math.min(stats.minTtl ?? result.ttl, result.ttl);
    query.settle(result);
  }

  function send<T extends RecordType>(canonical: string, type: T): Promise<DnsResult<T>> {
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
    stats.sentTypes.push(type);
    stats.sentNames.push(canonical);
    const query = new PendingQuery(canonical, type, stats, inFlight);
    let answer: Promise<DnsResult<T>>;
    try {
      // The canonical name is sent (lower case, no trailing dot): DNS names compare without case (RFC 4343).
      answer = resolver.resolve(canonical, type, query);
    } catch (error) {
      return Promise.resolve(resolverFailed(query, error) as DnsResult<T>);
    }
    // One executor for every query (it hands its settle function over), so none is made per query.
    const pending = new Promise<DnsResult>(capture) as Promise<DnsResult<T>>;
    query.settle = captured;
    waiting.add(query);
    answer.then(
      (result) => finish(query, result),
      (error: unknown) => finish(query, resolverFailed(query, error)),
    );
    return pending;
  }

  function resolve<T extends RecordType>(name: string, type: T, _options?: LookupOptions): Promise<DnsResult<T>> {
    const canonical = canonicalName(name);
    let memo = memos.get(type);
    if (!memo) {
      memo = new Map();
      memos.set(type, memo);
    }
    const known = memo.get(canonical);
    if (known) {
      stats.memoHits++;
      return known as Promise<DnsResult<T>>;
    }
    const pending = send(canonical, type);
    memo.set(canonical, pending);
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
