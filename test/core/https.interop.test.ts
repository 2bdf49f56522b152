import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDohResolver, createFetchBudget, createMemoryResolver } from '../../core/dns/index.js';
import { createHttpsFetcher } from '../../core/https.js';
import { stackUrl } from '../dns-stack/resolvers.js';
import { freePort } from '../dns-stack/stack.js';
import { mtaStsPolicies } from '../fixtures/zones/tls.js';
import { createLoopbackFetch } from '../tls-server/node-fetch.js';
import { createTestCa, type PolicyServer, startPolicyServer } from '../tls-server/policy-server.js';

const extra = {
  'big.tls-good.test': { body: 'x'.repeat(70_000) },
  'slow.tls-good.test': { body: 'late', delayMs: 3000 },
};
const zones = {
  zones: ['tls-good.test'],
  records: { 'big.tls-good.test': { A: ['127.0.0.1'] }, 'slow.tls-good.test': { A: ['127.0.0.1'] } },
};

let server: PolicyServer;
const closers: Array<() => Promise<void>> = [];
beforeAll(async () => {
  server = await startPolicyServer({ ...mtaStsPolicies, ...extra });
});
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  await server.close();
});

/** The fetcher over a fetch that resolves names through the DNS stack (or memory) and trusts the test CA. */
function fetcher(options: { ca?: string; port?: number; timeoutMs?: number; memory?: boolean } = {}) {
  const resolver = options.memory
    ? createMemoryResolver(zones)
    : createDohResolver({ endpoints: [stackUrl('dohUrl')], timeoutMs: 3000 });
  const loopback = createLoopbackFetch({ resolver, port: options.port ?? server.port, ca: options.ca ?? server.ca });
  closers.push(loopback.close);
  return createHttpsFetcher({ fetch: loopback.fetch, timeoutMs: options.timeoutMs ?? 2000 });
}

describe('createHttpsFetcher over a local HTTPS server with a test CA', () => {
  it('GETs a policy: status, media type and body', async () => {
    const result = await fetcher()('https://mta-sts.tls-good.test/.well-known/mta-sts.txt');
    expect(result).toMatchObject({ ok: true, status: 200, mediaType: 'text/plain' });
    expect(result.ok && result.body).toContain('mode: enforce');
  });

  it('tells a certificate for another name from an unreachable host', async () => {
    const result = await fetcher()('https://mta-sts.tls-badcert.test/.well-known/mta-sts.txt');
    expect(result).toMatchObject({ ok: false, error: { code: 'certificate', transient: false } });
    expect(!result.ok && result.error.message).toMatch(/ERR_TLS_CERT_ALTNAME_INVALID/);
  });

  it('fails verification when the issuing CA is not trusted (verification is never off)', async () => {
    const untrusting = fetcher({ ca: createTestCa().cert });
    const result = await untrusting('https://mta-sts.tls-good.test/.well-known/mta-sts.txt');
    expect(result).toMatchObject({ ok: false, error: { code: 'certificate' } });
  });

  it('reports a host without an address, and a refused connection', async () => {
    expect(await fetcher()('https://mta-sts.tls-nopolicy.test/.well-known/mta-sts.txt')).toMatchObject({
      ok: false,
      error: { code: 'host-not-found', transient: false },
    });
    const closed = fetcher({ port: await freePort() });
    expect(await closed('https://mta-sts.tls-good.test/.well-known/mta-sts.txt')).toMatchObject({
      ok: false,
      error: { code: 'unreachable', transient: false },
    });
  });

  it('returns a redirect without following it', async () => {
    const before = server.requests.length;
    const result = await fetcher()('https://mta-sts.tls-redirect.test/.well-known/mta-sts.txt');
    expect(result).toMatchObject({ ok: true, status: 301, location: 'https://policies.example/tls-redirect.txt' });
    expect(server.requests.length - before).toBe(1);
  });

  it('stops reading a body over the size bound, and a server that does not answer in time', async () => {
    const memory = fetcher({ memory: true, timeoutMs: 500 });
    expect(await memory('https://big.tls-good.test/.well-known/mta-sts.txt')).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
    const started = Date.now();
    expect(await memory('https://slow.tls-good.test/.well-known/mta-sts.txt')).toMatchObject({
      ok: false,
      error: { code: 'timeout', transient: true },
    });
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('takes one fetch of the request budget per GET, and makes none once it is spent', async () => {
    const budget = createFetchBudget(1);
    const get = fetcher();
    const before = server.requests.length;
    const url = 'https://mta-sts.tls-good.test/.well-known/mta-sts.txt';
    expect(await get(url, { fetchBudget: budget })).toMatchObject({ ok: true, status: 200 });
    expect(budget.used).toBe(1);
    expect(await get(url, { fetchBudget: budget })).toMatchObject({
      ok: false,
      error: { code: 'budget-exhausted', transient: true },
    });
    expect(server.requests.length - before).toBe(1);
  });

  it('refuses what is not an https URL, without a request', async () => {
    const before = server.requests.length;
    for (const url of ['http://mta-sts.tls-good.test/', 'mta-sts.tls-good.test', 'https://']) {
      expect(await fetcher()(url)).toMatchObject({ ok: false, error: { code: 'invalid-url' } });
    }
    expect(server.requests.length).toBe(before);
  });
});
