/**
 * The generation size of core's per-isolate memos: large enough for everything one check meets again (its addresses,
 * networks, keys) and a few providers' shared ones, small enough that entries die young. An entry that outlives a few
 * checks is copied by each scavenge and then promoted, which costs more than computing it again: over 2,000 distinct
 * domains, a scavenge took 3.2 ms on average with 128 entries a generation and 1.6 ms with 8.
 */
export const MEMO_SIZE = 32;

/**
 * A map of string keys bounded to at most `2 × generation` entries, kept in two generations: a read looks in the
 * young map, then the old one (moving a hit back into the young); when the young map is full it becomes the old one
 * and the previous old one is dropped, so what was not read for a generation goes. Evicting costs nothing per entry —
 * unlike deleting a Map's oldest key, whose `keys().next()` walks over the deleted slots before the table is compacted
 * (about 0.6 µs an eviction at 1,024 entries, measured alone). `undefined` is not a value it keeps.
 */
export class BoundedMap<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly generation: number) {}

  /** The value kept for `key` (now young again), or `undefined`. */
  get(key: string): V | undefined {
    const young = this.young.get(key);
    if (young !== undefined) return young;
    const old = this.old.get(key);
    if (old === undefined) return undefined;
    this.old.delete(key);
    this.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}

/**
 * A bounded memo of a pure function of one string key, kept in a `BoundedMap` of `size` entries a generation. A
 * function that returns `undefined` is called again each time (return `null` to keep "nothing").
 */
export function boundedMemo<V>(size: number, compute: (key: string) => V): (key: string) => V {
  const kept = new BoundedMap<V>(size);
  return (key) => {
    const known = kept.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    kept.set(key, value);
    return value;
  };
}
