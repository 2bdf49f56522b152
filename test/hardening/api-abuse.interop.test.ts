import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../worker/app.js';
import type { Env, RateLimiter } from '../../worker/env.js';
import { type FaultServer, startFaultServer } from './fault-server.js';

// The Worker's app in Node (`app.request`), its DoH endpoint a counting proxy (the fault server's /ok/ path) in front of
// the real stack, so every DNS query a request causes is seen. The real rate-limit binding exists only in workerd:
// test/worker/workerd/behaviour.test.ts sends 61 requests through it; here a binding with the same contract (a fixed
// window of 60 per key) takes thousands, to show what the app does with its answer.
let proxy: FaultServer;
let env: Env;
const app = createApp();

beforeAll(async () => {
  proxy = await startFaultServer(inject('dohUrl'));
  env = { DOH_URL: proxy.url('ok') };
});
afterAll(async () => {
  await proxy?.close();
});

const get = (path: string, headers: Record<string, string> = {}, bindings: Env = env) =>
  app.request(path, { headers }, bindings);

/** A stand-in for the `[[ratelimits]]` binding: `limit` requests per key in one window. */
function countingLimiter(limit: number): RateLimiter & { calls: number } {
  const counts = new Map<string, number>();
  return {
    calls: 0,
    async limit({ key }) {
      this.calls++;
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      return { success: count <= limit };
    },
  };
}

describe('malformed, over-long and percent-encoded paths', () => {
  const long = 'a'.repeat(100_000);
  const paths = [
    `/v1/check/${long}.test`,
    `/v1/check/${'a.'.repeat(5000)}test`,
    '/v1/check/%',
    '/v1/check/%zz.test',
    '/v1/check/%E0%A4%A.test',
    '/v1/check/..%2F..%2Fetc%2Fpasswd',
    '/v1/check/%2e%2e',
    '/v1/check/%252e%252e.test',
    '/v1/check/a%00b.test',
    '/v1/check/a%0d%0aSet-Cookie:%20x=1.test',
    '/v1/check/%E2%80%AEtset.example',
    '/v1/check/xn--.test',
    '/v1/check/xn--zz-.test',
    '/v1/check/%F0%9F%92%A9%F0%9F%92%A9.test%2F..%2F',
    '/v1/check/worker.test/extra/segments',
    '//v1//check//worker.test',
    `/v1/spf/worker.test?ip=${'f'.repeat(10_000)}`,
    `/v1/spf/worker.test?ip=${encodeURIComponent('45.33.87.25\r\nX-Evil: 1')}`,
    `/v1/dkim/worker.test?${'selector=s&'.repeat(2000)}`,
    `/v1/ptr/${'1'.repeat(5000)}`,
    '/v1/ptr/%5B%3A%3A1%5D%25eth0',
    `/badge/${long}.svg`,
    '/badge/%2e%2e%2f%2e%2e%2f.svg',
    `/report/${long}`,
    `/report?domain=${long}`,
    '/report/%00',
  ];
  it.each(paths.map((path) => [path.length > 90 ? `${path.slice(0, 60)}… (${path.length} chars)` : path, path]))(
    'GET %s: a 4xx (or 200) with no DNS query, never a 500 or an injected header',
    async (_label, path) => {
      const before = proxy.forwarded.length;
      const response = await get(path);
      expect(response.status, path.slice(0, 80)).toBeLessThan(500);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(response.headers.get('x-evil')).toBeNull();
      const text = await response.text();
      if (response.status >= 400 && path.startsWith('/v1/')) {
        const payload = JSON.parse(text) as { error?: { code: string } };
        expect(payload.error?.code).toBeTypeOf('string');
      }
      // Refused input costs no lookup.
      if (response.status >= 400) expect(proxy.forwarded.length - before).toBe(0);
      // No amplification: an answer is never much larger than what was sent. (The report page shows the input back,
      // escaped, whatever its length; Cloudflare refuses URLs over 16 KB before the Worker runs.)
      expect(text.length).toBeLessThan(path.length + 20_000);
    },
  );
});

