import { describe, expect, it } from 'vitest';
import { checkDomain, diffReports, MAX_SENDING_IPS } from '../../../core/index.js';
import { createMemoryResolver, mergeZoneData } from '../../../core/testing.js';
import reverse from '../../fixtures/zones/reverse.js';
import sending from '../../fixtures/zones/sending.js';
import tld from '../../fixtures/zones/tld.js';
import { hostOf, report, sendingOf } from './check-cases.js';

const zones = mergeZoneData(sending, reverse, tld);

describe('checkDomain with sending hosts: inputs', () => {
  it.each([
    [{ sendingIps: ['45.33.88.300'] }, 'invalid-ip'],
    [{ sendingIps: Array.from({ length: MAX_SENDING_IPS + 1 }, (_, i) => `45.33.88.${i + 1}`) }, 'too-many-ips'],
    [{ sendingIps: ['45.33.88.10'], sender: 'a..b@clean.sending.test' }, 'invalid-sender'],
    [{ sendingIps: ['45.33.88.10'], sender: 'bounce@[45.33.88.10]' }, 'invalid-sender'],
    [{ sendingIps: ['45.33.88.10'], helo: '45.33.88.10' }, 'invalid-helo'],
    [{ sender: 'bounce@clean.sending.test' }, 'sender-without-ip'],
    [{ helo: 'mail.clean.sending.test' }, 'sender-without-ip'],
  ])('refuses %j with %s, before any lookup', async (options, code) => {
    const resolver = createMemoryResolver(zones);
    const result = await checkDomain('clean.sending.test', { resolver, ...options });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
    expect(resolver.calls).toEqual([]);
  });

  it('checks the same IP once however often it is named, and 10 IPs at most', async () => {
    const resolver = createMemoryResolver(zones);
    const ips = ['45.33.88.10', '45.33.88.10', ...Array.from({ length: 9 }, (_, i) => `45.33.88.${30 + i}`)];
    const r = await report(resolver, 'clean.sending.test', { sendingIps: ips, selectors: ['s1'] });
    expect(sendingOf(r).data.hosts).toHaveLength(10);
  });

  it('keeps every lookup inside the check budget: what the budget cut is unknown, never a fail', async () => {
    const ips = Array.from({ length: 10 }, (_, i) => `45.33.88.${40 + i}`);
    const r = await report(createMemoryResolver(zones), 'flaky.sending.test', {
      sendingIps: ips,
      budget: { maxQueries: 25 },
    });
    expect(r.queries).toBeLessThanOrEqual(25);
    for (const host of sendingOf(r).data.hosts) {
      expect(host.status, host.ip).toBe('error');
      expect(host.findings.map((f) => f.id)).not.toContain('sending.ip-not-authorized');
      expect(host.findings.map((f) => f.id)).not.toContain('sending.dmarc-fail');
    }
  });
});

describe('diffReports and the sending section', () => {
  const check = async (spf: string) => {
    const changed = { ...zones, records: { ...zones.records, 'reject.sending.test': { TXT: [spf] } } };
    return report(createMemoryResolver(changed), 'reject.sending.test', { sendingIps: ['45.33.88.10'] });
  };

  it('is a regression when a host the baseline had authorized is no longer', async () => {
    const before = await check('v=spf1 ip4:45.33.88.10 -all');
    const after = await check('v=spf1 ip4:45.33.88.11 -all');
    expect(hostOf(before, '45.33.88.10').spf.result).toBe('pass');
    const diff = diffReports(before, after);
    const sending = diff.regressions.filter((change) => change.section === 'sending');
    expect(sending.map((change) => change.kind)).toEqual(['sending.authorization-lost']);
    expect(sending[0]).toMatchObject({ at: '45.33.88.10', before: 'pass', after: 'fail' });
    // The reverse is an improvement, and an unchanged host is no change at all.
    expect(diffReports(after, before).improvements.some((change) => change.section === 'sending')).toBe(true);
    expect(diffReports(before, before).regressions).toEqual([]);
  });

  it('is never a regression when the host became unknown, nor when neither report has sending hosts', async () => {
    const before = await check('v=spf1 ip4:45.33.88.10 -all');
    const after = await check('v=spf1 include:_spf.sending-unserved.invalid -all');
    expect(hostOf(after, '45.33.88.10').spf.result).toBe('temperror');
    const diff = diffReports(before, after);
    expect(diff.regressions.filter((change) => change.section === 'sending')).toEqual([]);
    expect(diff.skipped).toContain('sending');
    const plain = await report(createMemoryResolver(zones), 'reject.sending.test');
    expect(diffReports(plain, plain).skipped).toEqual([]);
  });
});
