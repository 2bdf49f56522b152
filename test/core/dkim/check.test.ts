import { describe, expect, it } from 'vitest';
import { COMMON_DKIM_SELECTORS, checkDkim } from '../../../core/dkim/index.js';
import { createLookupSession, createMemoryResolver, mergeZoneData, type Resolver } from '../../../core/dns/index.js';
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

  it('skips the common list when _domainkey is NXDOMAIN and nothing below it answered', async () => {
    const resolver = createMemoryResolver(dkimZones);
    await checkDkim('dkim-none.test', { resolver });
    const probes = ['s1', 's2', 'k1', 'k2', 'k3'].map((name) => `TXT ${name}._domainkey.dkim-none.test`);
    expect(resolver.calls).toEqual([...probes, 'TXT _domainkey.dkim-none.test']);
  });

  it('probes only the providers’ selectors when the hints account for the domain and a key is found', async () => {
    const resolver = createMemoryResolver(dkimZones);
    const check = await checkDkim('dkim.test', { resolver, providerHints: Promise.resolve(['aspmx.l.google.com']) });
    // Google's selector, and beside it those of the two ESPs a domain's DNS often does not name (s1 has a key here).
    const probes = ['google', 's1', 's2', 'k1', 'k2', 'k3'].map((name) => `TXT ${name}._domainkey.dkim.test`);
    expect(resolver.calls).toEqual(probes);
    expect(check.data.discovery).toMatchObject({ providers: ['google'], commonList: 'not-needed', used: false });
    expect(check.data.selectors.filter((entry) => entry.found).map((entry) => entry.selector)).toEqual([
      'google',
      's1',
    ]);
  });

  it('probes the common list when a hint names no known provider', async () => {
    const resolver = createMemoryResolver(dkimZones);
    const check = await checkDkim('dkim.test', { resolver, providerHints: ['aspmx.l.google.com', 'mx.dkim.test'] });
    expect(check.data.discovery).toMatchObject({ providers: ['google'], commonList: 'probed', hint: 'exists' });
    expect(selector(check, 's1')?.found).toBe(true);
  });

  it('probes the common list despite an NXDOMAIN hint when a selector below it answered (RFC 8020 broken)', async () => {
    // A server that answers NXDOMAIN for the empty non-terminal _domainkey while names below it exist.
    const memory = createMemoryResolver(dkimZones);
    const broken: Resolver = {
      resolve: (name, type, options) =>
        name === '_domainkey.dkim-weak.test'
          ? Promise.resolve({ status: 'nxdomain', name, type, authenticated: false, cnames: [], ttl: 60 })
          : memory.resolve(name, type, options),
    };
    const check = await checkDkim('dkim-weak.test', { resolver: broken });
    expect(check.data.discovery).toMatchObject({ hint: 'nxdomain', commonList: 'probed' });
    expect(selector(check, 'k1')?.found).toBe(true);
  });

  it('stays within a lookup session budget and says which guesses were not looked up', async () => {
    const session = createLookupSession(createMemoryResolver(dkimZones), { maxQueries: 5 });
    const check = await checkDkim('dkim-hidden.test', { resolver: session });
    session.close();
    expect(session.stats.queries).toBe(5);
    expect(check.status).toBe('warn');
    expect(ids(check)).toEqual(['dkim.discovery-limited', 'dkim.no-selector-found']);
    expect(check.data.discovery).toMatchObject({ commonList: 'limited', hint: 'not-asked' });
    expect(check.data.discovery.limited).toEqual(COMMON_DKIM_SELECTORS.filter((name) => !/^[ks][123]$/.test(name)));
  });

  it('is in error when the budget stops a named selector', async () => {
    const session = createLookupSession(createMemoryResolver(dkimZones), { maxQueries: 0 });
    const check = await checkDkim('dkim-hidden.test', { resolver: session, selectors: ['2026q4'] });
    session.close();
    expect(check.status).toBe('error');
    expect(ids(check)).toContain('dkim.dns-error');
  });

  it('keeps a found key when only a guessed selector timed out, as an info finding (docs/grading.md)', async () => {
    const zones = mergeZoneData(dkimZones, {
      zones: [],
      records: { 'k2._domainkey.dkim-weak.test': { error: 'timeout' } },
    });
    const check = await checkDkim('dkim-weak.test', { resolver: createMemoryResolver(zones) });
    expect(ids(check)).toEqual(['dkim.dns-error', 'dkim.weak-key']);
    const failure = check.findings.find((finding) => finding.id === 'dkim.dns-error');
    expect(failure?.severity).toBe('info');
    expect(failure?.cause).toBe('resolver');
    // The weak key found is what sets the status, not the failed probe.
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

describe('checkDkim and failed probes (what a failed lookup means, docs/grading.md)', () => {
  it('is not unknown when one guessed selector fails and the others answered, even with no key found', async () => {
    const zones = mergeZoneData(dkimZones, {
      zones: ['dkim-probe-fail.test'],
      records: {
        'dkim-probe-fail.test': { TXT: ['v=spf1 -all'] },
        'google._domainkey.dkim-probe-fail.test': { error: 'servfail' },
      },
    });
    const check = await checkDkim('dkim-probe-fail.test', { resolver: createMemoryResolver(zones) });
    expect(check.status).not.toBe('error');
    const failure = check.findings.find((finding) => finding.id === 'dkim.dns-error');
    expect(failure).toMatchObject({ severity: 'info', cause: 'domain' });
  });

  it('is unknown when no key was found and the selector of a provider its DNS names failed: that is where the key is', async () => {
    const zones = mergeZoneData(dkimZones, {
      zones: ['dkim-hinted-fail.test'],
      records: {
        'dkim-hinted-fail.test': { TXT: ['v=spf1 include:_spf.google.com -all'] },
        'google._domainkey.dkim-hinted-fail.test': { error: 'servfail' },
      },
    });
    const resolver = createMemoryResolver(zones);
    const hinted = await checkDkim('dkim-hinted-fail.test', { resolver, providerHints: ['aspmx.l.google.com'] });
    expect(hinted.status).toBe('error');
    expect(hinted.findings.map((finding) => finding.id)).not.toContain('dkim.no-selector-found');
    expect(hinted.findings.find((finding) => finding.id === 'dkim.dns-error')).toMatchObject({ severity: 'error' });
    // The same failure with no provider named is one guess among many: judged from what answered.
    const unhinted = await checkDkim('dkim-hinted-fail.test', { resolver: createMemoryResolver(zones) });
    expect(unhinted.status).not.toBe('error');
    expect(unhinted.findings.map((finding) => finding.id)).toContain('dkim.no-selector-found');
  });

  it('groups one failure seen under every probed selector into one finding per cause, listing the names', async () => {
    const check = await checkDkim('dkim.test', {
      resolver: {
        resolve: async (name, type) => ({
          status: 'error',
          name,
          type,
          error: { code: 'network', transient: true, message: 'down' },
        }),
      },
    });
    expect(check.status).toBe('error');
    const failures = check.findings.filter((finding) => finding.id === 'dkim.dns-error');
    expect(failures.length).toBeLessThanOrEqual(2);
    const probes = failures.find((finding) => (finding.names?.length ?? 0) > 1);
    expect(probes?.cause).toBe('resolver');
    expect(probes?.fix).toMatch(/DoH endpoint/);
    expect(probes?.names?.length).toBeGreaterThan(10);
  });
});
