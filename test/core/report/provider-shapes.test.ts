import { describe, expect, it } from 'vitest';
import {
  createFetchBudget,
  createLookupScheduler,
  createMemoryResolver,
  type DnsResult,
  type LookupOptions,
  mergeZoneData,
  type RecordType,
  type Resolver,
} from '../../../core/dns/index.js';
import { checkMx } from '../../../core/mx/index.js';
import { mailboxProviderOf, providerOf, publishedMxHostOf, recognizeProviders } from '../../../core/providers.js';
import { checkDomain, diffReports } from '../../../core/report/index.js';
import providers, { PROVIDER_SHAPES } from '../../fixtures/zones/providers.js';
import reverse from '../../fixtures/zones/reverse.js';

const zones = mergeZoneData(providers, reverse);

/** A memory resolver that takes one fetch from the lookup's budget per query, as the DoH client does. */
function countingFetches(): Resolver {
  const memory = createMemoryResolver(zones);
  return {
    resolve<T extends RecordType>(name: string, type: T, options?: LookupOptions): Promise<DnsResult<T>> {
      if (options?.fetchBudget && !options.fetchBudget.take()) {
        return Promise.resolve({
          status: 'error',
          name,
          type,
          error: { code: 'budget-exhausted', transient: false, message: 'The fetch budget is spent.' },
        });
      }
      return memory.resolve(name, type, options);
    },
  };
}

const found = (report: { sections: { dkim: { data: { selectors: Array<{ selector: string; found: boolean }> } } } }) =>
  report.sections.dkim.data.selectors.filter((entry) => entry.found).map((entry) => entry.selector);

describe('provider recognition', () => {
  it('matches names at or below a provider name, on label boundaries only', () => {
    expect(providerOf('alt1.aspmx.l.google.com')?.id).toBe('google');
    expect(providerOf('ASPMX.L.GOOGLE.COM.')?.id).toBe('google');
    expect(providerOf('notgoogle.com')).toBeUndefined();
    expect(providerOf('google.com.evil.test')).toBeUndefined();
    expect(providerOf('selector1-x._domainkey.contoso.onmicrosoft.com')?.id).toBe('microsoft');
    expect(mailboxProviderOf('mx.zoho.eu')?.id).toBe('zoho');
    expect(mailboxProviderOf('sendgrid.net')).toBeUndefined();
  });

  it('knows the MX host names a mailbox provider publishes for every customer, exactly', () => {
    expect(publishedMxHostOf('ALT3.aspmx.l.google.com.')?.id).toBe('google');
    expect(publishedMxHostOf('smtp.google.com')?.id).toBe('google');
    expect(publishedMxHostOf('mx2.zoho.eu')?.id).toBe('zoho');
    // Below the provider's names, but not a published host: a typo, or a per-customer host (Microsoft 365's).
    expect(publishedMxHostOf('alt5.aspmx.l.google.com')).toBeUndefined();
    expect(publishedMxHostOf('contoso-com.mail.protection.outlook.com')).toBeUndefined();
    expect(publishedMxHostOf('aspmx.l.google.com.evil.test')).toBeUndefined();
  });

  it('sorts hints into providers (each once) and the names of no known provider', () => {
    const { providers: found, unrecognized } = recognizeProviders([
      'aspmx.l.google.com',
      '_spf.google.com',
      'mx1.example.test',
      'sendgrid.net',
      'MX1.example.test',
    ]);
    expect(found.map((provider) => provider.id)).toEqual(['google', 'sendgrid']);
    expect(unrecognized).toEqual(['mx1.example.test']);
  });

  it('reads providers from apex TXT verification tokens, and other texts as no evidence', () => {
    const { providers: found, unrecognized } = recognizeProviders([
      'MS=ms48151623',
      'brevo-code:8c1f2a',
      'google-site-verification=Xq3v2b9',
      'v=spf1 -all',
    ]);
    expect(found.map((provider) => provider.id)).toEqual(['microsoft', 'brevo']);
    expect(unrecognized).toEqual([]);
  });
});

