import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { errorBody } from './http-error.js';

/** The period of the `[[ratelimits]]` binding in wrangler.toml, sent as `Retry-After` (seconds). */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

/** The client's key: the address Cloudflare saw (`CF-Connecting-IP`, set by the edge, not by the client). */
function clientKey(request: Request): string {
  return request.headers.get('CF-Connecting-IP') ?? 'unknown-client';
}

/** Counts each request against the client's limit and answers 429 with `Retry-After` (RFC 6585 §4) past it. */
export function rateLimit(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const limiter = c.env?.LIMITER;
    if (limiter) {
      const { success } = await limiter.limit({ key: clientKey(c.req.raw) });
      if (!success) {
        c.header('Retry-After', String(RATE_LIMIT_PERIOD_SECONDS));
        c.header('Cache-Control', 'no-store');
        return c.json(
          errorBody('rate-limited', `Too many requests; try again in ${RATE_LIMIT_PERIOD_SECONDS} seconds.`),
          429,
        );
      }
    }
    return next();
  };
}
