/**
 * The generation size of core's per-isolate memos: large enough for everything one check meets again (its addresses,
 * networks, keys) and a few providers' shared ones, small enough that entries die young. An entry that outlives a few
 * checks is copied by each scavenge and then promoted, which costs more than computing it again: over 2,000 distinct
 * domains, a scavenge took 3.2 ms on average with 128 entries a generation and 1.6 ms with 8.
 */
export const MEMO_SIZE = 32;

/**
 * A bounded memo of a pure function of one string key, kept in two generations: lookups read the young map, then the
 * old one (moving a hit back into the young); when the young map is full it becomes the old one and the previous old
 * one is dropped. It holds between `size` and `2 × size` entries, and evicting costs nothing per entry — unlike
 * deleting a Map's oldest key, whose `keys().next()` walks over the deleted slots before the table is compacted
 * (about 0.6 µs an eviction at 1,024 entries, measured alone).
 */
export function boundedMemo<V>(size: number, compute: (key: string) => V): (key: string) => V {
  let young = new Map<string, V>();
  let old = new Map<string, V>();
  const keep = (key: string, value: V) => {
    if (young.size >= size) {
      old = young;
      young = new Map();
    }
    young.set(key, value);
  };
  return (key) => {
    if (young.has(key)) return young.get(key) as V;
    let value: V;
    if (old.has(key)) {
      value = old.get(key) as V;
      old.delete(key);
    } else value = compute(key);
    keep(key, value);
    return value;
  };
}
