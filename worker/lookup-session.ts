import type { MiddlewareHandler } from 'hono';
import type { LookupSession } from '../core/index.js';
import { cacheControl } from './cache.js';
import type { Env, LookupVariables } from './env.js';
import { createRequestLookups } from './lookup.js';

/**
 * The lookup session of a single-protocol route (`/v1/spf`, `/v1/dmarc`, `/v1/dkim`, `/v1/ptr`): opened before the
 * handler and set on the context as `lookups`, closed after it whatever happens, and a 200 answer's `Cache-Control`
 * set from its stats — public for min(smallest TTL, 300 s), `no-store` when the handler did not say DNS answered.
 */
export function lookupSession(
  open: (env: Env) => LookupSession = createRequestLookups,
): MiddlewareHandler<{ Bindings: Env; Variables: LookupVariables }> {
  return async (c, next) => {
    const lookups = open(c.env);
    c.set('lookups', lookups);
    try {
      await next();
    } finally {
      lookups.close();
    }
    if (c.res.status === 200)
      c.header('Cache-Control', cacheControl(lookups.stats.minTtl, c.get('dnsFailed') !== false));
  };
}
