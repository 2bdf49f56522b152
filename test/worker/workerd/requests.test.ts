import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../../worker/index.js';

// Each test sends its DoH queries through the counting pass-through to the real DNS stack, under a tag of its own,
// with the isolate's answer cache off: the count is the DNS work the requests cost.
let tags = 0;

function counted() {
  const tag = `requests-${Date.now().toString(36)}-${++tags}`;
  const bindings = { ...env, DOH_URL: `${env.COUNTING_DOH_BASE}/${tag}/dns-query`, DNS_CACHE_ENTRIES: '0' };
  let clients = 0;
  return {
    async queries(): Promise<number> {
      const response = await fetch(`${env.COUNTING_DOH_BASE}/${tag}/count`);
      return ((await response.json()) as { queries: number }).queries;
    },
    /** Calls the Worker as a runtime does, waiting for its background work (the cache put) too. */
    async call(path: string, init: { method?: string; headers?: Record<string, string>; clientIp?: string } = {}) {
      const ctx = createExecutionContext();
      const request = new Request(`http://worker.example${path}`, {
        method: init.method ?? 'GET',
        headers: {
          'CF-Connecting-IP': init.clientIp ?? `2001:db8:${tags.toString(16)}:${(++clients).toString(16)}::1`,
          ...init.headers,
        },
      });
      const response = await worker.fetch(request, bindings, ctx);
      await waitOnExecutionContext(ctx);
      return response;
    },
  };
}

describe('canonical requests (counted in DoH queries to the real DNS stack)', () => {
  it('answers every spelling of a domain, and of its parameters, from the one check of its canonical URL', async () => {
    const worker = counted();
    const first = await worker.call('/v1/check/worker.test?selector=canon-a&selector=canon-b');
    expect(first.status).toBe(200);
    expect(first.headers.get('X-Cache')).toBe('miss');
    const body = await first.text();
    const oneCheck = await worker.queries();
    expect(oneCheck).toBeGreaterThan(10);
    for (const path of [
      '/v1/check/Worker.TEST?selector=canon-a&selector=canon-b',
      '/v1/check/worker.test.?selector=canon-a&selector=canon-b',
      '/v1/check/%77orker.test?selector=canon-a&selector=canon-b',
      `/v1/check/${encodeURIComponent('worker．test')}?selector=canon-a&selector=canon-b`,
      `/v1/check/${encodeURIComponent('\uFEFFworker.test')}?selector=canon-a&selector=canon-b`,
      '/v1/check/worker.test?selector=canon-b&selector=canon-a',
      '/v1/check/worker.test?selector=canon-a&selector=canon-b&selector=canon-a',
      '/v1/check/worker.test?selector=CANON-B&selector=canon-a',
    ]) {
      const response = await worker.call(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('X-Cache'), path).toBe('hit');
      expect(await response.text(), path).toBe(body);
    }
    expect(await worker.queries()).toBe(oneCheck);
  });

  it('refuses an unknown parameter on the JSON API with 400 before any lookup', async () => {
    const worker = counted();
    for (const path of [
      '/v1/check/worker.test?x=1',
      '/v1/dmarc/worker.test?selector=a',
      '/v1/spf/worker.test?v=2',
      '/v1/ptr/192.0.2.1?toString=1',
    ]) {
      const response = await worker.call(path);
      expect(response.status, path).toBe(400);
      const error = (await response.json()) as { error: { code: string; message: string } };
      expect(error.error.code).toBe('bad-request');
      expect(error.error.message).toContain('Unknown query parameter');
    }
    expect(await worker.queries()).toBe(0);
  });

  it('ignores unknown parameters on badges and the report page (cache-busters, tracking tags): one check, one cache entry', async () => {
    const worker = counted();
    for (const [plain, busted] of [
      ['/badge/worker.test.svg', ['/badge/worker.test.svg?v=2', '/badge/Worker.test.svg?v=3&utm_source=readme']],
      ['/badge/worker.test.json', ['/badge/worker.test.json?cacheSeconds=300', '/badge/worker.test.json?toString=1']],
      ['/report/worker.test', ['/report/worker.test?v=2', '/report/worker.test?utm_source=mail&ref=x']],
    ] as const) {
      const first = await worker.call(plain);
      expect(first.status, plain).toBe(200);
      expect(first.headers.get('X-Cache'), plain).toBe('miss');
      const text = await first.text();
      const oneCheck = await worker.queries();
      for (const path of busted) {
        const response = await worker.call(path);
        expect(response.status, path).toBe(200);
        // The unknown parameter is canonicalized away: the answer is the plain URL's cached one, with no new lookup.
        expect(response.headers.get('X-Cache'), path).toBe('hit');
        expect(await response.text(), path).toBe(text);
      }
      expect(await worker.queries(), plain).toBe(oneCheck);
    }
    // Known parameters still count: the page's selector is part of its check.
    const withSelector = await worker.call('/report/worker.test?selector=s1&v=2');
    expect(withSelector.status).toBe(200);
    expect(withSelector.headers.get('X-Cache')).toBe('miss');
    const again = await worker.call('/report/worker.test?v=9&selector=s1');
    expect(again.headers.get('X-Cache')).toBe('hit');
  });

  it('joins concurrent requests that spell one check differently', async () => {
    const reference = counted();
    expect((await reference.call('/v1/check/worker.test?selector=join-ref')).status).toBe(200);
    const oneCheck = await reference.queries();

    const worker = counted();
    const responses = await Promise.all(
      [
        '/v1/check/worker.test?selector=join-canon',
        '/v1/check/WORKER.test?selector=join-canon',
        '/v1/check/worker.test.?selector=join-canon',
        '/v1/check/%77orker.test?selector=join-canon',
        '/v1/check/worker.test?selector=JOIN-CANON&selector=join-canon',
      ].map((path) => worker.call(path)),
    );
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await worker.queries()).toBe(oneCheck);
  });

  it('answers HEAD from the same cache and joining as GET', async () => {
    const reference = counted();
    expect((await reference.call('/v1/check/worker.test?selector=head-ref')).status).toBe(200);
    const oneCheck = await reference.queries();

    const worker = counted();
    const heads = await Promise.all(
      Array.from({ length: 10 }, () => worker.call('/v1/check/worker.test?selector=head-canon', { method: 'HEAD' })),
    );
    expect(heads.map((response) => response.status)).toEqual(Array(10).fill(200));
    expect(await Promise.all(heads.map((response) => response.text()))).toEqual(Array(10).fill(''));
    expect(await worker.queries()).toBe(oneCheck);
    const get = await worker.call('/v1/check/Worker.test?selector=head-canon');
    expect(get.headers.get('X-Cache')).toBe('hit');
    const head = await worker.call('/v1/check/worker.test?selector=head-canon', { method: 'HEAD' });
    expect(head.headers.get('X-Cache')).toBe('hit');
    expect(await worker.queries()).toBe(oneCheck);
  });

  it('checks afresh on Cache-Control: no-cache (RFC 9111 §5.2.1.4), and stores the fresh result', async () => {
    const worker = counted();
    const path = '/v1/check/worker.test?selector=fresh-canon';
    expect((await worker.call(path)).headers.get('X-Cache')).toBe('miss');
    const oneCheck = await worker.queries();
    expect((await worker.call(path)).headers.get('X-Cache')).toBe('hit');
    expect(await worker.queries()).toBe(oneCheck);

    const fresh = await worker.call(path, { headers: { 'Cache-Control': 'no-cache' } });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('X-Cache')).toBe('miss');
    expect(await worker.queries()).toBe(2 * oneCheck);
    const again = await worker.call('/v1/check/WORKER.test?selector=fresh-canon', {
      headers: { 'Cache-Control': 'max-age=0' },
    });
    expect(again.headers.get('X-Cache')).toBe('miss');
    const pragma = await worker.call(path, { headers: { Pragma: 'no-cache' } });
    expect(pragma.headers.get('X-Cache')).toBe('miss');
    expect(await worker.queries()).toBe(4 * oneCheck);
    // Two fresh requests at once are two checks: neither joins the other.
    await Promise.all([1, 2].map(() => worker.call(path, { headers: { 'Cache-Control': 'no-cache' } })));
    expect(await worker.queries()).toBe(6 * oneCheck);
  });
});

