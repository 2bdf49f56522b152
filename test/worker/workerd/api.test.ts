import { describe, expect, it } from 'vitest';
import { body, get } from './request.js';

describe('GET /v1/check/{domain}', () => {
  it('returns the whole report of a healthy domain, cached for at most 300 s', async () => {
    const response = await get('/v1/check/worker.test?selector=mail&ip=45.33.87.25');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=300');
    const report = await body(response);
    expect(report.domain).toBe('worker.test');
    expect(report.input).toBe('worker.test');
    expect(report.grade).toMatch(/^[A-F]$/);
    // A sending IP named: the sending section is there too.
    expect(Object.keys(report.sections).sort()).toEqual(['dkim', 'dmarc', 'mx', 'ptr', 'sending', 'spf', 'tls']);
    for (const section of Object.values<{ status: string }>(report.sections)) expect(section.status).not.toBe('error');
    expect(report.sections.spf.records).toContain('v=spf1 mx ip4:45.33.87.25 -all');
    expect(report.sections.dmarc.records.join('\n')).toContain('p=reject');
    expect(report.queries).toBeGreaterThan(0);
  });

  it('grades a weak domain lower than a healthy one', async () => {
    const healthy = await body(await get('/v1/check/worker.test?selector=mail'));
    const weak = await body(await get('/v1/check/worker-weak.test'));
    expect(weak.domain).toBe('worker-weak.test');
    expect(weak.score).toBeLessThan(healthy.score);
    expect(weak.grade > healthy.grade).toBe(true);
    const ids = Object.values<{ findings: { id: string }[] }>(weak.sections).flatMap((s) =>
      s.findings.map((f) => f.id),
    );
    expect(ids.some((id) => id.startsWith('spf.'))).toBe(true);
    expect(ids.some((id) => id.startsWith('dmarc.'))).toBe(true);
  });

  it('accepts a Unicode domain and reports its A-label', async () => {
    const response = await get(`/v1/check/${encodeURIComponent('bücher.worker.test')}`);
    expect(response.status).toBe(200);
    const report = await body(response);
    expect(report.domain).toBe('xn--bcher-kva.worker.test');
    // Every spelling of a domain is one canonical request (one cache entry, one check): it names the A-label.
    expect(report.input).toBe('xn--bcher-kva.worker.test');
    expect(report.sections.spf.records).toContain('v=spf1 mx -all');
  });

  it('caches no longer than the smallest TTL (60 s here)', async () => {
    const response = await get('/v1/check/worker-short.test');
    expect(response.status).toBe(200);
    const maxAge = Number(/max-age=(\d+)/.exec(response.headers.get('Cache-Control') ?? '')?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(60);
  });

  it.each([
    ['a..b.test', 'label-empty'],
    ['192.0.2.1', 'ip-literal'],
    // Hosts a URL parser reads as IPv4 (WHATWG URL "ends in a number"), never checked as names.
    ['0x7f.0.0.1', 'ip-literal'],
    ['0177.0.0.1', 'ip-literal'],
    ['127.1', 'ip-literal'],
    [encodeURIComponent('0x7f.１'), 'ip-literal'],
    ['localhost', 'single-label'],
    [encodeURIComponent('bad domain.test'), 'invalid-character'],
    [`${'a'.repeat(64)}.test`, 'label-too-long'],
  ])('answers 400 for the domain %s (%s)', async (domain, code) => {
    const response = await get(`/v1/check/${domain}`);
    expect(response.status).toBe(400);
    const error = await body(response);
    expect(error.error.code).toBe(code);
    expect(error.error.message).toEqual(expect.any(String));
  });

  it.each([
    ['too many selectors', `/v1/check/worker.test?${Array.from({ length: 11 }, (_, i) => `selector=s${i}`).join('&')}`],
    ['too many IPs', `/v1/check/worker.test?${Array.from({ length: 11 }, (_, i) => `ip=45.33.87.${i}`).join('&')}`],
    ['an empty selector', '/v1/check/worker.test?selector='],
  ])('answers 400 for %s', async (_case, path) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect((await body(response)).error.code).toBe('bad-request');
  });

  it('answers 400 invalid-ip, saying what an IP looks like, for an IP that is not one', async () => {
    const response = await get('/v1/check/worker.test?ip=999.1.1.1');
    expect(response.status).toBe(400);
    const { error } = await body(response);
    expect(error.code).toBe('invalid-ip');
    expect(error.message).toContain('999 is above 255; an IPv4 address is four numbers from 0 to 255');
  });
});

