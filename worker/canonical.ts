import type { ExecutionContext, MiddlewareHandler } from 'hono';
import { parseDomain } from '../core/index.js';
import type { AppEnv } from './env.js';
import { errorResponse } from './error-response.js';

/** How a route's query parameter is canonicalized: one value, a repeatable list, or a comma/space separated field. */
type ParamKind = 'one' | 'list' | 'field';

/**
 * A route whose requests are canonicalized: its path pattern, what its path holds, its query parameters, and what an
 * unknown parameter gets.
 */
interface CanonicalRoute {
  pattern: RegExp;
  /** What the path segment is: a domain name (to its A-label) or an IP address (left to the route to validate). */
  segment: 'domain' | 'ip';
  params: Record<string, ParamKind>;
  /**
   * `refuse`: a 400 (the JSON API, where a misspelt parameter must not be silently ignored); `drop`: left out of the
   * canonical URL (badges and the report page, whose links carry cache-busters like `?v=2` and tracking tags), so it
   * neither fails the request nor splits the cache.
   */
  unknown: 'refuse' | 'drop';
}

const ROUTES: readonly CanonicalRoute[] = [
  {
    pattern: /^\/v1\/check\/([^/]+)$/,
    segment: 'domain',
    params: { selector: 'list', ip: 'list', sender: 'one', helo: 'one' },
    unknown: 'refuse',
  },
  {
    pattern: /^\/v1\/spf\/([^/]+)$/,
    segment: 'domain',
    params: { ip: 'one', sender: 'one', helo: 'one' },
    unknown: 'refuse',
  },
  { pattern: /^\/v1\/dmarc\/([^/]+)$/, segment: 'domain', params: {}, unknown: 'refuse' },
  { pattern: /^\/v1\/dkim\/([^/]+)$/, segment: 'domain', params: { selector: 'list' }, unknown: 'refuse' },
  { pattern: /^\/v1\/ptr\/([^/]+)$/, segment: 'ip', params: {}, unknown: 'refuse' },
  { pattern: /^\/badge\/([^/]+?)(\.(?:svg|json))$/, segment: 'domain', params: {}, unknown: 'drop' },
  {
    pattern: /^\/report\/([^/]+)$/,
    segment: 'domain',
    params: { selector: 'field', ip: 'field', sender: 'one', helo: 'one' },
    unknown: 'drop',
  },
];

/** The outcome of canonicalizing a request's URL: the canonical URL, or why its parameters are refused. */
export type CanonicalUrl = { ok: true; url: string } | { ok: false; message: string } | { ok: 'other' };

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Sorted, without repeats. DNS names and IP address text compare without case (RFC 4343, RFC 5952 §4.3). */
const canonicalList = (values: readonly string[]) =>
  [...new Set(values.map((value) => value.trim().toLowerCase()).filter((value) => value !== ''))].sort();

/**
 * The canonical form of a request URL for a check route: the domain as its A-label (lower case, no trailing dot, no
 * leading U+FEFF or spaces, percent-escapes and fullwidth dots undone by the same `parseDomain` the route uses), the
 * query parameters sorted, repeated values once, and unknown parameters refused (the JSON API) or left out (badges
 * and the report page). A domain that does not parse is
 * left as it is, for the route to refuse with its own 400.
 */
export function canonicalUrl(input: string): CanonicalUrl {
  const url = new URL(input);
  const route = ROUTES.find((candidate) => candidate.pattern.test(url.pathname));
  if (!route) return { ok: 'other' };
  const match = route.pattern.exec(url.pathname);
  const raw = match?.[1] ?? '';
  const suffix = match?.[2] ?? '';
  let segment = raw;
  if (route.segment === 'domain') {
    const decoded = decode(raw);
    const parsed = decoded === undefined ? undefined : parseDomain(decoded);
    if (parsed?.ok) segment = encodeURIComponent(parsed.name);
  } else {
    const decoded = decode(raw);
    if (decoded !== undefined) segment = encodeURIComponent(decoded.trim().toLowerCase());
  }
  const values = new Map<string, string[]>();
  for (const [name, value] of url.searchParams) {
    if (!Object.hasOwn(route.params, name)) {
      if (route.unknown === 'drop') continue;
      const known = Object.keys(route.params);
      return {
        ok: false,
        message: `Unknown query parameter "${name}"; ${known.length > 0 ? `this route takes ${known.join(', ')}` : 'this route takes none'}.`,
      };
    }
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  const query = new URLSearchParams();
  for (const name of [...values.keys()].sort()) {
    const kind = route.params[name];
    const given = values.get(name) ?? [];
    if (kind === 'field') {
      const items = canonicalList(given.flatMap((value) => value.split(/[\s,]+/)));
      if (items.length > 0) query.append(name, items.join(','));
    } else if (kind === 'list') {
      // An empty value stays, so the route refuses it as it would have.
      const items = canonicalList(given);
      for (const item of given.some((value) => value.trim() === '') ? [...items, ''] : items) query.append(name, item);
    } else {
      // One value: repeats of the same value are one; different values go on for the route to refuse.
      for (const item of [...new Set(given)]) query.append(name, item);
    }
  }
  const search = query.toString();
  const path = url.pathname.slice(0, url.pathname.length - raw.length - suffix.length) + segment + suffix;
  return { ok: true, url: `${url.origin}${path}${search ? `?${search}` : ''}` };
}

/**
 * Answers every check route from its canonical URL, before the rate limit, the cache and the joining of identical
 * requests see it, so that `Example.COM`, `example.com.` and `%65xample.com` (or reordered, repeated parameters) are
 * one request: a request that is not canonical is dispatched again under its canonical URL. Unknown parameters: 400 on
 * the JSON API; dropped on badges and the report page.
 */
export function canonicalRequests(
  dispatch: (
    request: Request,
    env: AppEnv['Bindings'],
    ctx: ExecutionContext | undefined,
  ) => Response | Promise<Response>,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const canonical = canonicalUrl(c.req.url);
    if (canonical.ok === 'other') return next();
    if (canonical.ok === false) {
      c.header('Cache-Control', 'no-store');
      return errorResponse(c, 400, 'bad-request', canonical.message);
    }
    // Canonical already, or (never expected) a form that is not a fixed point: answered as it is, never dispatched again.
    if (canonical.url === c.req.url) return next();
    const again = canonicalUrl(canonical.url);
    if (again.ok !== true || again.url !== canonical.url) return next();
    let ctx: ExecutionContext | undefined;
    try {
      ctx = c.executionCtx;
    } catch {
      ctx = undefined;
    }
    return dispatch(new Request(canonical.url, c.req.raw), c.env, ctx);
  };
}
