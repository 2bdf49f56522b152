import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWER_CACHE_ENTRIES } from '../../core/dns/index.js';
import {
  CACHE_SUBREQUESTS,
  createCheckLookups,
  createWorkerResolver,
  DEFAULT_MAX_SUBREQUESTS,
  dnsCacheEntries,
  MAX_DNS_CACHE_ENTRIES,
  MAX_MAX_SUBREQUESTS,
  maxSubrequests,
  WORKER_CONCURRENCY,
} from '../../worker/lookup.js';

describe('DNS_CACHE_ENTRIES', () => {
  it.each([
    [undefined, DEFAULT_ANSWER_CACHE_ENTRIES],
    ['', DEFAULT_ANSWER_CACHE_ENTRIES],
    ['0', 0],
    [' 500 ', 500],
    ['1e9', MAX_DNS_CACHE_ENTRIES],
    ['-1', DEFAULT_ANSWER_CACHE_ENTRIES],
    ['12.5', DEFAULT_ANSWER_CACHE_ENTRIES],
    ['many', DEFAULT_ANSWER_CACHE_ENTRIES],
  ])('%j means %d answers', (value, expected) => {
    expect(dnsCacheEntries({ DNS_CACHE_ENTRIES: value })).toBe(expected);
  });

  it('gives one cached resolver per endpoint and size, and a plain one for 0', () => {
    const a = createWorkerResolver({ DOH_URL: 'http://127.0.0.1:9/a' });
    expect(createWorkerResolver({ DOH_URL: 'http://127.0.0.1:9/a' })).toBe(a);
    expect(createWorkerResolver({ DOH_URL: 'http://127.0.0.1:9/b' })).not.toBe(a);
    expect(createWorkerResolver({ DOH_URL: 'http://127.0.0.1:9/a', DNS_CACHE_ENTRIES: '10' })).not.toBe(a);
    expect('stats' in a).toBe(true);
    expect('stats' in createWorkerResolver({ DOH_URL: 'http://127.0.0.1:9/a', DNS_CACHE_ENTRIES: '0' })).toBe(false);
  });
});

describe('MAX_SUBREQUESTS', () => {
  it.each([
    [undefined, DEFAULT_MAX_SUBREQUESTS],
    ['', DEFAULT_MAX_SUBREQUESTS],
    ['1000', 1000],
    [' 10 ', 10],
    ['9', DEFAULT_MAX_SUBREQUESTS],
    ['1e9', MAX_MAX_SUBREQUESTS],
    ['50.5', DEFAULT_MAX_SUBREQUESTS],
    ['lots', DEFAULT_MAX_SUBREQUESTS],
  ])('%j means %d subrequests', (value, expected) => {
    expect(maxSubrequests({ MAX_SUBREQUESTS: value })).toBe(expected);
  });

  it('gives each request its own budget (less the Cache API share) and its own 6-wide scheduler', () => {
    const env = { DOH_URL: 'http://127.0.0.1:9/a', MAX_SUBREQUESTS: '20' };
    const a = createCheckLookups(env);
    const b = createCheckLookups(env);
    expect(a.fetchBudget.limit).toBe(20 - CACHE_SUBREQUESTS);
    expect(a.fetchBudget).not.toBe(b.fetchBudget);
    expect(a.scheduler).not.toBe(b.scheduler);
    expect(a.scheduler.concurrency).toBe(WORKER_CONCURRENCY);
    expect(a.resolver).toBe(b.resolver);
  });
});
