import { canonicalName } from './name.js';
import { LOOKUP_PRIORITIES, type LookupScheduler, priorityRank, type ScheduledTask } from './scheduler.js';
import type { DnsError, DnsResult, FetchBudget, LookupOptions, LookupPriority, RecordType, Resolver } from './types.js';

/** Limits of one check: no input can make it send more queries or run longer. */
export interface LookupBudget {
  /** Distinct queries sent to the underlying resolver (memo hits are free). */
  maxQueries?: number;
  /** Wall time allowed for the whole check, in milliseconds. */
  deadlineMs?: number;
}

/** Options of `createLookupSession`: the check's limits, and the bounds it shares with other work. */
export interface LookupSessionOptions extends LookupBudget {
  /**
   * Bounds the exchanges in flight and orders them by priority; may be shared by many sessions (a whole CLI run).
   * Ignored when the resolver is itself a session: the session below schedules.
   */
  scheduler?: LookupScheduler;
  /**
   * The fetch budget of the request (the Worker's `MAX_SUBREQUESTS`), handed to the resolver with every lookup. With
   * one, `probe` lookups wait until no `gate` or `leaf` lookup of the session is queued or in flight, and go out only
   * while fetches are left: what the verdict needs is asked first, and a probe the budget cannot pay for is answered
   * `budget-exhausted` without being sent (counted in `stats.cut`).
   */
  fetchBudget?: FetchBudget;
}

/** What a session did: figures for reports and benchmarks. */
export interface LookupStats {
  /** Queries passed to the underlying resolver. */
  queries: number;
  /** Lookups answered from the memo or by joining an identical query in flight. */
  memoHits: number;
  /** Lookups refused because the query budget was spent. */
  refused: number;
  /** `probe` lookups not sent because the fetch budget was spent (kept for what the verdict needs). */
  cut: number;
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
  cut = 0;
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
  /** The scheduler's handle while it is queued there. */
  task: ScheduledTask<void> | undefined;
  /** Held by the session until the fetch budget lets it go (a probe). */
  held = false;
  /** Counted among the session's urgent (`gate`, `leaf`) or released-probe lookups in flight. */
  counted: 'urgent' | 'probe' | undefined;
  constructor(
    readonly name: string,
    readonly type: RecordType,
    private readonly stats: SessionStats,
    private readonly inFlight: Set<AbortController>,
    public rank: number,
    readonly fetchBudget: FetchBudget | undefined,
  ) {}
  get priority(): LookupPriority {
    return LOOKUP_PRIORITIES[this.rank]!;
  }
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
const settledPromise = Promise.resolve();
const PROBE = priorityRank('probe');

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
export function createLookupSession(resolver: Resolver, budget: LookupSessionOptions = {}): LookupSession {
  const maxQueries = budget.maxQueries ?? DEFAULT_MAX_QUERIES;
  const deadlineMs = budget.deadlineMs ?? DEFAULT_DEADLINE_MS;
  // The same scheduler below and above would hold a slot for a query that waits for another slot.
  const scheduler = isLookupSession(resolver) ? undefined : budget.scheduler;
  const fetchBudget = budget.fetchBudget;
  const startedAt = Date.now();
  // One memo per record type, keyed by canonical name: no key string is built per lookup.
  const memos = new Map<RecordType, Map<string, Promise<DnsResult>>>();
  // The queries that may still be moved up (queued in the scheduler or held), by their memoized promise.
  const movable = new Map<Promise<DnsResult>, PendingQuery>();
  const stats = new SessionStats();
  // Made on demand: the session's signal when someone reads it, and one controller per query whose resolver reads its
  // signal (many listeners on one shared signal would trip runtime leak warnings with dozens of lookups in flight).
  let controller: AbortController | undefined;
  const inFlight = new Set<AbortController>();
  // Queries sent (or held) and not yet settled: the deadline settles them.
  const waiting = new Set<PendingQuery>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  // With a fetch budget: `gate`/`leaf` queries out and not settled, probes released and not settled, probes held.
  let urgent = 0;
  let probesOut = 0;
  const held: PendingQuery[] = [];
  let heldHead = 0;
  let holdTimer: ReturnType<typeof setTimeout> | undefined;

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
    movable.clear();
  }

  let captured: (result: DnsResult) => void = noop;
  const capture = (settle: (result: DnsResult) => void) => {
    captured = settle;
  };

