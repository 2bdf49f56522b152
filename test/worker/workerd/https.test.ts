import { describe, expect, it } from 'vitest';
import { createHttpsFetcher } from '../../../core/https.js';

// Inside workerd, with the platform's own fetch: the outbound service stands for the internet (vitest.config.ts).
describe('the HTTPS port in workerd', () => {
  const get = createHttpsFetcher();

  it('GETs a policy with the platform fetch, redirects not followed', async () => {
    const result = await get('https://mta-sts.tls-good.test/.well-known/mta-sts.txt');
    expect(result).toMatchObject({ ok: true, status: 200, mediaType: 'text/plain' });
    expect(result.ok && result.body).toContain('mode: enforce');
    expect(await get('https://mta-sts.tls-redirect.test/.well-known/mta-sts.txt')).toMatchObject({
      ok: true,
      status: 301,
      location: 'https://policies.example/tls-redirect.txt',
    });
  });
});
