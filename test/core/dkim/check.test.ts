import { describe, expect, it } from 'vitest';
import { COMMON_DKIM_SELECTORS, checkDkim } from '../../../core/dkim/index.js';
import { createLookupSession, createMemoryResolver, mergeZoneData } from '../../../core/dns/index.js';
import dkimZones from '../../fixtures/zones/dkim.js';
import { describeCheckDkim, ids, selector } from './check-cases.js';

describeCheckDkim('memory', () => createMemoryResolver(dkimZones));

describe('checkDkim, bounds and failures', () => {
  it('sends one query for the hint and one per selector, no more', async () => {
    const resolver = createMemoryResolver(dkimZones);
    await checkDkim('dkim.test', { resolver, selectors: ['google', 'extra'] });
    expect(resolver.calls).toHaveLength(1 + COMMON_DKIM_SELECTORS.length + 1);
    expect(new Set(resolver.calls).size).toBe(resolver.calls.length);
  });

  it('sends only the hint when _domainkey is NXDOMAIN and no selector is named', async () => {
    const resolver = createMemoryResolver(dkimZones);
    await checkDkim('dkim-none.test', { resolver });
    expect(resolver.calls).toEqual(['TXT _domainkey.dkim-none.test']);
  });

  it('stays within a lookup session budget and reports the budget as a DNS error', async () => {
    const session = createLookupSession(createMemoryResolver(dkimZones), { maxQueries: 5 });
    const check = await checkDkim('dkim-hidden.test', { resolver: session });
    session.close();
    expect(session.stats.queries).toBe(5);
    expect(check.status).toBe('error');
    expect(ids(check)).toContain('dkim.dns-error');
  });

  it('keeps a found key when only a guessed selector timed out, as a warning', async () => {
    const zones = mergeZoneData(dkimZones, {
      zones: [],
      records: { 'k2._domainkey.dkim-weak.test': { error: 'timeout' } },
    });
    const check = await checkDkim('dkim-weak.test', { resolver: createMemoryResolver(zones) });
    expect(ids(check)).toEqual(['dkim.dns-error', 'dkim.weak-key']);
    expect(check.findings.find((finding) => finding.id === 'dkim.dns-error')?.severity).toBe('warning');
    expect(check.status).toBe('warn');
  });

  it('is in error when a named selector times out', async () => {
    const zones = mergeZoneData(dkimZones, {
      zones: [],
      records: { 'slow._domainkey.dkim.test': { error: 'timeout' } },
    });
    const check = await checkDkim('dkim.test', { resolver: createMemoryResolver(zones), selectors: ['slow'] });
    expect(check.status).toBe('error');
    expect(selector(check, 'slow')?.dnsError).toBe('timeout');
  });
});
