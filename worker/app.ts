import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { SECTIONS, type SectionRegistry } from '../core/index.js';
import { edgeCache, joinIdenticalRequests } from './cache.js';
import { canonicalRequests } from './canonical.js';
import type { AppEnv } from './env.js';
import { errorBody } from './http-error.js';
import { rateLimit } from './rate-limit.js';
import { addApiRoutes } from './routes/api.js';
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

/** The version the OpenAPI document announces. */
export const API_VERSION = '1.0.0';

/** Options of `createApp`. */
export interface AppOptions {
  /** The report's sections (the API, its OpenAPI document, the pages and badges); `SECTIONS` by default. */
  registry?: SectionRegistry;
}

/**
 * Builds the Worker's app: validation (zod → 400), rate limit (429), Cache API, joining of identical requests in
 * flight, CORS for GET, then the routes.
 * Every error a client can cause is a 4xx with `{ error: { code, message } }`; anything else is a 500 in that shape.
 */
export function createApp(options: AppOptions = {}): OpenAPIHono<AppEnv> {
  const registry = options.registry ?? SECTIONS;
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const code = issue?.code === 'custom' && issue.params?.code ? String(issue.params.code) : 'bad-request';
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      return c.json(errorBody(code, `${where}${issue?.message ?? 'The request is not valid.'}`), 400);
    },
  });

  app.notFound((c) => c.json(errorBody('not-found', `No route for ${c.req.method} ${c.req.path}.`), 404));
  app.onError((error, c) => {
    console.error(error);
    return c.json(errorBody('internal', 'The check failed unexpectedly; please report it.'), 500);
  });

  // Every response, JSON, SVG and errors included, is read as the type it declares (no MIME sniffing of DNS text).
  app.use('*', noSniff());
  // Before the rate limit, the cache and the joining: each sees a check's one canonical URL.
  app.use(
    '*',
    canonicalRequests((request, env, ctx) => app.fetch(request, env, ctx)),
  );
  app.use('*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], maxAge: 86_400 }));
  for (const path of ['/v1/*', '/badge/*', '/report', '/report/*']) app.use(path, rateLimit());
  for (const path of ['/v1/*', '/badge/*', '/report/*']) {
    app.use(path, edgeCache());
    app.use(path, joinIdenticalRequests());
  }

  app.openapi(
    {
      method: 'get',
      path: '/health',
      tags: ['service'],
      summary: 'Whether the Worker runs.',
      responses: { 200: { description: 'It runs.', content: { 'application/json': { schema: HealthSchema } } } },
    },
    (c) => c.json({ ok: true as const }, 200),
  );
  addApiRoutes(app, registry);
  addBadgeRoutes(app, registry);
  addPageRoutes(app, registry);

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'mailposture',
      version: API_VERSION,
      description:
        "Checks a domain's email authentication (PTR, SPF, DKIM, DMARC) over DNS-over-HTTPS. Errors are " +
        '`{ error: { code, message } }`; responses are cached for min(record TTL, 300 s).',
      license: { name: 'MIT' },
    },
  });
  return app;
}