describe('GET /v1/spf/{domain}', () => {
  it('returns the audit, and no check_host() result without ip', async () => {
    const response = await get('/v1/spf/worker.test');
    expect(response.status).toBe(200);
    const spf = await body(response);
    expect(spf.domain).toBe('worker.test');
    expect(spf.result.status).not.toBe('error');
    expect(spf.result.records).toContain('v=spf1 mx ip4:45.33.87.25 -all');
    expect(spf.checkHost).toBeNull();
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=300');
  });

  it.each([
    ['45.33.87.25', 'pass'],
    ['2a01:4f8:10:87::25', 'pass'],
    ['45.33.87.99', 'fail'],
  ])('evaluates check_host() for %s: %s', async (ip, result) => {
    const spf = await body(await get(`/v1/spf/worker.test?ip=${ip}&sender=bounce@worker.test&helo=mx.worker.test`));
    expect(spf.checkHost.result).toBe(result);
  });

  it('takes a sender as a mailbox or a bare domain and a HELO name as a domain or an address literal', async () => {
    for (const query of [
      'sender=%3Cbounce@worker.test%3E&helo=%5B45.33.87.99%5D',
      'sender=worker.test&helo=%5BIPv6:2a01:4f8:10:87::99%5D',
      'sender=%22odd%20one%22@worker.test',
    ]) {
      const response = await get(`/v1/spf/worker.test?ip=45.33.87.99&${query}`);
      expect(response.status, query).toBe(200);
      expect((await body(response)).checkHost.result).toBe('fail');
    }
  });

  it('answers 400 for sender without ip, and for a bad ip', async () => {
    const noIp = await get('/v1/spf/worker.test?sender=bounce@worker.test');
    expect(noIp.status).toBe(400);
    expect((await body(noIp)).error.code).toBe('bad-request');
    expect((await get('/v1/spf/worker.test?ip=45.33.87')).status).toBe(400);
  });
});

describe('one section shape on every endpoint', () => {
  it.each([
    [
      '/v1/spf/worker.test',
      ['domain', 'tree', 'lookups', 'voidLookups', 'networks', 'unflattenable', 'truncated', 'all'],
    ],
    ['/v1/dmarc/worker.test', ['domain', 'discovery', 'policy', 'reporting', 'walk']],
    ['/v1/dkim/worker.test?selector=mail', ['selectors', 'discovery']],
    ['/v1/ptr/45.33.87.25', ['input', 'ip', 'reverseName', 'names', 'forward', 'fcrdns', 'confirmedName', 'generic']],
  ])('%s answers { status, summary, findings, records, data, dnssec }', async (path, dataFields) => {
    const { result } = await body(await get(path));
    expect(Object.keys(result)).toEqual(['status', 'summary', 'findings', 'records', 'data', 'dnssec']);
    for (const field of dataFields) expect(result.data).toHaveProperty(field);
  });

  it("/v1/dkim's result is the report's dkim section", async () => {
    const { result } = await body(await get('/v1/dkim/worker.test?selector=mail'));
    expect(result.data.selectors.find((s: { selector: string }) => s.selector === 'mail')).toMatchObject({
      found: true,
      keyBits: 2048,
    });
    const report = await body(await get('/v1/check/worker.test?selector=mail'));
    expect(Object.keys(report.sections.dkim)).toEqual(Object.keys(result));
    expect(report.sections.dkim.data.selectors).toEqual(result.data.selectors);
  });
});

describe('GET /v1/dmarc, /v1/dkim, /v1/ptr', () => {
  it('checks DMARC', async () => {
    const response = await get('/v1/dmarc/worker.test');
    expect(response.status).toBe(200);
    const dmarc = await body(response);
    expect(dmarc.domain).toBe('worker.test');
    expect(dmarc.result.status).toBe('pass');
    expect(dmarc.result.records.join('\n')).toContain('v=DMARC1; p=reject');
  });

  it('finds a weak DMARC policy', async () => {
    const dmarc = await body(await get('/v1/dmarc/worker-weak.test'));
    expect(dmarc.result.status).not.toBe('pass');
    expect(dmarc.result.findings.length).toBeGreaterThan(0);
  });

  it('checks DKIM at the given selector', async () => {
    const response = await get('/v1/dkim/worker.test?selector=mail');
    expect(response.status).toBe(200);
    const dkim = await body(response);
    expect(dkim.result.status).toBe('pass');
    expect(dkim.result.records.join('')).toContain('v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A');
  });

  it.each([
    ['45.33.87.25', 'pass'],
    ['2a01:4f8:10:87::25', 'pass'],
  ])('checks the reverse name of %s', async (ip, status) => {
    const response = await get(`/v1/ptr/${ip}`);
    expect(response.status).toBe(200);
    const ptr = await body(response);
    expect(ptr.ip).toBe(ip);
    expect(ptr.result.status).toBe(status);
    expect(ptr.result.records.join('\n')).toContain('mx.worker.test');
  });

  it('fails an address without a PTR record', async () => {
    const ptr = await body(await get('/v1/ptr/45.33.87.26'));
    expect(ptr.result.status).toBe('fail');
  });

  it.each(['not-an-ip', '45.33.87.256', '2001:db8:::1'])('answers 400 invalid-ip for the address %s', async (ip) => {
    const response = await get(`/v1/ptr/${ip}`);
    expect(response.status).toBe(400);
    const { error } = await body(response);
    expect(error.code).toBe('invalid-ip');
    expect(error.message).toContain('(192.0.2.1)');
  });
});
