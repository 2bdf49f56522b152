import { describe, expect, it } from 'vitest';
import { createMemoryResolver } from '../../../core/dns/index.js';
import { createHttpsFetcher, type HttpsFetcher } from '../../../core/https.js';
import { checkMx } from '../../../core/mx/index.js';
import { checkTls, tlsMailHostsFromMx } from '../../../core/tls/index.js';
import tls from '../../fixtures/zones/tls.js';

describe('checkTls when its inputs are unknown', () => {
  const resolver = createMemoryResolver(tls);
  it('is error when the MX hosts are unknown', async () => {
    const fetcher: HttpsFetcher = createHttpsFetcher({ fetch: () => Promise.reject(new Error('unused')) });
    const section = await checkTls('tls-good.test', {
      resolver,
      fetcher,
      mailHosts: { unknown: true, nullMx: false, hosts: [] },
    });
    expect(section.status).toBe('error');
    expect(section.findings.map((f) => f.id)).toContain('dane.dns-error');
  });

  it('is error when the policy fetch did not finish (a timeout is not a fact about the domain)', async () => {
    const fetcher: HttpsFetcher = async (url) => ({
      ok: false,
      url,
      error: { code: 'timeout', transient: true, message: 'No answer in time.' },
    });
    const mx = await checkMx('tls-good.test', { resolver });
    const section = await checkTls('tls-good.test', {
      resolver,
      fetcher,
      mailHosts: tlsMailHostsFromMx({ status: mx.status, ...mx.data }),
    });
    expect(section.status).toBe('error');
    expect(section.findings.map((f) => f.id)).toEqual(['mtasts.policy-fetch-error']);
  });

  it('is error when the MTA-STS or TLS-RPT lookup fails', async () => {
    const failing = createMemoryResolver({
      zones: [],
      records: {
        'x.example': { MX: [[10, 'mx.x.example']] },
        '_mta-sts.x.example': { error: 'servfail' },
        '_smtp._tls.x.example': { error: 'timeout' },
      },
    });
    const section = await checkTls('x.example', {
      resolver: failing,
      fetcher: createHttpsFetcher(),
      mailHosts: { unknown: false, nullMx: false, hosts: ['mx.x.example'] },
    });
    expect(section.status).toBe('error');
    expect(section.findings.map((f) => f.id).sort()).toEqual(['dane.missing', 'mtasts.dns-error', 'tlsrpt.dns-error']);
  });

  it('looks up TLSA for at most maxHosts MX hosts', async () => {
    const many = createMemoryResolver({ zones: [], records: {} });
    const hosts = Array.from({ length: 14 }, (_, i) => `mx${i}.many.example`);
    const section = await checkTls('many.example', {
      resolver: many,
      fetcher: createHttpsFetcher(),
      mailHosts: { unknown: false, nullMx: false, hosts },
    });
    expect(section.data.dane.hosts).toHaveLength(10);
    expect(section.data.skippedHosts).toBe(4);
    expect(many.calls.filter((call) => call.startsWith('TLSA '))).toHaveLength(10);
  });
});
