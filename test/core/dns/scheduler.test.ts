import { describe, expect, it } from 'vitest';
import {
  createFetchBudget,
  createLookupScheduler,
  createLookupSession,
  type DnsResult,
  type LookupOptions,
  type LookupPriority,
  type RecordType,
  type Resolver,
} from '../../../core/dns/index.js';

/**
 * A resolver that holds every query until the test lets it go: it records the order queries reached it, how many
 * were in flight at most, and takes one fetch per query from the lookup's fetch budget, as the DoH client does.
 */
function createGate() {
  const started: string[] = [];
  const priorities: Array<LookupPriority | undefined> = [];
  const open = new Map<string, () => void>();
  let inFlight = 0;
  let maxInFlight = 0;
  let auto = false;
  const resolver: Resolver = {
    resolve<T extends RecordType>(name: string, type: T, options?: LookupOptions): Promise<DnsResult<T>> {
      if (options?.fetchBudget && !options.fetchBudget.take()) {
        return Promise.resolve({
          status: 'error',
          name,
          type,
          error: { code: 'budget-exhausted', transient: false, message: 'spent' },
        });
      }
      started.push(name);
      priorities.push(options?.priority);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return new Promise((resolve) => {
        const answer = () => {
          inFlight--;
          open.delete(name);
          resolve({ status: 'nxdomain', name, type, authenticated: false, cnames: [], ttl: 60 });
        };
        if (auto) setTimeout(answer, 1);
        else open.set(name, answer);
      });
    },
  };
  return {
    resolver,
    started,
    priorities,
    get maxInFlight() {
      return maxInFlight;
    },
    get inFlight() {
      return inFlight;
    },
    /** Answers the queries for these names (all open ones when none is given). */
    release(...names: string[]) {
      for (const name of names.length > 0 ? names : [...open.keys()]) {
        const answer = open.get(name);
        if (!answer) throw new Error(`${name} is not in flight`);
        answer();
      }
    },
    /** From now on every query is answered 1 ms after it arrives. */
    answerAll() {
      auto = true;
      this.release();
    },
  };
}

