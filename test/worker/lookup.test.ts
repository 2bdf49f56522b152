import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWER_CACHE_ENTRIES } from '../../core/dns/index.js';
import { createWorkerResolver, dnsCacheEntries, MAX_DNS_CACHE_ENTRIES } from '../../worker/lookup.js';

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
