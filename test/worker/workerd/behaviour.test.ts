import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { CachingResolver } from '../../../core/dns/index.js';
import { GRADE_COLOURS } from '../../../worker/colours.js';
import worker from '../../../worker/index.js';
import { createWorkerResolver } from '../../../worker/lookup.js';
import { body, get } from './request.js';

/** Calls the Worker with its DoH endpoint pointed at the DNS stack's path whose backend is down. */
async function getWithDnsDown(path: string): Promise<Response> {
  const ctx = createExecutionContext();
  const request = new Request(`http://worker.example${path}`, { headers: { 'CF-Connecting-IP': '2001:db8:d0::1' } });
  const response = await worker.fetch(request, { ...env, DOH_URL: env.DOWN_DOH_URL }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

describe('the Cache API', () => {
  it('serves the second identical request from cache', async () => {
    const path = '/v1/dkim/worker.test?selector=mail&selector=cache-probe';
    const first = await get(path);
    expect(first.status).toBe(200);
    expect(first.headers.get('X-Cache')).toBe('miss');
    const firstBody = await first.text();
    const second = await get(path);
    expect(second.status).toBe(200);
    expect(second.headers.get('X-Cache')).toBe('hit');
    expect(await second.text()).toBe(firstBody);
    expect(second.headers.get('Cache-Control')).toBe(first.headers.get('Cache-Control'));
  });

  it('joins concurrent identical requests in workerd: one check answers them all', async () => {
    const path = '/v1/check/worker.test?selector=join-probe';
    const responses = await Promise.all(Array.from({ length: 5 }, () => get(path)));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    const bodies = await Promise.all(responses.map((response) => response.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(responses.filter((response) => response.headers.get('X-Joined') === '1').length).toBe(4);
  });

  it('never caches a result whose DNS failed', async () => {
    const first = await getWithDnsDown('/v1/dmarc/worker.test');
    expect(first.status).toBe(200);
    expect((await body(first)).result.status).toBe('error');
    expect(first.headers.get('Cache-Control')).toBe('no-store');
    const second = await getWithDnsDown('/v1/dmarc/worker.test');
    expect(second.headers.get('X-Cache')).toBe('miss');
  });
});

describe('DNS failure', () => {
  it('reports sections in error, never as missing', async () => {
    const response = await getWithDnsDown('/v1/check/worker-weak.test');
    expect(response.status).toBe(200);
    const report = await body(response);
    expect(report.sections.spf.status).toBe('error');
    expect(report.sections.dmarc.status).toBe('error');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('marks the shields badge as an error', async () => {
    const badge = await body(await getWithDnsDown('/badge/worker-weak.test.json'));
    expect(badge).toMatchObject({ schemaVersion: 1, label: 'email auth', message: 'DNS error', isError: true });
    expect(badge.cacheSeconds).toBeGreaterThanOrEqual(300);
  });
});

describe('badges', () => {
  it('draws an SVG badge of the grade', async () => {
    const report = await body(await get('/v1/check/worker.test'));
    const response = await get('/badge/worker.test.svg');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8');
    const svg = await response.text();
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
    expect(svg).toContain('email auth');
    expect(svg).toContain(`>${report.grade}<`);
  });

  it('serves the shields.io endpoint schema', async () => {
    const report = await body(await get('/v1/check/worker-weak.test'));
    const response = await get('/badge/worker-weak.test.json');
    expect(response.status).toBe(200);
    const badge = await body(response);
    expect(Object.keys(badge).sort()).toEqual(['cacheSeconds', 'color', 'label', 'message', 'schemaVersion']);
    expect(badge.schemaVersion).toBe(1);
    expect(badge.label).toBe('email auth');
    expect(badge.message).toBe(report.grade);
    expect(badge.color).toMatch(/^(brightgreen|green|yellowgreen|yellow|orange|red)$/);
    expect(Number.isInteger(badge.cacheSeconds) && badge.cacheSeconds >= 300).toBe(true);
  });

  it('answers 400 for a domain that is not one, as a badge', async () => {
    const svg = await get('/badge/a..b.svg');
    expect(svg.status).toBe(400);
    expect(svg.headers.get('Content-Type')).toMatch(/^image\/svg\+xml/);
    expect(await svg.text()).toContain('invalid domain');
    const json = await get('/badge/localhost.json');
    expect(json.status).toBe(400);
    expect(await body(json)).toMatchObject({ schemaVersion: 1, message: 'invalid domain', isError: true });
  });
});

describe('errors, limits and headers', () => {
  it.each(['/nothing-here', '/v1/check', '/v1/check/', '/v1/unknown/worker.test', '/badge/worker.test.png'])(
    'answers 404 in the error shape for %s',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect((await body(response)).error.code).toBe('not-found');
    },
  );

  it('answers 429 with Retry-After once a client passes its limit', async () => {
    // The limiter counts in fixed 60 s windows: a window may end mid-burst, so a second client (another /64) tries again.
    let limited: Response | undefined;
    for (const clientIp of ['2001:db8:429:1::1', '2001:db8:429:2::1']) {
      const statuses: number[] = [];
      for (let i = 0; i < 60; i++) statuses.push((await get('/v1/check/a..b.test', { clientIp })).status);
      expect(statuses.every((status) => status === 400)).toBe(true);
      limited = await get('/v1/dmarc/worker.test', { clientIp });
      if (limited.status === 429) break;
    }
    if (!limited) throw new Error('no request was sent');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('60');
    expect((await body(limited)).error.code).toBe('rate-limited');
    expect((await get('/v1/dmarc/worker.test')).status).toBe(200);
  });

  it("answers errors in the route's own media type: a page, an SVG badge, a shields.io document", async () => {
    // Past the limit: the limiter counts in fixed 60 s windows, so a second client tries again if a window ended.
    let limited: Record<'api' | 'svg' | 'json' | 'page', Response> | undefined;
    for (const [n, clientIp] of ['2001:db8:429:11::1', '2001:db8:429:12::1'].entries()) {
      for (let i = 0; i < 60; i++) await get('/v1/check/a..b.test', { clientIp });
      // Names no other request asked for, so none is answered from the cache (which would not count).
      const name = `limited-${n}.worker.test`;
      const paths = [`/v1/dmarc/${name}`, `/badge/${name}.svg`, `/badge/${name}.json`, `/report/${name}`];
      const [api, svg, json, page] = await Promise.all(paths.map((path) => get(path, { clientIp })));
      limited = { api: api!, svg: svg!, json: json!, page: page! };
      if (Object.values(limited).every((response) => response.status === 429)) break;
    }
    if (!limited) throw new Error('no request was sent');
    for (const response of Object.values(limited)) {
      expect(response.status).toBe(429);
      expect(response.headers.get('Retry-After')).toBe('60');
      expect(response.headers.get('Cache-Control')).toBe('no-store');
    }
    expect((await body(limited.api)).error.code).toBe('rate-limited');
    expect(limited.svg.headers.get('Content-Type')).toMatch(/^image\/svg\+xml/);
    const svg = await limited.svg.text();
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(svg).toContain('rate limited');
    expect(await body(limited.json)).toEqual({
      schemaVersion: 1,
      label: 'email auth',
      message: 'rate limited',
      color: 'lightgrey',
      cacheSeconds: 300,
      isError: true,
    });
    expect(limited.page.headers.get('Content-Type')).toMatch(/^text\/html/);
    const page = await limited.page.text();
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain('Too many requests; try again in 60 seconds.');

    // A domain that is not one: the badge says so as a badge.
    const invalid = await get('/badge/a..b.test.svg');
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('Content-Type')).toMatch(/^image\/svg\+xml/);
    expect(await invalid.text()).toContain('invalid domain');
    const invalidJson = await body(await get('/badge/http%3A%2F%2Fworker.test.json'));
    expect(invalidJson).toMatchObject({ schemaVersion: 1, message: 'invalid domain', isError: true });
  });

  it('does not count answers served from the cache against the limit', async () => {
    const clientIp = '2001:db8:cac4::1';
    const path = '/v1/dmarc/worker.test';
    const first = await get(path, { clientIp });
    expect(first.status).toBe(200);
    // More than two windows' worth: however the 60 s windows fall, counting these would pass the limit of 60.
    const statuses: string[] = [];
    for (let i = 0; i < 130; i++) {
      const response = await get(path, { clientIp });
      statuses.push(`${response.status} ${response.headers.get('X-Cache')}`);
      await response.arrayBuffer();
    }
    expect(new Set(statuses)).toEqual(new Set(['200 hit']));
    // A check the cache cannot answer still counts: the client is far from its limit.
    expect((await get('/v1/check/a..b.test', { clientIp })).status).toBe(400);
  });

  it.each([
    ['POST', '/v1/check/worker.test', /^application\/json/],
    ['DELETE', '/v1/ptr/192.0.2.1', /^application\/json/],
    ['PUT', '/badge/worker.test.svg', /^image\/svg\+xml/],
    ['POST', '/report/worker.test', /^text\/html/],
    ['POST', '/openapi.json', /^application\/json/],
  ])('answers %s %s with 405 and Allow', async (method, path, type) => {
    const response = await get(path, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('Content-Type')).toMatch(type);
    if (type.source.includes('json')) expect((await body(response)).error.code).toBe('method-not-allowed');
  });

  it('answers a method on a path no route has with 404', async () => {
    expect((await get('/nothing-here', { method: 'POST' })).status).toBe(404);
  });

  it('allows any origin to GET, and answers the preflight', async () => {
    const response = await get('/v1/dmarc/worker.test', { headers: { Origin: 'https://elsewhere.example' } });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const preflight = await get('/v1/check/worker.test', {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('GET');
  });

  it('answers /health', async () => {
    const response = await get('/health');
    expect(response.status).toBe(200);
    expect(await body(response)).toEqual({ ok: true });
  });
});

describe('pages', () => {
  it('serves the start page with a form and security headers', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const page = await response.text();
    expect(page).toContain('<form action="/report" method="get"');
    expect(page).toContain('<label for="domain">');
    expect(page).not.toContain('<script');
  });

  it('redirects the form to the report page, which shows grade, findings and records', async () => {
    const redirect = await get('/report?domain=worker-weak.test');
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('Location')).toBe('/report/worker-weak.test');
    const report = await body(await get('/v1/check/worker-weak.test'));
    const page = await (await get('/report/worker-weak.test')).text();
    expect(page).toContain(`aria-label="Grade ${report.grade}"`);
    const first = report.sections.spf.findings[0];
    expect(page).toContain(first.id);
    expect(page).toContain('v=spf1 +all');
  });

  it('shows the check time and cost for people, links finding ids, the JSON and a badge snippet', async () => {
    const report = await body(await get('/v1/check/worker-weak.test'));
    const page = await (await get('/report/worker-weak.test')).text();
    // The ISO time only as the machine-readable attribute; people read "1 December 2026, 10:49 UTC".
    const text = page.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ');
    const iso = /<time datetime="([^"]+)">/.exec(page)?.[1];
    expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(text).not.toContain(iso);
    expect(text).toMatch(
      /Checked \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d UTC: \d+ DNS\s+lookups, (under 1 ms|\d+ ms|\d+\.\d s)/,
    );
    // Every finding id links to its entry of the findings catalogue, which has that anchor.
    const catalogue = await (await get('/findings')).text();
    const ids = Object.values<{ findings: { id: string }[] }>(report.sections).flatMap((s) =>
      s.findings.map((f) => f.id),
    );
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(page).toContain(`href="/findings#${id}"`);
      expect(catalogue).toContain(`id="${id}"`);
    }
    expect(page).toContain('href="/v1/check/worker-weak.test"');
    expect(page).toContain(
      '[![email auth](http://worker.example/badge/worker-weak.test.svg)](http://worker.example/report/worker-weak.test)',
    );
    expect(page).toContain('<img src="/badge/worker-weak.test.svg"');
  });

  it('colours a grade on the page as its badge does: one colour table', async () => {
    const css = await (await get('/style.css')).text();
    for (const [grade, colour] of Object.entries(GRADE_COLOURS)) {
      expect(css).toContain(`.grade-${grade} { background: #${colour.hex};`);
    }
    const svg = await (await get('/badge/worker-weak.test.svg')).text();
    const report = await body(await get('/v1/check/worker-weak.test'));
    expect(svg.toLowerCase()).toContain(`#${GRADE_COLOURS[report.grade as keyof typeof GRADE_COLOURS].hex}`);
  });

  it('escapes what the user typed', async () => {
    const response = await get(`/report/${encodeURIComponent('<b>x</b>.test')}`);
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).not.toContain('<b>x</b>');
    expect(page).toContain('&lt;b&gt;x&lt;/b&gt;.test');
  });
});

describe('the DNS answer cache of an isolate', () => {
  it('keeps answers across requests: a lookup another check made is not sent again', async () => {
    const resolver = createWorkerResolver(env) as CachingResolver;
    expect(createWorkerResolver(env)).toBe(resolver);
    const { hits, misses } = resolver.stats;
    const first = await resolver.resolve('cache-probe.worker.test', 'TXT');
    const again = await resolver.resolve('cache-probe.worker.test', 'TXT');
    expect(again.status).toBe(first.status);
    expect(resolver.stats.misses - misses).toBe(1);
    expect(resolver.stats.hits - hits).toBe(1);
  });

  it('is off with DNS_CACHE_ENTRIES = 0, and never keeps a failure', async () => {
    expect('stats' in createWorkerResolver({ ...env, DNS_CACHE_ENTRIES: '0' })).toBe(false);
    const down = createWorkerResolver({ ...env, DOH_URL: env.DOWN_DOH_URL }) as CachingResolver;
    const { hits } = down.stats;
    expect((await down.resolve('worker.test', 'TXT')).status).toBe('error');
    expect((await down.resolve('worker.test', 'TXT')).status).toBe('error');
    expect(down.stats.hits).toBe(hits);
  });
});
