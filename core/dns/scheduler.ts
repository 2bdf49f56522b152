import type { LookupPriority } from './types.js';

/** The priorities in the order the scheduler serves them. */
export const LOOKUP_PRIORITIES: readonly LookupPriority[] = ['gate', 'leaf', 'probe'];

/** What a priority ranks as: 0 is served first. */
export function priorityRank(priority: LookupPriority | undefined): number {
  return priority === 'leaf' ? 1 : priority === 'probe' ? 2 : 0;
}

/** Options of `createLookupScheduler`. */
export interface LookupSchedulerOptions {
  /** Exchanges in flight at most (a whole number ≥ 1): 6 in the Worker, the platform's simultaneous connections. */
  concurrency: number;
}

/** What a scheduler has done so far: figures for tests and benchmarks. */
export interface LookupSchedulerStats {
  /** Tasks running now. */
  running: number;
  /** Tasks waiting for a slot now. */
  queued: number;
  /** The most tasks that ran at once. */
  maxRunning: number;
  /** Tasks started so far. */
  started: number;
}

/** A task the scheduler holds: it can be made more urgent while it waits. */
export interface ScheduledTask<T> {
  readonly promise: Promise<T>;
  /** Moves the task up to `priority` if it still waits and that is more urgent; a no-op otherwise. */
  promote(priority: LookupPriority): void;
}

/**
 * A bound on exchanges in flight with a priority queue, shared by as many lookup sessions as need one bound: one
 * per HTTP request in the Worker (6), one for a whole CLI or Action run in Node (every domain of the list).
 */
export interface LookupScheduler {
  readonly concurrency: number;
  readonly stats: Readonly<LookupSchedulerStats>;
  /**
   * Runs `task` once a slot is free and no more urgent task waits; equal priorities run in the order they came.
   * The slot is held until the task's promise settles.
   */
  schedule<T>(task: () => Promise<T>, priority?: LookupPriority): ScheduledTask<T>;
}

class Entry<T = unknown> implements ScheduledTask<T> {
  started = false;
  resolve!: (value: T) => void;
  reject!: (error: unknown) => void;
  readonly promise: Promise<T>;
  constructor(
    readonly task: () => Promise<T>,
    public rank: number,
    private readonly owner: Scheduler,
  ) {
    this.promise = new Promise<T>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }
  promote(priority: LookupPriority): void {
    const rank = priorityRank(priority);
    if (this.started || rank >= this.rank) return;
    this.owner.requeue(this as unknown as Entry, rank);
  }
}

/** A FIFO of entries with a moving head: no `shift`, whose cost grows with the array in some engines. */
class Fifo {
  items: Entry[] = [];
  head = 0;
  push(entry: Entry) {
    this.items.push(entry);
  }
  /** The first entry that still waits at `rank` (entries promoted away or started are dropped on the way). */
  peek(rank: number): Entry | undefined {
    while (this.head < this.items.length) {
      const entry = this.items[this.head]!;
      if (!entry.started && entry.rank === rank) return entry;
      this.head++;
    }
    this.items = [];
    this.head = 0;
    return undefined;
  }
}

class Scheduler implements LookupScheduler {
  readonly stats: LookupSchedulerStats = { running: 0, queued: 0, maxRunning: 0, started: 0 };
  private readonly queues = LOOKUP_PRIORITIES.map(() => new Fifo());
  private deferred: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly concurrency: number) {}

  schedule<T>(task: () => Promise<T>, priority?: LookupPriority): ScheduledTask<T> {
    const entry = new Entry(task, priorityRank(priority), this);
    // A free slot goes to the newcomer unless something at least as urgent waits (slots are only free while tasks
    // wait when a deferred pump holds them for the continuations of an answer: see `settled`).
    if (this.stats.running < this.concurrency && this.bestRank() > entry.rank) this.start(entry as Entry);
    else {
      this.queues[entry.rank]!.push(entry as Entry);
      this.stats.queued++;
      if (this.stats.running < this.concurrency) this.defer();
    }
    return entry;
  }

  requeue(entry: Entry, rank: number) {
    entry.rank = rank;
    this.queues[rank]!.push(entry);
    if (this.stats.running < this.concurrency) this.defer();
  }

  /** The rank of the most urgent waiting task; the number of ranks when none waits. */
  private bestRank(): number {
    for (let rank = 0; rank < this.queues.length; rank++) if (this.queues[rank]!.peek(rank)) return rank;
    return this.queues.length;
  }

  private next(): Entry | undefined {
    for (let rank = 0; rank < this.queues.length; rank++) {
      const entry = this.queues[rank]!.peek(rank);
      if (entry) {
        this.stats.queued--;
        return entry;
      }
    }
    return undefined;
  }

  private start(entry: Entry) {
    entry.started = true;
    const stats = this.stats;
    stats.running++;
    stats.started++;
    if (stats.running > stats.maxRunning) stats.maxRunning = stats.running;
    let promise: Promise<unknown>;
    try {
      promise = entry.task();
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      (value) => {
        this.settled(entry.rank);
        entry.resolve(value);
      },
      (error: unknown) => {
        this.settled(entry.rank);
        entry.reject(error);
      },
    );
  }

  /**
   * A slot is free. A waiting task at least as urgent as the one that ended takes it at once. Otherwise the slot is
   * kept until the answer's continuations have run (a macrotask later): they often ask the next lookup of the
   * critical path (an include's record, an MX host's address), which must not lose the slot to a probe queued
   * earlier.
   */
  private settled(rank: number) {
    this.stats.running--;
    if (this.stats.queued === 0) return;
    if (this.bestRank() <= rank) {
      const entry = this.next();
      if (entry) this.start(entry);
    } else this.defer();
  }

  private defer() {
    if (this.deferred !== undefined) return;
    this.deferred = setTimeout(() => {
      this.deferred = undefined;
      this.pump();
    }, 0);
  }

  private pump() {
    while (this.stats.running < this.concurrency) {
      const entry = this.next();
      if (!entry) return;
      this.start(entry);
    }
  }
}

/**
 * Creates a scheduler: at most `concurrency` tasks in flight, the rest queued by priority (`gate`, then `leaf`,
 * then `probe`), in arrival order within one priority. Give one to `createLookupSession` (or `checkDomain`) to bound
 * its exchanges; give the same one to many sessions to bound them together.
 */
export function createLookupScheduler(options: LookupSchedulerOptions): LookupScheduler {
  const concurrency = Math.floor(options.concurrency);
  if (!(concurrency >= 1))
    throw new RangeError(`A scheduler needs a concurrency of at least 1, not ${options.concurrency}.`);
  return new Scheduler(concurrency);
}
