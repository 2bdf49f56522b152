/**
 * Maps `items` through `task` with at most `limit` tasks in flight, keeping the input order; every lookup a check
 * fans out (selectors, MX hosts, PTR names) goes through it so no input can open more than `limit` queries at once.
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  // Within the limit every task starts at once: no workers needed.
  if (items.length <= limit) return Promise.all(items.map(task));
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
  await Promise.all(workers);
  return results;
}
