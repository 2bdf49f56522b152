import { describe, expect, inject, it } from 'vitest';
import { createApp } from '../../worker/app.js';
import type { Env } from '../../worker/env.js';

// The same app in Node (no Cache API, no rate-limit binding): breadth for input validation, against the real stack.
const app = createApp();
const env: Env = { DOH_URL: inject('dohUrl') };
const get = (path: string) => app.request(path, {}, env);

describe('the app in Node', () => {
  it.each([
    ['/v1/check/', 404, 'not-found'],
    ['/v1/check/-worker.test', 400, 'invalid-character'],
    ['/v1/check/worker.test.', 200, undefined],
    ['/v1/check/WORKER.TEST', 200, undefined],
    [`/v1/check/${'a'.repeat(250)}.test`, 400, 'too-long'],
    ['/v1/check/[2001:db8::1]', 400, 'ip-literal'],
    [`/v1/check/${encodeURIComponent('bad_%.test')}`, 400, 'invalid-character'],
    ['/v1/dmarc/worker.test?unknown=1', 200, undefined],
    [`/v1/dkim/worker.test?selector=${'s'.repeat(254)}`, 400, 'bad-request'],
    ['/v1/spf/worker.test?helo=mx.worker.test', 400, 'bad-request'],
    ['/v1/spf/worker.test?ip=::ffff:45.33.87.25', 200, undefined],
    ['/v1/ptr/worker.test', 400, 'bad-request'],
    ['/badge/worker.test', 404, 'not-found'],
    ['/badge/%20.svg', 400, 'empty'],
    ['/badge/.svg', 404, 'not-found'],
  ])('GET %s → %i %s', async (path, status, code) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    const payload = (await response.json()) as { error?: { code: string; message: string } };
    expect(payload.error?.code).toBe(code);
    if (code) expect(payload.error?.message.length).toBeGreaterThan(10);
  });

  it('normalizes the domain to lower-case A-labels without the root dot', async () => {
    const response = await get('/v1/dmarc/WORKER.test.');
    expect(((await response.json()) as { domain: string }).domain).toBe('worker.test');
  });

  it('never answers 500 for odd but well-formed requests', async () => {
    for (const path of ['/v1/check/%E0%A4%A.test', '/v1/check/%00.test', '/report/%2F%2F', '/badge/%FF.svg']) {
      expect((await get(path)).status, path).toBeLessThan(500);
    }
  });
});
