import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { checkDomain, SECTIONS, type SectionRegistry } from '../../core/index.js';
import { badgeFace, renderBadgeSvg, shieldsEndpoint } from '../badge.js';
import { cacheControl } from '../cache.js';
import type { AppEnv } from '../env.js';
import { errorResponse } from '../error-response.js';
import { createCheckLookups } from '../lookup.js';
import { DomainParamsSchema, DomainSchema, ShieldsSchema } from '../schemas.js';
import { errorResponses } from './api.js';

/** The file extensions a badge is served as. */
type BadgeFormat = 'svg' | 'json';

const svg = (description: string) => ({
  description,
  content: { 'image/svg+xml': { schema: z.string().openapi({ description: 'An SVG image.' }) } },
});
const shields = (description: string) => ({ description, content: { 'application/json': { schema: ShieldsSchema } } });

const svgRoute = createRoute({
  method: 'get',
  path: '/badge/{domain}.svg',
  operationId: 'getBadgeSvg',
  tags: ['badges'],
  summary: 'An SVG badge of the domain\'s grade, labelled "email auth".',
  request: { params: DomainParamsSchema },
  responses: {
    200: svg('The badge: the grade in its colour, or "DNS error" in grey.'),
    400: svg('The domain is not valid: a badge that says "invalid domain" (or "bad request").'),
    404: errorResponses[404],
    405: { ...svg('The method is not GET, HEAD or OPTIONS.'), headers: errorResponses[405].headers },
    429: {
      ...svg('Too many requests from this client: a badge that says "rate limited".'),
      headers: errorResponses[429].headers,
    },
  },
});

const shieldsRoute = createRoute({
  method: 'get',
  path: '/badge/{domain}.json',
  operationId: 'getBadgeShields',
  tags: ['badges'],
  summary: "The domain's grade as a shields.io endpoint badge (`isError` when DNS failed).",
  request: { params: DomainParamsSchema },
  responses: {
    200: {
      description: 'The shields.io endpoint document.',
      content: { 'application/json': { schema: ShieldsSchema } },
    },
    400: shields('The domain is not valid: `message` "invalid domain" (or "bad request"), `isError`.'),
    404: errorResponses[404],
    405: { ...shields('The method is not GET, HEAD or OPTIONS.'), headers: errorResponses[405].headers },
    429: {
      ...shields('Too many requests from this client: `message` "rate limited", `isError`.'),
      headers: errorResponses[429].headers,
    },
  },
});

async function serveBadge(c: Context<AppEnv>, input: string, format: BadgeFormat, registry: SectionRegistry) {
  // The same schema as the OpenAPI document's `domain` parameter decides what is valid.
  const parsed = DomainSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const code = issue?.code === 'custom' ? String(issue.params?.code ?? 'bad-request') : 'bad-request';
    return errorResponse(c, 400, code, issue?.message ?? 'The domain is not valid.');
  }
  const outcome = await checkDomain(input, { ...createCheckLookups(c.env), registry });
  if (!outcome.ok) return errorResponse(c, 400, outcome.error.code, outcome.error.message);
  const face = badgeFace(outcome.report);
  c.header('Cache-Control', cacheControl(outcome.report.ttl, face.isError));
  if (format === 'json') return c.json(shieldsEndpoint(face, outcome.report.ttl), 200);
  c.header('Content-Type', 'image/svg+xml; charset=utf-8');
  return c.body(renderBadgeSvg(face), 200);
}

/**
 * Adds the badges. Their paths put the extension after the parameter, which hono's `{param}` conversion cannot
 * express, so the routes are documented from the schemas above and served by one pattern route.
 */
export function addBadgeRoutes(app: OpenAPIHono<AppEnv>, registry: SectionRegistry = SECTIONS): void {
  app.openAPIRegistry.registerPath(svgRoute);
  app.openAPIRegistry.registerPath(shieldsRoute);
  app.get('/badge/:file{.+\\.(?:svg|json)}', (c) => {
    const file = c.req.param('file');
    const dot = file.lastIndexOf('.');
    return serveBadge(c, file.slice(0, dot), file.slice(dot + 1) as BadgeFormat, registry);
  });
}
