import { describe, expect, it } from 'vitest';
import { checkDomain } from '../../../core/index.js';
import { memory, unwrap } from './check-domain-fixtures.js';

describe('checkDomain input', () => {
  it.each([
    ['not a domain', 'invalid-character'],
    ['192.0.2.1', 'ip-literal'],
    ['', 'empty'],
  ])('refuses %j with %s before any lookup', async (input, code) => {
    const resolver = memory();
    const result = await checkDomain(input, { resolver });
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(resolver.calls).toEqual([]);
  });

  it('refuses a sending IP that is not an address', async () => {
    const resolver = memory();
    const result = await checkDomain('report-good.test', { resolver, sendingIps: ['45.33.40.1', 'mail.example'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-ip', input: 'mail.example' } });
    expect(resolver.calls).toEqual([]);
  });

  it('checks the reverse DNS of named sending IPs', async () => {
    const r = unwrap(
      await checkDomain('report-good.test', { resolver: memory(), sendingIps: ['45.33.40.1', '45.33.40.9'] }),
    );
    const results = r.sections.ptr.data.results;
    expect(results.find((p) => p.ip === '45.33.40.9')).toMatchObject({ source: 'sending', fcrdns: false });
    expect(r.sections.ptr.findings.map((f) => f.id)).toContain('ptr.missing');
  });

  it('never exceeds its query budget', async () => {
    const resolver = memory();
    const r = unwrap(await checkDomain('report-good.test', { resolver, budget: { maxQueries: 5 } }));
    expect(resolver.calls.length).toBeLessThanOrEqual(5);
    expect(r.queries).toBe(5);
    expect(r.complete).toBe(false);
  });
});
