import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import {
  auditSpf,
  checkDkim,
  checkDmarc,
  checkDomain,
  checkHost,
  checkPtr,
  SECTIONS,
  type SectionRegistry,
  withDnssec,
} from '../../core/index.js';
import { cacheControl } from '../cache.js';
import type { AppEnv } from '../env.js';
import { errorBody } from '../http-error.js';
import { createCheckLookups } from '../lookup.js';
import { lookupSession } from '../lookup-session.js';
import {
  CheckQuerySchema,
  createReportSchema,
  DkimQuerySchema,
  DkimResponseSchema,
  DmarcResponseSchema,
  DomainParamsSchema,
  dataComponents,
  dataSchemasOf,
  ErrorSchema,
  IpParamsSchema,
  PtrResponseSchema,
  SpfQuerySchema,
  SpfResponseSchema,
} from '../schemas.js';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const retryAfter = {
  'Retry-After': { description: 'Seconds until the client may ask again.', schema: { type: 'integer' as const } },
};
const allow = {
  Allow: {
    description: 'The methods the path takes.',
    schema: { type: 'string' as const, examples: ['GET, HEAD, OPTIONS'] },
  },
};

/** The error responses every API route shares (worker/error-response.ts answers them). */
export const errorResponses = {
  400: json(ErrorSchema, 'The input is not valid: `error.code` says why.'),
  404: json(ErrorSchema, 'No route for this path (`not-found`).'),
  405: { ...json(ErrorSchema, 'The method is not GET, HEAD or OPTIONS (`method-not-allowed`).'), headers: allow },
  429: { ...json(ErrorSchema, 'Too many requests from this client (`rate-limited`).'), headers: retryAfter },
};

const checkRoute = (registry: SectionRegistry) =>
  createRoute({
    method: 'get',
    path: '/v1/check/{domain}',
    operationId: 'getReport',
    tags: ['checks'],
    summary: `The whole report of a domain: ${registry.entries.map((entry) => entry.label).join(', ')}, with a grade.`,
    request: { params: DomainParamsSchema, query: CheckQuerySchema },
    responses: { 200: json(createReportSchema(registry), 'The report.'), ...errorResponses },
  });

const spfRoute = createRoute({
  method: 'get',
  path: '/v1/spf/{domain}',
  operationId: 'getSpf',
  tags: ['checks'],
  summary: "The audit of a domain's SPF record (RFC 7208); with `ip`, also the check_host() result.",
  request: { params: DomainParamsSchema, query: SpfQuerySchema },
  responses: { 200: json(SpfResponseSchema, 'The SPF audit.'), ...errorResponses },
});

const dmarcRoute = createRoute({
  method: 'get',
  path: '/v1/dmarc/{domain}',
  operationId: 'getDmarc',
  tags: ['checks'],
  summary: "The check of a domain's DMARC policy (RFC 9989, with the RFC 7489 view).",
  request: { params: DomainParamsSchema },
  responses: { 200: json(DmarcResponseSchema, 'The DMARC check.'), ...errorResponses },
});

const dkimRoute = createRoute({
  method: 'get',
  path: '/v1/dkim/{domain}',
  operationId: 'getDkim',
  tags: ['checks'],
  summary: "The check of a domain's DKIM keys at the given selectors (RFC 6376 §3.6).",
  request: { params: DomainParamsSchema, query: DkimQuerySchema },
  responses: { 200: json(DkimResponseSchema, 'The DKIM check.'), ...errorResponses },
});

const ptrRoute = createRoute({
  method: 'get',
  path: '/v1/ptr/{ip}',
  operationId: 'getPtr',
  tags: ['checks'],
  summary: 'The reverse name of an address and whether it resolves back to it (FCrDNS, RFC 8601 §3).',
  request: { params: IpParamsSchema },
  responses: { 200: json(PtrResponseSchema, 'The PTR check.'), ...errorResponses },
});

/** Adds the JSON API (`/v1/…`) to the app; `/v1/check` reports the registry's sections. */
export function addApiRoutes(app: OpenAPIHono<AppEnv>, registry: SectionRegistry = SECTIONS): void {
  // Each section's `data` schema, declared with the section in core's registry (generated from its type there).
  for (const [name, schema] of Object.entries(dataComponents(dataSchemasOf(registry)))) {
    app.openAPIRegistry.registerComponent('schemas', name, schema as never);
  }
  app.openapi(checkRoute(registry), async (c) => {
    const { selector, ip, sender, helo } = c.req.valid('query');
    const outcome = await checkDomain(c.req.param('domain'), {
      ...createCheckLookups(c.env),
      selectors: selector ?? [],
      sendingIps: ip ?? [],
      ...(sender !== undefined ? { sender } : {}),
      ...(helo !== undefined ? { helo } : {}),
      registry,
    });
    if (!outcome.ok) return c.json(errorBody(outcome.error.code, outcome.error.message), 400);
    const report = outcome.report;
    c.header('Cache-Control', cacheControl(report.ttl, !report.complete));
    return c.json(report, 200);
  });

  // Each single-protocol route checks within one lookup session, which the middleware opens, closes and takes the
  // Cache-Control from; the handler says only whether DNS failed for its answer. Its `result` is the report's section
  // shape, `dnssec` included (`withDnssec`).
  for (const path of ['/v1/spf/*', '/v1/dmarc/*', '/v1/dkim/*', '/v1/ptr/*']) app.use(path, lookupSession());

  app.openapi(spfRoute, async (c) => {
    const { domain } = c.req.valid('param');
    const { ip, sender, helo } = c.req.valid('query');
    const resolver = c.var.lookups;
    const [result, host] = await Promise.all([
      withDnssec(resolver, (scope) => auditSpf(domain, { resolver: scope })),
      ip === undefined ? null : checkHost({ ip, domain, sender, helo }, { resolver }),
    ]);
    c.set('dnsFailed', result.status === 'error' || host?.result === 'temperror');
    return c.json({ domain, result, checkHost: host }, 200);
  });

  app.openapi(dmarcRoute, async (c) => {
    const { domain } = c.req.valid('param');
    const result = await withDnssec(c.var.lookups, (resolver) => checkDmarc(domain, { resolver }));
    c.set('dnsFailed', result.status === 'error');
    return c.json({ domain, result }, 200);
  });

  app.openapi(dkimRoute, async (c) => {
    const { domain } = c.req.valid('param');
    const { selector } = c.req.valid('query');
    const result = await withDnssec(c.var.lookups, (resolver) =>
      checkDkim(domain, { resolver, selectors: selector ?? [] }),
    );
    c.set('dnsFailed', result.status === 'error');
    return c.json({ domain, result }, 200);
  });

  app.openapi(ptrRoute, async (c) => {
    const { ip } = c.req.valid('param');
    const result = await withDnssec(c.var.lookups, (resolver) => checkPtr(ip, { resolver }));
    c.set('dnsFailed', result.status === 'error');
    return c.json({ ip, result }, 200);
  });
}
