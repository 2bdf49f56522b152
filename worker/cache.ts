import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

/** Responses are never cached longer than this, whatever the records' TTLs (seconds). */
export const MAX_CACHE_SECONDS = 300;

/**
 * The `Cache-Control` value of a result: public for min(TTL, 300 s) (RFC 9111 §5.2.2.1), or `no-store` when DNS failed
 * or the TTL is 0, so an outage is never served from cache.
 */
export function cacheControl(ttl: number | undefined, dnsFailed: boolean): string {
  const seconds = Math.min(Math.max(Math.floor(ttl ?? 0), 0), MAX_CACHE_SECONDS);
  return dnsFailed || seconds === 0 ? 'no-store' : `public, max-age=${seconds}`;
}

/**
 * Whether the client asks for a fresh check: `Cache-Control: no-cache` or `max-age=0` (RFC 9111 §5.2.1.4, §5.2.1.1),
 * or, without Cache-Control, `Pragma: no-cache` (RFC 9111 §5.4). Such a request is neither served from the cache nor
 * joined to a check already in flight; its result is stored as any other.
 */
export function wantsFreshCheck(headers: Headers): boolean {
  const control = headers.get('Cache-Control');
  if (control !== null) return /(?:^|,)\s*(?:no-cache|max-age\s*=\s*"?0+"?)\s*(?:,|$)/i.test(control);
  return /(?:^|,)\s*no-cache\s*(?:,|$)/i.test(headers.get('Pragma') ?? '');
}

/** GET and HEAD are one request to the cache and the joining: HEAD is answered as GET without the body (RFC 9110 §9.3.2). */
const isRead = (method: string) => method === 'GET' || method === 'HEAD';

/** The Cache API of workerd; absent when the app runs in Node. */
function defaultCache(): Cache | undefined {
  const storage = (globalThis as { caches?: { default?: Cache } }).caches;
  return storage?.default;
}

/** Stores the work in the background when the runtime offers it, else waits for it. */
async function inBackground(run: () => Promise<void>, waitUntil: ((promise: Promise<void>) => void) | undefined) {
  const work = run().catch(() => undefined);
  if (waitUntil) waitUntil(work);
  else await work;
}

/**
 * Serves GET and HEAD responses from the Cache API and stores successful ones that allow it (`public, max-age`): the
 * key is the (canonical) URL alone, so the client's headers never split or poison the cache. A request asking for a
 * fresh check skips the lookup. Sets `X-Cache: hit | miss`.
 */
export function edgeCache(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const cache = defaultCache();
    if (!cache || !isRead(c.req.method)) return next();
    const key = new Request(c.req.url, { method: 'GET' });
    const hit = wantsFreshCheck(c.req.raw.headers) ? undefined : await cache.match(key);
    if (hit) {
      const response = new Response(hit.body, hit);
      response.headers.set('X-Cache', 'hit');
      return response;
    }
    await next();
    c.res.headers.set('X-Cache', 'miss');
    if (c.res.status !== 200 || !/\bmax-age=[1-9]/.test(c.res.headers.get('Cache-Control') ?? '')) return;
    const copy = c.res.clone();
    let waitUntil: ((promise: Promise<void>) => void) | undefined;
    try {
      waitUntil = c.executionCtx.waitUntil.bind(c.executionCtx);
    } catch {
      waitUntil = undefined;
    }
    await inBackground(() => cache.put(key, copy), waitUntil);
  };
}

/** A finished response as plain data, which any request may turn into its own Response. */
interface SharedResponse {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

const inFlight = new Map<string, Promise<SharedResponse>>();

/**
 * Joins concurrent identical GET and HEAD requests: while one request for a URL is being answered, the others for the
 * same URL wait for its answer instead of running the same check (and its DNS lookups) again. A request asking for a
 * fresh check runs its own. Place it after the cache.
 */
export function joinIdenticalRequests(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!isRead(c.req.method) || wantsFreshCheck(c.req.raw.headers)) return next();
    const key = c.req.url;
    const pending = inFlight.get(key);
    if (pending) {
      const shared = await pending;
      const response = new Response(shared.body, { status: shared.status, headers: shared.headers });
      response.headers.set('X-Joined', '1');
      return response;
    }
    let settle: (value: SharedResponse) => void = () => {};
    let fail: (error: unknown) => void = () => {};
    const promise = new Promise<SharedResponse>((resolve, reject) => {
      settle = resolve;
      fail = reject;
    });
    // Waiters see a failure too; nobody may be left waiting, and an unobserved rejection must not crash the isolate.
    promise.catch(() => undefined);
    inFlight.set(key, promise);
    try {
      await next();
      const copy = c.res.clone();
      const headers: [string, string][] = [];
      copy.headers.forEach((value, name) => {
        headers.push([name, value]);
      });
      settle({ status: copy.status, headers, body: await copy.arrayBuffer() });
    } catch (error) {
      fail(error);
      throw error;
    } finally {
      inFlight.delete(key);
    }
  };
}
