import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../core/memo.js';

describe('boundedMemo', () => {
  it('computes a key once while it is kept, and forgets the least recently used past two generations', () => {
    const computed: string[] = [];
    const memo = boundedMemo(2, (key) => {
      computed.push(key);
      return key.toUpperCase();
    });
    expect(memo('a')).toBe('A');
    expect(memo('a')).toBe('A');
    memo('b');
    memo('c'); // young was full: a and b become the old generation
    memo('a'); // found in the old generation, moved back to the young one
    memo('d'); // young (c, a) full: it becomes old; b is forgotten
    memo('b');
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'b']);
    memo('a'); // still kept (old generation)
    expect(computed).toHaveLength(5);
  });

  it('never holds more than twice its size', () => {
    let calls = 0;
    const memo = boundedMemo(10, (key) => {
      calls++;
      return key;
    });
    for (let i = 0; i < 1000; i++) memo(`k${i}`);
    calls = 0;
    for (let i = 0; i < 1000; i++) memo(`k${i}`);
    // Only the last 10–20 keys can still be known; every other one is computed again.
    expect(calls).toBeGreaterThanOrEqual(980);
  });
});
