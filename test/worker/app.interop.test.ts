import { describe, expect, it } from 'vitest';
import { createApp } from '../../worker/app.js';
import type { Env } from '../../worker/env.js';
import { stackUrl } from '../dns-stack/resolvers.js';

// The same app in Node (no Cache API, no rate-limit binding) against the real stack: the requests it answers.
// What it refuses before any lookup: app.test.ts.
const app = createApp();
const env: Env = { DOH_URL: stackUrl('dohUrl') };
const get = (path: string) => app.request(path, {}, env);

describe('the app in Node', () => {
  it.each([
    ['/v1/check/worker.test.', 200, undefined],
    ['/v1/check/WORKER.TEST', 200, undefined],
    // An unknown parameter is refused (worker/canonical.ts): unit layer, test/worker/app.test.ts.
    ['/v1/spf/worker.test?ip=::ffff:45.33.87.25', 200, undefined],
  ])('GET %s → %i %s', async (path, status, code) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    const payload = (await response.json()) as { error?: { code: string; message: string } };
    expect(payload.error?.code).toBe(code);
  });

  it('normalizes the domain to lower-case A-labels without the root dot', async () => {
    const response = await get('/v1/dmarc/WORKER.test.');
    expect(((await response.json()) as { domain: string }).domain).toBe('worker.test');
  });
});
