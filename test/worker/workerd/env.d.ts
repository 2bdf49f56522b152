declare namespace Cloudflare {
  /** The bindings of the workerd test project (wrangler.toml plus vitest.config.ts). */
  interface Env {
    DOH_URL: string;
    /** The DNS stack's DoH path whose backend is down (HTTP 403). */
    DOWN_DOH_URL: string;
    /** A pass-through to the DNS stack counting queries per tag: `<base>/<tag>/dns-query`, `<base>/<tag>/count`. */
    COUNTING_DOH_BASE: string;
    /** The DNS stack's validating DoH path (AD set for the fixtures' signed zones). */
    VALIDATING_DOH_URL: string;
    LIMITER: { limit(options: { key: string }): Promise<{ success: boolean }> };
  }
  /** The main module's exports, as `exports` of cloudflare:workers sees them. */
  interface Exports {
    default: Fetcher;
  }
}