describe('the rate limit', () => {
  /** Sends `count` cheap requests (refused domains: no lookup) as `clientIp`; returns their statuses. */
  async function spend(worker: ReturnType<typeof counted>, count: number, clientIp: (i: number) => string) {
    const statuses: number[] = [];
    for (let i = 0; i < count; i++)
      statuses.push((await worker.call('/v1/check/a..b.test', { clientIp: clientIp(i) })).status);
    return statuses;
  }

  it('counts an IPv6 client by its /64: rotating addresses inside it share one limit', async () => {
    const worker = counted();
    // The limiter counts in fixed 60 s windows: a window may end mid-burst, so a second prefix tries again.
    let limited: Response | undefined;
    let prefix = '';
    for (const candidate of ['2001:db8:640:1', '2001:db8:640:2']) {
      prefix = candidate;
      const statuses = await spend(
        worker,
        60,
        (i) => `${candidate}:${(i + 1).toString(16)}:0:0:${(i * 7).toString(16)}`,
      );
      expect(statuses.every((status) => status === 400)).toBe(true);
      limited = await worker.call('/v1/check/a..b.test', { clientIp: `${candidate}:ffff:ffff:ffff:ffff` });
      if (limited.status === 429) break;
    }
    expect(limited?.status).toBe(429);
    expect(limited?.headers.get('Retry-After')).toBe('60');
    // The next /64 is another client.
    expect((await worker.call('/v1/check/a..b.test', { clientIp: `${prefix.replace(/:\w+$/, ':3')}::1` })).status).toBe(
      400,
    );
  });

  it('counts a request with Cache-Control: no-cache like any other', async () => {
    const worker = counted();
    let limited: Response | undefined;
    for (const clientIp of ['192.0.2.61', '192.0.2.62']) {
      const statuses: number[] = [];
      for (let i = 0; i < 60; i++) {
        const response = await worker.call('/v1/check/a..b.test', {
          clientIp,
          headers: { 'Cache-Control': 'no-cache' },
        });
        statuses.push(response.status);
      }
      expect(statuses.every((status) => status === 400)).toBe(true);
      limited = await worker.call('/v1/dmarc/worker.test', { clientIp, headers: { 'Cache-Control': 'no-cache' } });
      if (limited.status === 429) break;
    }
    expect(limited?.status).toBe(429);
  });
});

describe('X-Content-Type-Options: nosniff', () => {
  it.each([
    ['a report (JSON)', '/v1/check/worker.test?selector=nosniff'],
    ['the same report from the cache', '/v1/check/worker.test?selector=nosniff'],
    ['an SVG badge', '/badge/worker.test.svg'],
    ['a shields.io badge (JSON)', '/badge/worker.test.json'],
    ['a 400', '/v1/check/a..b.test'],
    ['a 404', '/nothing-here'],
    ['the OpenAPI document', '/openapi.json'],
    ['a page', '/report/worker.test'],
  ])('is sent with %s', async (_what, path) => {
    const response = await counted().call(path);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });
});
