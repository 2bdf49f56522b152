import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { checkDomain, SECTIONS, type SectionRegistry } from '../../core/index.js';
import { cacheControl } from '../cache.js';
import type { AppEnv } from '../env.js';
import { createCheckLookups } from '../lookup.js';
import { renderFindingsPage } from '../pages/findings-page.js';
import { renderHomePage } from '../pages/home-page.js';
import type { FormValues } from '../pages/layout.js';
import { renderReportPage } from '../pages/report-page.js';
import { FAVICON_SVG, STYLESHEET } from '../pages/style.js';
import { DomainSchema, MAX_LIST_ITEMS } from '../schemas.js';

/** Security headers of the HTML pages: no script at all, styles and images from this origin only. */
export function pageSecurityHeaders(): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'"],
      formAction: ["'self'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
  });
}

/** Selectors typed into the form: one field, separated by spaces or commas. */
function formSelectors(value: string | undefined): string[] {
  return formList(value).slice(0, MAX_LIST_ITEMS);
}

/** A list typed into one field of the form, separated by spaces or commas. */
function formList(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter((item) => item !== '');
}

/** Adds the server-rendered pages: the start page, the findings catalogue and the report page of the registry's sections. */
export function addPageRoutes(app: OpenAPIHono<AppEnv>, registry: SectionRegistry = SECTIONS): void {
  for (const path of ['/', '/findings', '/report', '/report/*', '/style.css', '/favicon.svg']) {
    app.use(path, pageSecurityHeaders());
  }

  app.get('/', (c) => c.html(renderHomePage()));

  app.get('/style.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(STYLESHEET);
  });

  app.get('/favicon.svg', (c) => {
    c.header('Content-Type', 'image/svg+xml');
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(FAVICON_SVG);
  });

  app.get('/findings', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.html(renderFindingsPage(registry));
  });

  // The form submits here (GET, no JavaScript); the report lives at one canonical, cacheable address.
  app.get('/report', (c) => {
    const domain = (c.req.query('domain') ?? '').trim();
    if (domain === '') return c.html(renderHomePage({ error: 'Type a domain name to check.' }), 400);
    const query = new URLSearchParams();
    for (const name of ['selector', 'ip', 'sender', 'helo'] as const) {
      const value = (c.req.query(name) ?? '').trim();
      if (value !== '') query.set(name, value);
    }
    const search = query.toString();
    return c.redirect(`/report/${encodeURIComponent(domain)}${search ? `?${search}` : ''}`, 303);
  });

  app.get('/report/:domain', async (c) => {
    const input = c.req.param('domain');
    const form: FormValues = {
      domain: input,
      selector: c.req.query('selector') ?? '',
      ip: c.req.query('ip') ?? '',
      sender: c.req.query('sender') ?? '',
      helo: c.req.query('helo') ?? '',
    };
    const parsed = DomainSchema.safeParse(input);
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'The domain is not valid.';
      return c.html(renderHomePage({ ...form, error: message }), 400);
    }
    // The sending IPs, MAIL FROM and HELO of the form: core refuses what is not valid (or more than 10 IPs).
    const outcome = await checkDomain(input, {
      ...createCheckLookups(c.env),
      selectors: formSelectors(form.selector),
      sendingIps: formList(form.ip),
      ...(form.sender?.trim() ? { sender: form.sender.trim() } : {}),
      ...(form.helo?.trim() ? { helo: form.helo.trim() } : {}),
      registry,
    });
    if (!outcome.ok) return c.html(renderHomePage({ ...form, error: outcome.error.message }), 400);
    c.header('Cache-Control', cacheControl(outcome.report.ttl, !outcome.report.complete));
    return c.html(renderReportPage(outcome.report, form, registry, new URL(c.req.url).origin));
  });
}
