import { describe, expect, inject, it } from 'vitest';
import { createDohResolver } from '../../../core/dns/index.js';
import { checkHeloSpf } from '../../../core/spf/index.js';

// MX hosts as HELO identities, over the fixture zones served by Knot behind dnsdist, through the real DoH client.
const resolver = createDohResolver({ endpoints: [inject('dohUrl')], timeoutMs: 2000 });

describe('RFC 7208 §2.3: "It is RECOMMENDED that SPF verifiers … separately check the "HELO" identity"', () => {
  it('passes a host whose record authorizes its own addresses ("v=spf1 a -all", §10.1.2)', async () => {
    const result = await checkHeloSpf(['mx1.helo.spf.test'], { resolver });
    expect(result.status).toBe('pass');
    expect(result.findings).toEqual([]);
    expect(result.records).toEqual(['v=spf1 a -all']);
    expect(result.data.hosts).toEqual([
      {
        host: 'mx1.helo.spf.test',
        status: 'pass',
        records: ['v=spf1 a -all'],
        results: [
          { ip: '45.33.28.1', result: 'pass' },
          { ip: '2a01:4f8:10::281', result: 'pass' },
        ],
      },
    ]);
    expect(result.summary).toBe('1 of 1 hosts pass an SPF check of their own name as the HELO identity.');
  });

  it('notes a host with no SPF record: its HELO check gives none', async () => {
    const result = await checkHeloSpf(['mx2.helo.spf.test'], { resolver });
    expect(result.data.hosts[0]).toMatchObject({ status: 'no-record', records: [] });
    expect(result.findings).toMatchObject([{ id: 'spf.helo-no-record', severity: 'info', at: 'mx2.helo.spf.test' }]);
    expect(result.status).toBe('pass');
  });

  it('warns about a host whose record does not pass its own address', async () => {
    const result = await checkHeloSpf(['mx3.helo.spf.test'], { resolver });
    expect(result.data.hosts[0]).toMatchObject({
      status: 'not-authorized',
      results: [{ ip: '45.33.28.3', result: 'fail' }],
    });
    expect(result.findings).toMatchObject([
      {
        id: 'spf.helo-not-authorized',
        severity: 'warning',
        message:
          'Checked as the HELO name of its own addresses, mx3.helo.spf.test does not pass its SPF record: 45.33.28.3 gets fail.',
      },
    ]);
    expect(result.status).toBe('warn');
  });

  it('"This SPF check can only be performed when the "HELO" string is a valid, multi-label domain name."', async () => {
    const result = await checkHeloSpf(['192.0.2.1', 'localhost', ''], { resolver });
    expect(result.data.hosts.map((host) => [host.host, host.status])).toEqual([
      ['192.0.2.1', 'not-checkable'],
      ['localhost', 'not-checkable'],
    ]);
    expect(result.findings).toEqual([]);
  });

  it('reports a failed lookup as error, never as a missing record', async () => {
    const result = await checkHeloSpf(['mx1.helo.spf.test', 'mx.spf-unserved.invalid'], { resolver });
    expect(result.data.hosts.map((host) => host.status)).toEqual(['pass', 'error']);
    expect(result.findings.map((finding) => finding.id)).toEqual(['spf.helo-dns-error']);
    expect(result.status).toBe('error');
    const down = await checkHeloSpf(['mx1.helo.spf.test'], {
      resolver: createDohResolver({ endpoints: [inject('downDohUrl')], retries: 0, timeoutMs: 2000 }),
    });
    expect(down.status).toBe('error');
    expect(down.data.hosts[0]?.status).toBe('error');
  });

  it('checks the hosts of a whole MX set, each once', async () => {
    const result = await checkHeloSpf(
      ['mx1.helo.spf.test', 'MX1.helo.spf.test.', 'mx2.helo.spf.test', 'mx3.helo.spf.test'],
      { resolver },
    );
    expect(result.data.hosts.map((host) => [host.host, host.status])).toEqual([
      ['mx1.helo.spf.test', 'pass'],
      ['mx2.helo.spf.test', 'no-record'],
      ['mx3.helo.spf.test', 'not-authorized'],
    ]);
    expect(result.status).toBe('warn');
    expect(result.summary).toBe('1 of 3 hosts pass an SPF check of their own name as the HELO identity.');
  });
});