describe('markup in a domain is escaped in the badge and the report page', () => {
  const markup = [
    '<script>alert(1)</script>.test',
    '"><svg onload=alert(1)>.test',
    "'><img src=x onerror=alert(1)>.test",
    '&lt;b&gt;.test',
  ];
  // The injected markup left unescaped; once `<` is escaped the rest is text. (The page's own badge image is
  // `<img src="/badge/…">`, so the pattern names what the inputs inject.) JSON answers are data: they must say so.
  const raw = /<script|<svg onload|<img src=x|<b>/i;
  const isJson = (response: Response) => response.headers.get('content-type')?.startsWith('application/json');

  it.each(markup)('badge of %s: no raw markup in the SVG or the error', async (domain) => {
    for (const suffix of ['.svg', '.json']) {
      const response = await get(`/badge/${encodeURIComponent(domain)}${suffix}`);
      expect(response.status).toBeLessThan(500);
      const text = await response.text();
      if (!isJson(response)) expect(text).not.toMatch(raw);
      if (suffix === '.svg' && response.status === 200) expect(text.startsWith('<svg')).toBe(true);
    }
  });

  it.each(markup)('report page of %s: no raw markup in the HTML', async (domain) => {
    const direct = await get(`/report/${encodeURIComponent(domain)}`);
    expect(direct.status).toBeLessThan(500);
    expect(await direct.text()).not.toMatch(raw);
    const form = await get(`/report?domain=${encodeURIComponent(domain)}`);
    expect(form.status).toBeLessThan(500);
    const location = form.headers.get('location');
    // A URL: `'` is allowed there (RFC 3986 §2.2 sub-delims); markup and header-splitting characters are not.
    if (location) expect(location).not.toMatch(/[<>"\s]/);
    expect(await form.text()).not.toMatch(raw);
  });

  it('a Unicode domain shown on the report page is the user’s name, escaped, with its A-label', async () => {
    const response = await get(`/report/${encodeURIComponent('bücher.worker.test')}`);
    expect(response.status).toBeLessThan(500);
    const html = await response.text();
    expect(html).toContain('xn--bcher-kva.worker.test');
    expect(html).not.toMatch(raw);
  });
});

describe('thousands of requests from one client', () => {
  it('past its limit a client gets 429 with Retry-After, costs no lookup, and others are not limited', async () => {
    const limiter = countingLimiter(60);
    const bindings: Env = { ...env, LIMITER: limiter };
    const client = { 'CF-Connecting-IP': '2001:db8:abu::1' };
    const statuses = new Map<number, number>();
    for (let round = 0; round < 20; round++) {
      const batch = await Promise.all(
        Array.from({ length: 100 }, () => get('/v1/check/not_a..domain', client, bindings)),
      );
      for (const response of batch) statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
    expect(limiter.calls).toBe(2000);
    expect(statuses.get(400)).toBe(60);
    expect(statuses.get(429)).toBe(1940);
    const before = proxy.forwarded.length;
    const limited = await get('/v1/check/report-good.test', client, bindings);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('60');
    expect(limited.headers.get('Cache-Control')).toBe('no-store');
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate-limited');
    expect(proxy.forwarded.length).toBe(before);
    // The badge and the report page are limited too, each answering in its own media type.
    const badge = await get('/badge/report-good.test.svg', client, bindings);
    expect(badge.status).toBe(429);
    expect(badge.headers.get('Content-Type')).toMatch(/^image\/svg\+xml/);
    expect(await badge.text()).toContain('rate limited');
    const page = await get('/report/report-good.test', client, bindings);
    expect(page.status).toBe(429);
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    const other = await get('/v1/dmarc/report-good.test', { 'CF-Connecting-IP': '2001:db8:abu::2' }, bindings);
    expect(other.status).toBe(200);
  });
});

describe('concurrent identical requests', () => {
  const path = '/v1/check/report-good.test?selector=s1';

  async function queriesOf(count: number): Promise<number> {
    const before = proxy.forwarded.length;
    const responses = await Promise.all(Array.from({ length: count }, () => get(path)));
    for (const response of responses) expect(response.status).toBe(200);
    return proxy.forwarded.length - before;
  }

  it('each request alone is bounded by the check budget', async () => {
    const one = await queriesOf(1);
    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThanOrEqual(300);
  });

  // The Worker joins identical requests in flight (worker/cache.ts), so the Cache API is not needed for this.
  it('10 concurrent identical requests send one set of lookups', async () => {
    const one = await queriesOf(1);
    const ten = await queriesOf(10);
    process.stdout.write(`[hardening] DNS queries: one request ${one}, ten concurrent identical requests ${ten}\n`);
    expect(ten).toBeLessThanOrEqual(one);
  });
});
