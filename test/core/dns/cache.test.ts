import { describe, expect, it } from 'vitest';
import {
  answerSize,
  createCachingResolver,
  createMemoryResolver,
  type DnsResult,
  MAX_CACHED_ANSWER_SIZE,
  type RecordType,
  type Resolver,
} from '../../../core/dns/index.js';

const zone = createMemoryResolver({
  zones: ['cache.test'],
  records: {
    'cache.test': { TXT: ['v=spf1 -all'], MX: [[10, 'mx.cache.test']] },
    'short.cache.test': { TXT: ['short'], ttl: 5 },
    'zero.cache.test': { TXT: ['zero'], ttl: 0 },
    'long.cache.test': { TXT: ['long'], ttl: 86_400 },
    'huge.cache.test': { TXT: ['x'.repeat(3_000)] },
  },
});

/** The zone above, counting what reaches it; `failing` names answer SERVFAIL. */
function counting(failing: Set<string> = new Set()) {
  const asked: string[] = [];
  const resolver: Resolver = {
    async resolve<T extends RecordType>(name: string, type: T): Promise<DnsResult<T>> {
      asked.push(`${type} ${name}`);
      if (failing.has(name)) {
        return {
          status: 'error',
          name,
          type,
          error: { code: 'servfail', transient: true, message: 'SERVFAIL' },
        };
      }
      // A copy, as a DoH client builds a new answer each time (the memory resolver's own answers are frozen).
      return structuredClone(await zone.resolve(name, type));
    },
  };
  return { resolver, asked };
}

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (seconds: number) => (time += seconds * 1000) };
}

describe('createCachingResolver', () => {
  it('answers a repeated lookup from the cache, whatever the spelling of the name', async () => {
    const { resolver, asked } = counting();
    const cached = createCachingResolver(resolver);
    const first = await cached.resolve('cache.test', 'TXT');
    const again = await cached.resolve('Cache.TEST.', 'TXT');
    expect(again).toEqual(first);
    // One object for every check that asks: frozen, so that no check can change another's answer.
    expect(Object.isFrozen(again) && again.status === 'answer' && Object.isFrozen(again.records[0]!.data)).toBe(true);
    expect(asked).toEqual(['TXT cache.test']);
    expect(cached.stats).toEqual({ hits: 1, misses: 1 });
    // Another type of the same name is another question.
    await cached.resolve('cache.test', 'MX');
    expect(asked).toEqual(['TXT cache.test', 'MX cache.test']);
  });

  it('hands out the TTL that is left, and asks again once it has run out', async () => {
    const time = clock();
    const { resolver, asked } = counting();
    const cached = createCachingResolver(resolver, { now: time.now });
    expect(await cached.resolve('short.cache.test', 'TXT')).toMatchObject({ ttl: 5, records: [{ ttl: 5 }] });
    time.advance(3.5);
    expect(await cached.resolve('short.cache.test', 'TXT')).toMatchObject({ ttl: 2, records: [{ ttl: 2 }] });
    expect(asked).toHaveLength(1);
    time.advance(1.5);
    expect(await cached.resolve('short.cache.test', 'TXT')).toMatchObject({ ttl: 5 });
    expect(asked).toHaveLength(2);
  });

  it('keeps no answer longer than maxTtlSeconds', async () => {
    const time = clock();
    const { resolver, asked } = counting();
    const cached = createCachingResolver(resolver, { now: time.now, maxTtlSeconds: 60 });
    await cached.resolve('long.cache.test', 'TXT');
    time.advance(59);
    expect(await cached.resolve('long.cache.test', 'TXT')).toMatchObject({ ttl: 86_341 });
    time.advance(1);
    await cached.resolve('long.cache.test', 'TXT');
    expect(asked).toHaveLength(2);
  });

  it('keeps NXDOMAIN and NODATA for their negative TTL', async () => {
    const { resolver, asked } = counting();
    const cached = createCachingResolver(resolver);
    expect((await cached.resolve('none.cache.test', 'TXT')).status).toBe('nxdomain');
    expect((await cached.resolve('none.cache.test', 'TXT')).status).toBe('nxdomain');
    expect((await cached.resolve('short.cache.test', 'MX')).status).toBe('nodata');
    expect((await cached.resolve('short.cache.test', 'MX')).status).toBe('nodata');
    expect(asked).toEqual(['TXT none.cache.test', 'MX short.cache.test']);
  });

  it('never keeps an error or an answer with TTL 0', async () => {
    const { resolver, asked } = counting(new Set(['cache.test']));
    const cached = createCachingResolver(resolver);
    expect((await cached.resolve('cache.test', 'TXT')).status).toBe('error');
    expect((await cached.resolve('cache.test', 'TXT')).status).toBe('error');
    await cached.resolve('zero.cache.test', 'TXT');
    await cached.resolve('zero.cache.test', 'TXT');
    expect(asked).toEqual(['TXT cache.test', 'TXT cache.test', 'TXT zero.cache.test', 'TXT zero.cache.test']);
    expect(cached.stats.hits).toBe(0);
  });

  it('never keeps an answer over MAX_CACHED_ANSWER_SIZE, so hostile zones cannot fill memory', async () => {
    const { resolver, asked } = counting();
    const cached = createCachingResolver(resolver);
    const huge = await cached.resolve('huge.cache.test', 'TXT');
    expect(answerSize(huge)).toBeGreaterThan(MAX_CACHED_ANSWER_SIZE);
    await cached.resolve('huge.cache.test', 'TXT');
    expect(asked).toEqual(['TXT huge.cache.test', 'TXT huge.cache.test']);
    // An ordinary record is far under it.
    expect(answerSize(await cached.resolve('cache.test', 'TXT'))).toBeLessThan(100);
  });

  it('keeps at most maxEntries answers, the most recently used', async () => {
    const { resolver, asked } = counting();
    const cached = createCachingResolver(resolver, { maxEntries: 4 });
    const names = Array.from({ length: 20 }, (_, i) => `n${i}.cache.test`);
    for (const name of names) await cached.resolve(name, 'TXT');
    // The newest answers are kept, the oldest gone.
    await cached.resolve('n19.cache.test', 'TXT');
    await cached.resolve('n18.cache.test', 'TXT');
    expect(asked).toHaveLength(20);
    await cached.resolve('n0.cache.test', 'TXT');
    expect(asked).toHaveLength(21);
    // Never more than four kept: reading every name again finds at most four.
    const before = cached.stats.hits;
    for (const name of names.reverse()) await cached.resolve(name, 'TXT');
    expect(cached.stats.hits - before).toBeLessThanOrEqual(4);
    expect(cached.stats.hits - before).toBeGreaterThan(0);
  });

  it('passes the lookup options on', async () => {
    let seen: AbortSignal | undefined;
    const cached = createCachingResolver({
      resolve: async (name, type, options) => {
        seen = options?.signal;
        return zone.resolve(name, type);
      },
    });
    const controller = new AbortController();
    await cached.resolve('cache.test', 'TXT', { signal: controller.signal });
    expect(seen).toBe(controller.signal);
  });
});
