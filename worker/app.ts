import { OpenAPIHono } from '@hono/zod-openapi';
import { Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { SECTIONS, type SectionRegistry } from '../core/index.js';
import { version } from '../package.json';
import { edgeCache, joinIdenticalRequests } from './cache.js';
import { canonicalRequests } from './canonical.js';
import type { AppEnv } from './env.js';
import { errorResponse } from './error-response.js';
import { rateLimit } from './rate-limit.js';
import { addApiRoutes, errorResponses } from './routes/api.js';
import { addBadgeRoutes } from './routes/badge.js';
import { addPageRoutes } from './routes/pages.js';
import { HealthSchema } from './schemas.js';

/** Sends `X-Content-Type-Options: nosniff` with every response, also one served from the cache or joined. */
function noSniff(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    try {
      c.res.headers.set('X-Content-Type-Options', 'nosniff');
    } catch {
      // A response with immutable headers (as fetch returns them) is copied first.
      c.res = new Response(c.res.body, c.res);
      c.res.headers.set('X-Content-Type-Options', 'nosniff');
    }
  };
}

/** The methods every route takes (OPTIONS is the CORS preflight). */
const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/** The version the OpenAPI document announces: the package's. */
export const API_VERSION: string = version;

/** Options of `createApp`. */
export interface AppOptions {
  /** The report's sections (the API, its OpenAPI document, the pages and badges); `SECTIONS` by default. */
  registry?: SectionRegistry;
}

/**
 * Builds the Worker's app: validation (zod → 400), Cache API, rate limit (429; a cached answer does not count),
 * joining of identical requests in flight, CORS for GET, then the routes. Every error a client can cause is a 4xx
 * (405 with `Allow` for a method a route does not take), anything else a 500, each in the route's own media type
 * (`errorResponse`): `{ error: { code, message } }` for the API, a page, an SVG badge or a shields.io document.
 */
export function createApp(options: AppOptions = {}): OpenAPIHono<AppEnv> {
  const registry = options.registry ?? SECTIONS;
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const code = issue?.code === 'custom' && issue.params?.code ? String(issue.params.code) : 'bad-request';
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      return errorResponse(c, 400, code, `${where}${issue?.message ?? 'The request is not valid.'}`);
    },
  });

  // The paths a GET serves, to tell a method the route does not take (405) from a path no route has (404).
  let getRoutes: Hono | undefined;
  const servesGet = async (path: string) => {
    if (!getRoutes) {
      getRoutes = new Hono();
      for (const route of app.routes) if (route.method === 'GET') getRoutes.get(route.path, (c) => c.body(null, 204));
    }
    return (await getRoutes.request(path)).status === 204;
  };
  app.notFound(async (c) => {
    if (!READ_METHODS.includes(c.req.method) && (await servesGet(c.req.path))) {
      // RFC 9110 §15.5.6: a 405 names the methods the resource takes.
      c.header('Allow', READ_METHODS.join(', '));
      return errorResponse(c, 405, 'method-not-allowed', `${c.req.method} is not allowed here; use GET.`);
    }
    return errorResponse(c, 404, 'not-found', `No route for ${c.req.method} ${c.req.path}.`);
  });
  app.onError((error, c) => {
    console.error(error);
    return errorResponse(c, 500, 'internal', 'The check failed unexpectedly; please report it.');
  });

  // Every response, JSON, SVG and errors included, is read as the type it declares (no MIME sniffing of DNS text).
  app.use('*', noSniff());
  // Before the rate limit, the cache and the joining: each sees a check's one canonical URL.
  app.use(
    '*',
    canonicalRequests((request, env, ctx) => app.fetch(request, env, ctx)),
  );
  app.use('*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], maxAge: 86_400 }));
  // The cache before the rate limit: an answer served from the cache costs no lookup, so it does not count.
  for (const path of ['/v1/*', '/badge/*', '/report/*']) app.use(path, edgeCache());
  for (const path of ['/v1/*', '/badge/*', '/report', '/report/*']) app.use(path, rateLimit());
  for (const path of ['/v1/*', '/badge/*', '/report/*']) app.use(path, joinIdenticalRequests());

  app.openapi(
    {
      method: 'get',
      path: '/health',
      operationId: 'getHealth',
      tags: ['service'],
      summary: 'Whether the Worker runs.',
      responses: {
        200: { description: 'It runs.', content: { 'application/json': { schema: HealthSchema } } },
        405: errorResponses[405],
      },
    },
    (c) => c.json({ ok: true as const }, 200),
  );
  addApiRoutes(app, registry);
  addBadgeRoutes(app, registry);
  addPageRoutes(app, registry);

  app.doc31('/openapi.json', (c) => ({
    openapi: '3.1.0',
    // The Worker that answers is the server: a deployment's document names its own host.
    servers: [{ url: new URL(c.req.url).origin, description: 'This mailposture Worker.' }],
    // A public API: no operation needs credentials.
    security: [],
    info: {
      title: 'mailposture',
      version: API_VERSION,
      description:
        "Checks a domain's email authentication (PTR, SPF, DKIM, DMARC) over DNS-over-HTTPS. Errors are " +
        '`{ error: { code, message } }`; responses are cached for min(record TTL, 300 s).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
  }));
  return app;
}
