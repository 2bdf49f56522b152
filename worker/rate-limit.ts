import type { MiddlewareHandler } from 'hono';
import ipaddr from 'ipaddr.js';
import type { AppEnv } from './env.js';
import { errorResponse } from './error-response.js';

/** The period of the `[[ratelimits]]` binding in wrangler.toml, sent as `Retry-After` (seconds). */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

/**
 * The client's key, from the address Cloudflare saw (`CF-Connecting-IP`, set by the edge, not by the client): an IPv4
 * address as it is, an IPv6 address by its /64 — the prefix one subscriber's link gets (RFC 6177 §3, RFC 4291 §2.5.1),
 * which a client can rotate through at will — and an IPv4-mapped IPv6 address as its IPv4 address.
 */
export function clientKey(address: string | null): string {
  if (address === null) return 'unknown-client';
  const text = address.trim();
  if (!ipaddr.isValid(text)) return text;
  let parsed = ipaddr.parse(text);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${parts.join(':')}::/64`;
}

/**
 * Counts each request against the client's limit and answers 429 with `Retry-After` (RFC 6585 §4) past it, in the
 * route's media type. Placed after the cache, so an answer served from the cache is not counted.
 */
export function rateLimit(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const limiter = c.env?.LIMITER;
    if (limiter) {
      const { success } = await limiter.limit({ key: clientKey(c.req.header('CF-Connecting-IP') ?? null) });
      if (!success) {
        c.header('Retry-After', String(RATE_LIMIT_PERIOD_SECONDS));
        return errorResponse(
          c,
          429,
          'rate-limited',
          `Too many requests; try again in ${RATE_LIMIT_PERIOD_SECONDS} seconds.`,
        );
      }
    }
    return next();
  };
}