  function finish(query: PendingQuery, result: DnsResult) {
    if (query.controller) inFlight.delete(query.controller);
    uncount(query);
    // Not waiting any more: the deadline settled this query first.
    if (!waiting.delete(query)) return;
    if (result.status !== 'error') stats.minTtl = Math.min(stats.minTtl ?? result.ttl, result.ttl);
    query.settle(result);
  }

  /** Sends a query to the resolver (now, or when the scheduler gives it a slot). */
  function dispatch(query: PendingQuery, pending: Promise<DnsResult>) {
    if (fetchBudget) {
      query.counted = query.rank < PROBE ? 'urgent' : 'probe';
      if (query.counted === 'urgent') urgent++;
      else probesOut++;
    }
    if (!scheduler) {
      run(query);
      return;
    }
    movable.set(pending, query);
    query.task = scheduler.schedule(() => {
      movable.delete(pending);
      return run(query);
    }, query.priority);
  }

  function run(query: PendingQuery): Promise<void> {
    // Settled by the deadline while it waited for a slot: nothing to send.
    if (!waiting.has(query)) {
      uncount(query);
      return settledPromise;
    }
    stats.sentTypes.push(query.type);
    stats.sentNames.push(query.name);
    let answer: Promise<DnsResult>;
    try {
      // The canonical name is sent (lower case, no trailing dot): DNS names compare without case (RFC 4343).
      answer = resolver.resolve(query.name, query.type, query);
    } catch (error) {
      finish(query, resolverFailed(query, error));
      return settledPromise;
    }
    return answer.then(
      (result) => finish(query, result),
      (error: unknown) => finish(query, resolverFailed(query, error)),
    );
  }

  function uncount(query: PendingQuery) {
    if (query.counted === 'urgent') {
      urgent--;
      if (urgent === 0) wakeHeld();
    } else if (query.counted === 'probe') {
      probesOut--;
      wakeHeld();
    }
    query.counted = undefined;
  }

  /**
   * Looks at the held probes a macrotask later, once the continuations of the answer that just came have run: they
   * may ask the next lookup the verdict needs, which must be counted before any probe is let go.
   */
  function wakeHeld() {
    if (holdTimer !== undefined || heldHead >= held.length) return;
    holdTimer = setTimeout(releaseHeld, 0);
  }

  function releaseHeld() {
    holdTimer = undefined;
    if (urgent > 0 || !fetchBudget) return;
    while (heldHead < held.length) {
      const query = held[heldHead]!;
      if (!query.held || !waiting.has(query)) {
        heldHead++;
        continue;
      }
      // Every probe out may still take a fetch: only what is left after them can pay for another one.
      if (fetchBudget.limit - fetchBudget.used - probesOut <= 0) {
        if (probesOut > 0) return;
        heldHead++;
        cut(query);
        continue;
      }
      heldHead++;
      query.held = false;
      if (stats.queries >= maxQueries) {
        refuse(query);
        continue;
      }
      stats.queries++;
      dispatch(query, memoOf(query));
    }
    held.length = 0;
    heldHead = 0;
  }

  function cut(query: PendingQuery) {
    query.held = false;
    stats.cut++;
    waiting.delete(query);
    movable.delete(memoOf(query));
    query.settle(
      errorResult(query.name, query.type, {
        code: 'budget-exhausted',
        transient: false,
        message: `Not looked up: the request's ${fetchBudget?.limit} DoH fetches went to the lookups the verdict needs.`,
      }),
    );
  }

  function refuse(query: PendingQuery) {
    stats.refused++;
    waiting.delete(query);
    movable.delete(memoOf(query));
    query.settle(errorResult(query.name, query.type, budgetError()));
  }

  const budgetError = (): DnsError => ({
    code: 'budget-exhausted',
    transient: false,
    message: `The check's budget of ${maxQueries} DNS queries is spent.`,
  });

  function memoOf(query: PendingQuery): Promise<DnsResult> {
    return memos.get(query.type)!.get(query.name)!;
  }

