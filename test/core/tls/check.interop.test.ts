import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryResolver, type Resolver } from '../../../core/dns/index.js';
import { createHttpsFetcher, type HttpsFetcher } from '../../../core/https.js';
import { checkMx } from '../../../core/mx/index.js';
import { checkTls, tlsMailHostsFromMx } from '../../../core/tls/index.js';
import { validatingResolver } from '../../dns-stack/resolvers.js';
import tls, { mtaStsPolicies } from '../../fixtures/zones/tls.js';
import { createLoopbackFetch } from '../../tls-server/node-fetch.js';
import { type PolicyServer, startPolicyServer } from '../../tls-server/policy-server.js';

let server: PolicyServer;
const closers: Array<() => Promise<void>> = [];
beforeAll(async () => {
  server = await startPolicyServer(mtaStsPolicies);
});
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  await server.close();
});

/** The resolver and the HTTPS port of one way of serving the fixtures; policy hosts resolve through the same DNS. */
function stackFor(makeResolver: () => Resolver): { resolver: Resolver; fetcher: HttpsFetcher } {
  const resolver = makeResolver();
  const loopback = createLoopbackFetch({ resolver, port: server.port, ca: server.ca });
  closers.push(loopback.close);
  return { resolver, fetcher: createHttpsFetcher({ fetch: loopback.fetch, timeoutMs: 3000 }) };
}

async function check(domain: string, stack: { resolver: Resolver; fetcher: HttpsFetcher }) {
  const mx = await checkMx(domain, { resolver: stack.resolver });
  return checkTls(domain, { ...stack, mailHosts: tlsMailHostsFromMx({ status: mx.status, ...mx.data }) });
}

const ids = (section: Awaited<ReturnType<typeof check>>) =>
  section.findings.map((finding) => `${finding.severity} ${finding.id}`).sort();

describe.each([
  ['memory', () => createMemoryResolver(tls)],
  ['Knot signing, Unbound validating, over DoH', validatingResolver],
])('checkTls over zones served by %s, policies from a local HTTPS server with a test CA', (_name, makeResolver) => {
  const stack = () => stackFor(makeResolver);

  it('passes a domain with an enforce policy covering every MX host, TLS-RPT and DNSSEC-validated TLSA 3 1 1 / 2 0 1', async () => {
    const section = await check('tls-good.test', stack());
    expect(section.findings).toEqual([]);
    expect(section.status).toBe('pass');
    expect(section.data.mtaSts).toMatchObject({
      id: '20261201T000000',
      fetch: { status: 200, mediaType: 'text/plain' },
      policy: { mode: 'enforce', maxAge: 1209600 },
      coverage: [
        { host: 'mx1.tls-good.test', pattern: 'mx1.tls-good.test' },
        { host: 'mx.backup.tls-good.test', pattern: '*.backup.tls-good.test' },
      ],
    });
    expect(section.data.tlsRpt.rua).toEqual(['mailto:tlsrpt@tls-good.test', 'https://report.tls-good.test/v1']);
    expect(section.data.dane.hosts.map((host) => [host.host, host.state])).toEqual([
      ['mx1.tls-good.test', 'secure'],
      ['mx.backup.tls-good.test', 'secure'],
    ]);
    expect(section.summary).toBe(
      'tls-good.test: MTA-STS enforce covers 2 of 2 MX hosts; TLS-RPT reports to 2 addresses; DANE: 2 of 2 MX hosts with DNSSEC-validated TLSA.',
    );
  });

  it('fails an enforce policy that omits an MX host, naming the host', async () => {
    const section = await check('tls-broken.test', stack());
    expect(section.status).toBe('fail');
    expect(ids(section)).toEqual([
      'error mtasts.mx-not-covered',
      'warning dane.no-dnssec',
      'warning dane.partial',
      'warning tlsrpt.missing',
    ]);
    const blocked = section.findings.find((finding) => finding.id === 'mtasts.mx-not-covered')!;
    expect(blocked.at).toBe('mx2.tls-broken.test');
    expect(blocked.message).toContain('mx2.tls-broken.test');
    expect(section.summary).toMatch(/^Compliant senders refuse mail to mx2\.tls-broken\.test of tls-broken\.test: /);
  });

  it.each([
    ['tls-none.test', 'warn', ['info dane.missing', 'warning mtasts.mode-none']],
    ['tls-nopolicy.test', 'warn', ['info dane.missing', 'warning mtasts.policy-unreachable']],
    ['tls-long.test', 'warn', ['info dane.missing', 'warning mtasts.max-age-too-long']],
    ['tls-short.test', 'warn', ['info dane.missing', 'warning mtasts.max-age-too-short']],
    [
      'tls-testing.test',
      'warn',
      ['info dane.missing', 'info mtasts.mode-testing', 'warning mtasts.mx-not-covered', 'warning tlsrpt.uri-invalid'],
    ],
    ['tls-plain.test', 'pass', ['info dane.missing', 'info mtasts.missing']],
    [
      'tls-multi.test',
      'warn',
      ['info dane.missing', 'warning mtasts.multiple-records', 'warning tlsrpt.multiple-records'],
    ],
    ['tls-redirect.test', 'warn', ['info dane.missing', 'warning mtasts.policy-unreachable', 'warning tlsrpt.missing']],
    ['tls-html.test', 'warn', ['info dane.missing', 'warning mtasts.policy-media-type', 'warning tlsrpt.missing']],
    ['tls-badcert.test', 'warn', ['info dane.missing', 'warning mtasts.policy-certificate', 'warning tlsrpt.missing']],
    [
      'tls-pkix.test',
      'warn',
      [
        'info dane.not-recommended',
        'warning dane.no-sha256',
        'warning dane.pkix-usage',
        'warning mtasts.record-invalid',
      ],
    ],
    ['tls-nullmx.test', 'pass', []],
  ])('%s is %s with %j', async (domain, status, expected) => {
    const section = await check(domain, stack());
    expect(ids(section)).toEqual(expected);
    expect(section.status).toBe(status);
  });

  it('says what the policy fetch met: a redirect not followed, a certificate for another name, no address', async () => {
    const s = stack();
    const redirect = await check('tls-redirect.test', s);
    expect(redirect.data.mtaSts.fetch).toMatchObject({
      status: 301,
      location: 'https://policies.example/tls-redirect.txt',
    });
    expect(redirect.findings[0]?.message).toMatch(/HTTP 301, a redirect to https:\/\/policies\.example/);
    const badcert = await check('tls-badcert.test', s);
    expect(badcert.data.mtaSts.fetch?.error).toBe('certificate');
    const nopolicy = await check('tls-nopolicy.test', s);
    expect(nopolicy.data.mtaSts.fetch?.error).toBe('host-not-found');
  });

  it('makes a failed TLSA lookup unknown (error), never "no DANE"', async () => {
    const section = await check('tls-unknown.test', stack());
    expect(section.status).toBe('error');
    expect(ids(section)).toEqual(['error dane.dns-error', 'info mtasts.missing']);
    expect(section.data.dane.hosts.map((host) => host.state)).toEqual(['none', 'unknown']);
    expect(section.summary).toContain('DANE unknown for 1 MX host');
  });
});
