import { afterAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../worker/app.js';
import type { Env } from '../../worker/env.js';

// The app in Node with no DNS behind it: what it refuses, it refuses before any lookup. Every DoH query would go
// through the platform's fetch, which here records the query and fails, so a row that sent one would show in `queries`.
// The same app against the real stack: app.interop.test.ts.
const queries: string[] = [];
const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
  queries.push(String(input instanceof Request ? input.url : input));
  throw new TypeError('no DNS server in the unit layer');
});
afterAll(() => fetchSpy.mockRestore());

const app = createApp();
const env: Env = { DOH_URL: 'http://127.0.0.1:9/dns-query' };
const get = (path: string) => app.request(path, {}, env);

describe('the app in Node', () => {
  it.each([
    ['/v1/check/', 404, 'not-found'],
    ['/v1/check/-worker.test', 400, 'invalid-character'],
    [`/v1/check/${'a'.repeat(250)}.test`, 400, 'too-long'],
    ['/v1/check/[2001:db8::1]', 400, 'ip-literal'],
    [`/v1/check/${encodeURIComponent('bad_%.test')}`, 400, 'invalid-character'],
    // An unknown parameter is refused, never ignored: it would make a request look different from its check.
    ['/v1/dmarc/worker.test?unknown=1', 400, 'bad-request'],
    [`/v1/dkim/worker.test?selector=${'s'.repeat(254)}`, 400, 'bad-request'],
    ['/v1/spf/worker.test?helo=mx.worker.test', 400, 'bad-request'],
    ['/v1/ptr/worker.test', 400, 'bad-request'],
    ['/badge/worker.test', 404, 'not-found'],
    ['/badge/%20.svg', 400, 'empty'],
    ['/badge/.svg', 404, 'not-found'],
  ])('GET %s → %i %s', async (path, status, code) => {
    queries.length = 0;
    const response = await get(path);
    expect(response.status).toBe(status);
    const payload = (await response.json()) as { error?: { code: string; message: string } };
    expect(payload.error?.code).toBe(code);
    expect(payload.error?.message.length).toBeGreaterThan(10);
    expect(queries).toEqual([]);
  });

  it('never answers 500 for odd but well-formed requests', async () => {
    queries.length = 0;
    for (const path of ['/v1/check/%E0%A4%A.test', '/v1/check/%00.test', '/report/%2F%2F', '/badge/%FF.svg']) {
      expect((await get(path)).status, path).toBeLessThan(500);
    }
    expect(queries).toEqual([]);
  });
});