  function send<T extends RecordType>(canonical: string, type: T, rank: number): Promise<DnsResult<T>> {
    // Until the timer runs (it starts with the first query) and after close, the clock is read here instead.
    if (timer === undefined && !stats.deadlineReached) {
      const left = deadlineMs - (Date.now() - startedAt);
      if (left <= 0) expire();
      else if (!closed) timer = setTimeout(expire, left);
    }
    if (stats.deadlineReached) return Promise.resolve(errorResult(canonical, type, deadlineError()));
    const hold = fetchBudget !== undefined && rank === PROBE;
    if (!hold && stats.queries >= maxQueries) {
      stats.refused++;
      return Promise.resolve(errorResult(canonical, type, budgetError()));
    }
    const query = new PendingQuery(canonical, type, stats, inFlight, rank, fetchBudget);
    // One executor for every query (it hands its settle function over), so none is made per query.
    const pending = new Promise<DnsResult>(capture) as Promise<DnsResult<T>>;
    query.settle = captured;
    waiting.add(query);
    // Memoized before it is sent: a resolver that answers at once must find it.
    memos.get(type)!.set(canonical, pending);
    if (hold) {
      query.held = true;
      held.push(query);
      movable.set(pending, query);
      // No urgent lookup out (a check asking only probes, or asking them last): look a macrotask later.
      if (urgent === 0) wakeHeld();
      return pending;
    }
    stats.queries++;
    dispatch(query, pending);
    return pending;
  }

  /** A lookup asked again more urgently than it was first: moved up in the scheduler, or let out of the hold. */
  function promote(known: Promise<DnsResult>, rank: number) {
    const query = movable.get(known);
    if (!query || rank >= query.rank) return;
    if (query.held) {
      query.held = false;
      query.rank = rank;
      movable.delete(known);
      if (stats.queries >= maxQueries) {
        refuse(query);
        return;
      }
      stats.queries++;
      dispatch(query, known);
      return;
    }
    if (query.counted === 'probe' && rank < PROBE) {
      probesOut--;
      urgent++;
      query.counted = 'urgent';
    }
    query.rank = rank;
    query.task?.promote(query.priority);
  }

  function resolve<T extends RecordType>(name: string, type: T, options?: LookupOptions): Promise<DnsResult<T>> {
    const canonical = canonicalName(name);
    let memo = memos.get(type);
    if (!memo) {
      memo = new Map();
      memos.set(type, memo);
    }
    const rank = priorityRank(options?.priority);
    const known = memo.get(canonical);
    if (known) {
      stats.memoHits++;
      if (movable.size > 0) promote(known, rank);
      return known as Promise<DnsResult<T>>;
    }
    const pending = send(canonical, type, rank);
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

/** What the answers a scope got said of DNSSEC: whether any was validated (AD set), and whether any was not. */
export interface DnssecSeen {
  /** An answer (records, NODATA or NXDOMAIN) came with the AD flag (RFC 4035 §3.2.3). */
  readonly validated: boolean;
  /** An answer came without it. */
  readonly unvalidated: boolean;
}

/** A view of a lookup session for one part of a check (a report section) that notes the AD flag of its answers. */
export interface ScopedSession extends LookupSession {
  /** The DNSSEC state of the answers looked up through this scope so far (failed lookups are no answer: not counted). */
  readonly seen: DnssecSeen;
}

/**
 * A scope of `session`: lookups go through the session (its memo, budget and deadline, shared with every other scope),
 * and the scope notes whether the answers it got were DNSSEC-validated — a memo hit counts for the scope that asked,
 * so each section learns what its own answers rest on. Closing a scope does nothing: the session's owner closes it.
 */
export function scopeSession(session: LookupSession): ScopedSession {
  const seen = { validated: false, unvalidated: false };
  const note = <T extends RecordType>(result: DnsResult<T>): DnsResult<T> => {
    if (result.status !== 'error') {
      if (result.authenticated) seen.validated = true;
      else seen.unvalidated = true;
    }
    return result;
  };
  const resolve = <T extends RecordType>(name: string, type: T, options?: LookupOptions) =>
    session.resolve(name, type, options).then(note);
  return new Scope(resolve, session.stats, () => session.signal, noop, seen);
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
    protected readonly signalOf: () => AbortSignal,
    readonly close: () => void,
  ) {}
  get signal(): AbortSignal {
    return this.signalOf();
  }
}

/** A session's scope: a session to every check that receives it (so none nests a session of its own in it). */
class Scope extends Session implements ScopedSession {
  constructor(
    resolve: Resolver['resolve'],
    stats: LookupStats,
    signalOf: () => AbortSignal,
    close: () => void,
    readonly seen: DnssecSeen,
  ) {
    super(resolve, stats, signalOf, close);
  }
}
