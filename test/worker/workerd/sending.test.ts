import { describe, expect, it } from 'vitest';
import { body, get } from './request.js';

// The sending section in the real runtime, over the DNS stack (issue 18).
describe('GET /v1/check/{domain}?ip=… (the sending section)', () => {
  it("answers the issue's example: an IP outside worker.test's SPF policy is not authorized", async () => {
    const response = await get('/v1/check/worker.test?ip=45.33.87.99');
    expect(response.status).toBe(200);
    const report = await body(response);
    const sending = report.sections.sending;
    expect(sending.status).toBe('fail');
    const [host] = sending.data.hosts;
    expect(host.ip).toBe('45.33.87.99');
    expect(host.spf).toMatchObject({ result: 'fail', mechanism: '-all', domain: 'worker.test' });
    expect(host.findings.map((f: { id: string }) => f.id)).toContain('sending.ip-not-authorized');
    // worker.test publishes a DKIM key at `mail` (found by discovery): only an aligned signature can pass DMARC.
    expect(host.outcome.text).toBe('passes DMARC only if it signs with DKIM (selector mail)');
    expect(host.reverseDns.status).toBe('missing');
    expect(host.requirements.map((list: { name: string }) => list.name)).toEqual(['Gmail', 'Yahoo', 'Outlook.com']);
  });

  it('passes the MX host, which is inside the policy with confirmed reverse DNS', async () => {
    const report = await body(await get('/v1/check/worker.test?ip=45.33.87.25'));
    const [host] = report.sections.sending.data.hosts;
    expect(host.outcome).toEqual({ kind: 'pass-spf', text: 'passes DMARC by SPF' });
    expect(report.sections.sending.status).toBe('pass');
  });

  it('takes sender= and helo=: an ESP-style MAIL FROM passes SPF but does not align', async () => {
    const response = await get(
      '/v1/check/esp.sending.test?ip=45.33.89.5&sender=bounce%40bounces.sending-esp.test&helo=o1.sending-esp.test',
    );
    expect(response.status).toBe(200);
    const report = await body(response);
    const [host] = report.sections.sending.data.hosts;
    expect(host.spf).toMatchObject({ identity: 'bounce@bounces.sending-esp.test', result: 'pass' });
    expect(host.helo).toMatchObject({ helo: 'o1.sending-esp.test', checkable: true, spf: { result: 'none' } });
    expect(host.findings.map((f: { id: string }) => f.id).sort()).toEqual([
      'sending.dmarc-fail',
      'sending.not-aligned',
    ]);
  });

  it('refuses a sender without an IP, an invalid sender and more than 10 IPs with a 400', async () => {
    for (const path of [
      '/v1/check/worker.test?sender=bounce%40worker.test',
      '/v1/check/worker.test?ip=45.33.87.99&sender=not%20a%20sender',
      `/v1/check/worker.test?${Array.from({ length: 11 }, (_, i) => `ip=45.33.87.${i + 1}`).join('&')}`,
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      expect((await body(response)).error.message.length, path).toBeGreaterThan(10);
    }
  });
});