/** Lets timers and the continuations of answers run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('lookup scheduler', () => {
  it('keeps at most N exchanges in flight', async () => {
    const gate = createGate();
    const session = createLookupSession(gate.resolver, { scheduler: createLookupScheduler({ concurrency: 6 }) });
    const names = Array.from({ length: 20 }, (_, i) => `n${i}.example`);
    const all = Promise.all(names.map((name) => session.resolve(name, 'A')));
    await settle();
    expect(gate.inFlight).toBe(6);
    gate.answerAll();
    await all;
    session.close();
    expect(gate.maxInFlight).toBe(6);
    expect(gate.started).toEqual(names);
  });

  it('serves gates, then leaves, then probes, each in the order they came', async () => {
    const gate = createGate();
    const session = createLookupSession(gate.resolver, { scheduler: createLookupScheduler({ concurrency: 2 }) });
    const ask = (name: string, priority?: LookupPriority) => session.resolve(name, 'TXT', { priority });
    const all = Promise.all([
      ask('busy1'),
      ask('busy2'),
      ask('probe1', 'probe'),
      ask('leaf1', 'leaf'),
      ask('probe2', 'probe'),
      ask('gate1', 'gate'),
      ask('leaf2', 'leaf'),
      ask('gate2'),
    ]);
    await settle();
    expect(gate.started).toEqual(['busy1', 'busy2']);
    gate.answerAll();
    await all;
    session.close();
    expect(gate.started).toEqual(['busy1', 'busy2', 'gate1', 'gate2', 'leaf1', 'leaf2', 'probe1', 'probe2']);
    expect(gate.priorities.slice(2)).toEqual(['gate', 'gate', 'leaf', 'leaf', 'probe', 'probe']);
  });

  it('gives a freed slot to the next lookup of the critical path, not to a probe queued before it', async () => {
    const gate = createGate();
    const session = createLookupSession(gate.resolver, { scheduler: createLookupScheduler({ concurrency: 1 }) });
    // An SPF-like chain: the root's answer, a few awaits later, asks the include; probes were queued meanwhile.
    const chain = (async () => {
      await session.resolve('root.example', 'TXT');
      await Promise.resolve();
      await session.resolve('include.example', 'TXT');
    })();
    const probes = ['p1', 'p2', 'p3'].map((name) => session.resolve(name, 'TXT', { priority: 'probe' }));
    await settle();
    gate.answerAll();
    await Promise.all([chain, ...probes]);
    session.close();
    expect(gate.started).toEqual(['root.example', 'include.example', 'p1', 'p2', 'p3']);
  });

  it('is one bound for every session that shares it', async () => {
    const gate = createGate();
    const scheduler = createLookupScheduler({ concurrency: 4 });
    const sessions = [0, 1, 2].map(() => createLookupSession(gate.resolver, { scheduler }));
    const all = Promise.all(
      sessions.flatMap((session, s) => Array.from({ length: 5 }, (_, i) => session.resolve(`s${s}-${i}.example`, 'A'))),
    );
    await settle();
    expect(scheduler.stats).toMatchObject({ running: 4, queued: 11 });
    gate.answerAll();
    await all;
    for (const session of sessions) session.close();
    expect(gate.maxInFlight).toBe(4);
    expect(scheduler.stats).toMatchObject({ running: 0, queued: 0, maxRunning: 4, started: 15 });
  });

  it('moves a queued lookup up when it is asked again more urgently, and sends it once', async () => {
    const gate = createGate();
    const session = createLookupSession(gate.resolver, { scheduler: createLookupScheduler({ concurrency: 1 }) });
    const all = Promise.all([
      session.resolve('busy.example', 'A'),
      session.resolve('guess.example', 'A', { priority: 'probe' }),
      session.resolve('leaf.example', 'A', { priority: 'leaf' }),
      session.resolve('guess.example', 'A', { priority: 'gate' }),
    ]);
    await settle();
    gate.answerAll();
    await all;
    session.close();
    expect(gate.started).toEqual(['busy.example', 'guess.example', 'leaf.example']);
    expect(session.stats).toMatchObject({ queries: 3, memoHits: 1 });
  });

  it('settles queued lookups at the deadline without sending them', async () => {
    const gate = createGate();
    const session = createLookupSession(gate.resolver, {
      scheduler: createLookupScheduler({ concurrency: 1 }),
      deadlineMs: 30,
    });
    const results = await Promise.all([session.resolve('a.example', 'A'), session.resolve('b.example', 'A')]);
    expect(results.map((result) => result.status === 'error' && result.error.code)).toEqual(['deadline', 'deadline']);
    gate.release();
    await settle();
    session.close();
    expect(gate.started).toEqual(['a.example']);
  });

  it('leaves the scheduling to a session below: no deadlock with one slot', async () => {
    const gate = createGate();
    const scheduler = createLookupScheduler({ concurrency: 1 });
    const outer = createLookupSession(gate.resolver, { scheduler });
    const inner = createLookupSession(outer, { scheduler });
    const all = Promise.all([inner.resolve('a.example', 'A'), inner.resolve('b.example', 'A')]);
    gate.answerAll();
    await all;
    inner.close();
    outer.close();
    expect(gate.started).toEqual(['a.example', 'b.example']);
  });

  it('refuses a concurrency below 1', () => {
    expect(() => createLookupScheduler({ concurrency: 0 })).toThrow(RangeError);
    expect(() => createLookupScheduler({ concurrency: Number.NaN })).toThrow(RangeError);
  });
});

describe('lookup session with a fetch budget', () => {
  it('holds probes until the lookups the verdict needs are answered, then cuts what the budget cannot pay for', async () => {
    const gate = createGate();
    const fetchBudget = createFetchBudget(5);
    const session = createLookupSession(gate.resolver, {
      scheduler: createLookupScheduler({ concurrency: 6 }),
      fetchBudget,
    });
    const probes = ['p1', 'p2', 'p3', 'p4'].map((name) => session.resolve(name, 'TXT', { priority: 'probe' }));
    const chain = (async () => {
      await session.resolve('root.example', 'TXT');
      await session.resolve('include.example', 'TXT');
      await session.resolve('leaf.example', 'A', { priority: 'leaf' });
    })();
    await settle();
    // The slots are free, yet no probe went out while the chain is unfinished.
    expect(gate.started).toEqual(['root.example']);
    gate.release('root.example');
    await settle();
    gate.release('include.example');
    await settle();
    expect(gate.started).toEqual(['root.example', 'include.example', 'leaf.example']);
    gate.answerAll();
    const [results] = await Promise.all([Promise.all(probes), chain]);
    session.close();
    expect(gate.started).toEqual(['root.example', 'include.example', 'leaf.example', 'p1', 'p2']);
    expect(results.map((result) => result.status === 'error' && result.error.code)).toEqual([
      false,
      false,
      'budget-exhausted',
      'budget-exhausted',
    ]);
    expect(fetchBudget.used).toBe(5);
    expect(session.stats).toMatchObject({ queries: 5, cut: 2 });
  });

  it('lets a held probe out at once when it is asked again as a lookup the verdict needs', async () => {
    const gate = createGate();
    const session = createLookupSession(gate.resolver, { fetchBudget: createFetchBudget(10) });
    const busy = session.resolve('busy.example', 'A');
    const probe = session.resolve('shared.example', 'A', { priority: 'probe' });
    await settle();
    expect(gate.started).toEqual(['busy.example']);
    const needed = session.resolve('shared.example', 'A', { priority: 'leaf' });
    expect(gate.started).toEqual(['busy.example', 'shared.example']);
    gate.answerAll();
    await Promise.all([busy, probe, needed]);
    session.close();
    expect(session.stats.queries).toBe(2);
  });

  it('sends probes alone without waiting for anything', async () => {
    const gate = createGate();
    gate.answerAll();
    const session = createLookupSession(gate.resolver, { fetchBudget: createFetchBudget(2) });
    const results = await Promise.all(
      ['p1', 'p2', 'p3'].map((name) => session.resolve(name, 'TXT', { priority: 'probe' })),
    );
    session.close();
    expect(results.map((result) => result.status)).toEqual(['nxdomain', 'nxdomain', 'error']);
    expect(session.stats.cut).toBe(1);
  });
});
