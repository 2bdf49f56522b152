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
    ['/v1/ptr/worker.test', 400, 'invalid-ip'],
    ['/v1/ptr/999.1.1.1', 400, 'invalid-ip'],
    ['/v1/check/worker.test?ip=999.1.1.1', 400, 'invalid-ip'],
    ['/v1/check/http%3A%2F%2Fexample.com', 400, 'url'],
    ['/v1/spf/worker.test?ip=192.0.2.1&helo=%3Cb%3E', 400, 'invalid-helo'],
    ['/v1/spf/worker.test?ip=192.0.2.1&helo=192.0.2.1', 400, 'invalid-helo'],
    ['/v1/spf/worker.test?ip=192.0.2.1&sender=%3Cb%3E%40worker.test', 400, 'invalid-sender'],
    ['/v1/spf/worker.test?ip=192.0.2.1&sender=a..b%40worker.test', 400, 'invalid-sender'],
    // The sending section's inputs (issue 18): bad IPs and senders, a sender or HELO without an IP, more than 10 IPs.
    ['/v1/check/worker.test?ip=45.33.87.99&sender=%3Cb%3E%40worker.test', 400, 'invalid-sender'],
    ['/v1/check/worker.test?ip=45.33.87.99&sender=bounce%40%5B192.0.2.1%5D', 400, 'invalid-sender'],
    ['/v1/check/worker.test?ip=45.33.87.99&helo=192.0.2.1', 400, 'invalid-helo'],
    ['/v1/check/worker.test?sender=bounce%40worker.test', 400, 'bad-request'],
    ['/v1/check/worker.test?helo=mx.worker.test', 400, 'bad-request'],
    [
      `/v1/check/worker.test?${Array.from({ length: 11 }, (_, i) => `ip=45.33.87.${i + 1}`).join('&')}`,
      400,
      'bad-request',
    ],
    ['/v1/check/worker.test?ip=45.33.87.99&sender=a%40worker.test&sender=b%40worker.test', 400, 'bad-request'],
    ['/badge/worker.test', 404, 'not-found'],
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

  it.each([
    ['/v1/ptr/999.1.1.1', 'ip: "999.1.1.1" is not an IP address: 999 is above 255; an IPv4 address is four numbers'],
    ['/v1/check/http%3A%2F%2Fexample.com', 'domain: Give the domain, not a URL: example.com.'],
    ['/v1/check/https%3A%2F%2Fworker.test%2Freport', 'domain: Give the domain, not a URL: worker.test.'],
    ['/v1/spf/worker.test?ip=192.0.2.1&helo=%3Cb%3E', 'helo: The HELO name is not a domain'],
    ['/v1/spf/worker.test?ip=192.0.2.1&helo=192.0.2.1', 'write it as the address literal [192.0.2.1]'],
    ['/v1/spf/worker.test?ip=192.0.2.1&sender=%3Cb%3E%40worker.test', 'sender: The sender has a local-part with'],
  ])('GET %s says what is wrong: %s', async (path, message) => {
    const payload = (await (await get(path)).json()) as { error: { message: string } };
    expect(payload.error.message).toContain(message);
    // What the client sent is never echoed back as markup.
    expect(payload.error.message).not.toMatch(/<b>|%3C/i);
  });

  it('answers a badge error as a badge, and a page error as a page', async () => {
    const svg = await get('/badge/%20.svg');
    expect(svg.status).toBe(400);
    expect(svg.headers.get('Content-Type')).toMatch(/^image\/svg\+xml/);
    expect(await svg.text()).toContain('invalid domain');
    const page = await app.request('/report/worker.test', { method: 'POST' }, env);
    expect(page.status).toBe(405);
    expect(page.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect(await page.text()).toContain('POST is not allowed here; use GET.');
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