describe('realistic provider shapes in memory', () => {
  it.each(PROVIDER_SHAPES)('finds every key of $shape', async ({ domain, keys }) => {
    const outcome = await checkDomain(domain, { resolver: createMemoryResolver(zones) });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.report.complete).toBe(true);
    expect(found(outcome.report).sort()).toEqual([...keys].sort());
  });
});

describe('queries of a realistic check', () => {
  it('asks Google Workspace + Microsoft 365 + three ESPs 28 questions, none twice, and no common selector', async () => {
    const resolver = createMemoryResolver(zones);
    const outcome = await checkDomain('gw-m365-esp.test', { resolver });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const { report } = outcome;
    // SPF 9 (root, Google's include and its three netblocks, four more includes), DMARC 2 (the domain, the walk up
    // to the TLD; the rua host's MX is the domain's own, and its hosts are Google's), MX 1 (the record: the five hosts
    // are the ones Google publishes for every customer), DKIM 9 (the nine selectors the providers publish), TLS 7
    // (_mta-sts, _smtp._tls, the five hosts' TLSA).
    expect(report.queries).toBe(28);
    expect(new Set(resolver.calls).size).toBe(resolver.calls.length);
    expect(resolver.calls.filter((call) => /^(PTR|A|AAAA) /.test(call))).toEqual([]);
    expect(report.sections.dkim.data.discovery).toMatchObject({ commonList: 'not-needed', limited: [] });
    expect(report.sections.mx.findings.map((finding) => finding.id)).toEqual(['mx.provider-hosts']);
    expect(report.sections.mx.findings[0]!.message).toContain('Google Workspace publishes these names');
    expect(report.sections.mx.data.hosts.map((host) => host.provider)).toEqual(Array(5).fill('Google Workspace'));
    expect(report.sections.mx.status).toBe('pass');
    expect(report.sections.ptr.findings.map((finding) => finding.id)).toEqual(['ptr.provider-hosts']);
    expect(report.sections.ptr.findings[0]!.message).toContain('alt4.aspmx.l.google.com');
    expect(report.sections.ptr.data.omitted).toEqual([]);
    expect(report.sections.ptr.status).toBe('pass');
    expect(report.sections.dmarc.findings.map((finding) => finding.id)).not.toContain('dmarc.report-undeliverable');
  });

  it('looks up a provider host name that is not one the provider publishes (a typo is the owner’s to fix)', async () => {
    const outcome = await checkDomain('gw-typo.test', { resolver: createMemoryResolver(zones) });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const { mx, ptr } = outcome.report.sections;
    expect(mx.data.hosts.map((host) => [host.exchange, host.provider ?? null, host.addresses.length])).toEqual([
      ['aspmx.l.google.com', 'Google Workspace', 0],
      ['alt5.aspmx.l.google.com', null, 0],
    ]);
    expect(mx.findings.map((finding) => [finding.id, finding.severity])).toEqual([
      ['mx.no-address', 'warning'],
      ['mx.provider-hosts', 'info'],
    ]);
    expect(mx.status).toBe('warn');
    expect(ptr.findings.map((finding) => finding.id)).toEqual(['ptr.provider-hosts']);
  });

  it('looks up every provider host when asked to (checkMx’s checkProviderHosts)', async () => {
    const resolver = createMemoryResolver(zones);
    const mx = await checkMx('gw-m365-esp.test', { resolver, checkProviderHosts: true });
    expect(resolver.calls.filter((call) => /^(A|AAAA) /.test(call))).toHaveLength(10);
    expect(mx.data.hosts.every((host) => host.provider === undefined && host.addresses.length === 2)).toBe(true);
    expect(mx.findings).toEqual([]);
  });

  it('checks a sending IP in full even when the MX hosts are a provider’s', async () => {
    const outcome = await checkDomain('gw-m365-esp.test', {
      resolver: createMemoryResolver(zones),
      sendingIps: ['45.33.41.11'],
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const { results } = outcome.report.sections.ptr.data;
    expect(results.map((result) => [result.ip, result.source, result.fcrdns])).toEqual([
      ['45.33.41.11', 'sending', true],
    ]);
  });

  it('checks the domain’s own MX hosts in full without a fetch budget', async () => {
    const outcome = await checkDomain('self-hosted.test', { resolver: createMemoryResolver(zones) });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.report.sections.ptr.data.results.map((result) => result.fcrdns)).toEqual([true, true, true, true]);
    expect(outcome.report.sections.ptr.data.omitted).toEqual([]);
  });
});

describe('a check under a fetch budget', () => {
  it('cuts the guessed selectors and the second address of each own MX host, and stays complete', async () => {
    // What the verdict needs here: SPF 1, DMARC 2, MX 1 + 4 addresses, the PTR of each host's first address 2 (their
    // forward lookups are the MX addresses already asked), TLS 4 (_mta-sts, _smtp._tls, two TLSA): 14 fetches; two
    // are left for guesses.
    const fetchBudget = createFetchBudget(16);
    const outcome = await checkDomain('self-hosted.test', {
      resolver: countingFetches(),
      scheduler: createLookupScheduler({ concurrency: 6 }),
      fetchBudget,
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const { report } = outcome;
    expect(fetchBudget.used).toBe(16);
    expect(report.complete).toBe(true);
    const ptr = report.sections.ptr;
    expect(ptr.data.results.map((result) => [result.ip, result.fcrdns])).toEqual([
      ['45.33.41.11', true],
      ['45.33.41.12', true],
    ]);
    expect(ptr.data.omitted.map((entry) => [entry.ip, entry.reason])).toEqual([
      ['2a01:4f8:41::11', 'budget'],
      ['2a01:4f8:41::12', 'budget'],
    ]);
    expect(ptr.findings.map((finding) => finding.id)).toEqual(['ptr.hosts-limited']);
    expect(ptr.status).toBe('pass');
    const dkim = report.sections.dkim;
    expect(dkim.findings.map((finding) => finding.id).sort()).toEqual([
      'dkim.discovery-limited',
      'dkim.no-selector-found',
    ]);
    expect(dkim.data.discovery.limited).toContain('default');
    expect(dkim.status).toBe('warn');
  });

  it('keeps every lookup the verdict needs for the realistic shape within 28 fetches', async () => {
    const fetchBudget = createFetchBudget(28);
    const outcome = await checkDomain('gw-m365-esp.test', {
      resolver: countingFetches(),
      scheduler: createLookupScheduler({ concurrency: 6 }),
      fetchBudget,
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.report.complete).toBe(true);
    expect(found(outcome.report)).toHaveLength(9);
  });
});

describe('comparing with a baseline', () => {
  it('never calls a key removed that this check did not look for, and still calls a looked-for one removed', async () => {
    const before = await checkDomain('gw-m365-esp.test', { resolver: createMemoryResolver(zones) });
    if (!before.ok) throw new Error(before.error.message);
    const baseline = before.report;
    // The same domain checked under a budget that cut the guess at mte1: its key is unknown, not gone.
    const cut = structuredClone(baseline);
    cut.sections.dkim.data.selectors = cut.sections.dkim.data.selectors.filter((entry) => entry.selector !== 'mte1');
    cut.sections.dkim.data.discovery.asked = cut.sections.dkim.data.discovery.asked.filter((name) => name !== 'mte1');
    cut.sections.dkim.data.discovery.limited = ['mte1'];
    expect(diffReports(baseline, cut).regressions).toEqual([]);
    // Looked up and no longer there: removed.
    const gone = structuredClone(cut);
    gone.sections.dkim.data.discovery.asked.push('mte1');
    gone.sections.dkim.data.discovery.limited = [];
    expect(diffReports(baseline, gone).regressions.map((change) => change.kind)).toEqual(['dkim.selector-removed']);
  });
});
