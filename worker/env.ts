import type { LookupSession } from '../core/index.js';

/** The Workers rate-limit binding (`[[ratelimits]]` in wrangler.toml): one call counts one request against `key`. */
export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** Bindings and variables of the Worker, as configured in wrangler.toml. */
export interface Env {
  /** The DoH endpoint every lookup goes to (RFC 8484); tests and local runs point it at 127.0.0.1. */
  DOH_URL: string;
  /**
   * How many DNS answers an isolate keeps for the checks it serves (each for its TTL, at most 300 s; errors never):
   * a whole number, 0 for none; 2,000 when unset or invalid, 10,000 at most.
   */
  DNS_CACHE_ENTRIES?: string;
  /**
   * Subrequests one request may make (the platform's limit: 50 on the Free plan, 10,000 on Paid): the DoH lookups
   * of a check get this less 2 for the Cache API, every fetch counted; a whole number ≥ 10, 50 when unset or
   * invalid, 10,000 at most. Raise it on a Paid plan for fuller DKIM discovery and PTR breadth.
   */
  MAX_SUBREQUESTS?: string;
  /** Per-client request limit; absent when the app runs outside workerd (Node tests). */
  LIMITER?: RateLimiter;
}

/** What the lookup-session middleware shares with a route's handler through the hono context (`c.var`). */
export interface LookupVariables {
  /** The request's bounded lookup session: the resolver of every check the handler runs. */
  lookups: LookupSession;
  /** Set by the handler: whether DNS failed for what it answers (a section in `error`). Unset counts as failed. */
  dnsFailed: boolean;
}

/** The hono environment of the app; `Variables` are what the lookup-session middleware sets on single-protocol routes. */
export interface AppEnv {
  Bindings: Env;
  Variables: LookupVariables;
}
