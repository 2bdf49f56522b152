import { describe, expect, it } from 'vitest';
import { checkDmarc, discoverDmarc } from '../../../core/dmarc/index.js';
import {
  createMemoryResolver,
  type DnsResult,
  type RecordType,
  type Resolver,
  type ZoneData,
} from '../../../core/dns/index.js';

const zone = (records: ZoneData['records']): ZoneData => ({ zones: [], records });

describe('discoverDmarc: the DNS Tree Walk (RFC 9989 §4.10)', () => {
  it('sends at most 8 queries for a deep name and stops at psd', async () => {
    const deep = createMemoryResolver(zone({ '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject'] } }));
    const discovery = await discoverDmarc('a.b.c.d.e.f.g.h.i.j.k.l.m.example.com', { resolver: deep });
    expect(discovery.walk.length).toBe(8);
    expect(deep.calls.filter((call) => call.startsWith('TXT _dmarc.')).length).toBe(8);
    expect(discovery).toMatchObject({
      status: 'found',
      policyDomain: 'example.com',
      organizationalDomain: 'example.com',
    });

    const psd = createMemoryResolver(
      zone({
        '_dmarc.a.example.com': { TXT: ['v=DMARC1; p=none; psd=n'] },
        '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject'] },
      }),
    );
    const stopped = await discoverDmarc('x.a.example.com', { resolver: psd });
    expect(stopped.walk.map((step) => step.name)).toEqual(['_dmarc.x.a.example.com', '_dmarc.a.example.com']);
    expect(stopped.organizationalDomain).toBe('a.example.com');
  });

  it('ends discovery on a DNS error before any record, and only marks the walk incomplete after one', async () => {
    const failing = createMemoryResolver(
      zone({ '_dmarc.sub.example.com': { error: 'timeout' }, '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject'] } }),
    );
    expect((await discoverDmarc('sub.example.com', { resolver: failing })).status).toBe('dns-error');

    const above = createMemoryResolver(
      zone({ '_dmarc.sub.example.com': { TXT: ['v=DMARC1; p=reject'] }, '_dmarc.example.com': { error: 'servfail' } }),
    );
    const discovery = await discoverDmarc('sub.example.com', { resolver: above });
    expect(discovery).toMatchObject({ status: 'found', walkComplete: false, policyDomain: 'sub.example.com' });
  });
});

// RFC 9989 §4.10.2's own examples, starting at a.mail.example.com.
describe('discoverDmarc: the examples of RFC 9989 §4.10.2 and §4.10.1', () => {
  const discover = (records: ZoneData['records']) =>
    discoverDmarc('a.mail.example.com', { resolver: createMemoryResolver(zone(records)) });

  it('"records at _dmarc.mail.example.com and _dmarc.example.com" → example.com, whose record applies', async () => {
    const discovery = await discover({
      '_dmarc.mail.example.com': { TXT: ['v=DMARC1; p=reject'] },
      '_dmarc.example.com': { TXT: ['v=DMARC1; p=none; sp=quarantine'] },
    });
    expect(discovery).toMatchObject({
      organizationalDomain: 'example.com',
      policyDomain: 'example.com',
      inherited: true,
    });
  });

  it('"a record at _dmarc.mail.example.com with psd=n" → mail.example.com', async () => {
    const discovery = await discover({
      '_dmarc.mail.example.com': { TXT: ['v=DMARC1; p=reject; psd=n'] },
      '_dmarc.example.com': { TXT: ['v=DMARC1; p=none'] },
    });
    expect(discovery).toMatchObject({ organizationalDomain: 'mail.example.com', policyDomain: 'mail.example.com' });
  });

  it('"only a record at _dmarc.com with psd=y" → example.com, and the PSD record applies', async () => {
    const discovery = await discover({ '_dmarc.com': { TXT: ['v=DMARC1; p=reject; psd=y'] } });
    expect(discovery).toMatchObject({ organizationalDomain: 'example.com', policyDomain: 'com' });
  });

  it('"PSD policy is not used for Organizational Domains that have published a DMARC Policy Record"', async () => {
    const discovery = await discover({
      '_dmarc.example.com': { TXT: ['v=DMARC1; p=none'] },
      '_dmarc.com': { TXT: ['v=DMARC1; p=reject; psd=y'] },
    });
    expect(discovery).toMatchObject({ organizationalDomain: 'example.com', policyDomain: 'example.com' });
  });
});

describe('checkDmarc with the memory resolver', () => {
  it('is an error section, not "missing", when the _dmarc lookup times out', async () => {
    const resolver = createMemoryResolver(zone({ '_dmarc.example.com': { error: 'timeout' } }));
    const check = await checkDmarc('example.com', { resolver });
    expect(check.status).toBe('error');
    expect(check.findings.map((finding) => finding.id)).toEqual(['dmarc.dns-error']);
    expect(check.findings[0]!.severity).toBe('error');
  });

  it('reports an authorization lookup failure as a DNS error, not as unauthorized', async () => {
    const resolver = createMemoryResolver(
      zone({
        '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject; rua=mailto:d@reports.example.net'] },
        'example.com._report._dmarc.reports.example.net': { error: 'servfail' },
        'reports.example.net': { MX: [[10, 'mx.reports.example.net']] },
        'mx.reports.example.net': { A: ['192.0.2.25'] },
      }),
    );
    const check = await checkDmarc('example.com', { resolver });
    expect(check.data.reporting.rua[0]).toMatchObject({ authorization: 'dns-error' });
    expect(check.findings.map((finding) => [finding.id, finding.severity])).toEqual([['dmarc.dns-error', 'warning']]);
    expect(check.status).toBe('warn');
  });

  // RFC 9990 §4 step 8: "If at least one TXT resource record remains in the set after parsing, then the external
  // reporting arrangement was authorized by the Report Consumer."
  it('accepts one authorization record with a trailing ";", and several', async () => {
    const resolver = createMemoryResolver(
      zone({
        '_dmarc.example.com': {
          TXT: ['v=DMARC1; p=reject; rua=mailto:a@one.example.net,mailto:b@two.example.net'],
        },
        'example.com._report._dmarc.one.example.net': { TXT: ['v=DMARC1;'] },
        'example.com._report._dmarc.two.example.net': { TXT: ['v=DMARC1', 'v=DMARC1; rua=mailto:x@two.example.net'] },
      }),
    );
    const check = await checkDmarc('example.com', { resolver });
    expect(check.data.reporting.rua.map((d) => d.authorization)).toEqual(['authorized', 'authorized']);
    expect(check.findings.map((finding) => finding.id)).not.toContain('dmarc.rua-unauthorized');
  });

  it('looks up external destinations concurrently', async () => {
    const inner = createMemoryResolver(
      zone({
        '_dmarc.example.com': {
          TXT: [
            'v=DMARC1; p=reject; rua=mailto:a@one.example.net,mailto:b@two.example.net; ruf=mailto:c@three.example.net',
          ],
        },
      }),
    );
    let inFlight = 0;
    let most = 0;
    const slow: Resolver = {
      async resolve<T extends RecordType>(name: string, type: T): Promise<DnsResult<T>> {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        return inner.resolve(name, type);
      },
    };
    await checkDmarc('example.com', { resolver: slow });
    // The three authorization names (TXT) and the three destination domains (MX) in one round.
    expect(most).toBe(6);
  });

  it('follows the RFC 7489 view to the PSL organizational domain and compares', async () => {
    const resolver = createMemoryResolver(
      zone({
        '_dmarc.mail.example.com': { TXT: ['v=DMARC1; p=reject; psd=n; rua=mailto:d@mail.example.com'] },
        '_dmarc.example.com': { TXT: ['v=DMARC1; p=none; rua=mailto:d@example.com'] },
      }),
    );
    const check = await checkDmarc('x.mail.example.com', { resolver });
    expect(check.data.organizationalDomain).toEqual({
      treeWalk: 'mail.example.com',
      publicSuffixList: 'example.com',
      agree: false,
    });
    expect(check.data.rfc7489).toEqual({ status: 'found', policyDomain: 'example.com', policy: 'none' });
    const disagreement = check.findings.find((finding) => finding.id === 'dmarc.org-domain-disagreement');
    expect(disagreement?.message).toMatch(
      /_dmarc\.mail\.example\.com, RFC 7489 receivers the one at _dmarc\.example\.com/,
    );
  });

  it('takes t=y into account in the effective policy and the summary', async () => {
    const resolver = createMemoryResolver(
      zone({ '_dmarc.example.com': { TXT: ['v=DMARC1; p=quarantine; t=y; rua=mailto:d@example.com'] } }),
    );
    const check = await checkDmarc('example.com', { resolver });
    expect(check.data.policy?.domain).toMatchObject({ published: 'quarantine', applied: 'none', testing: true });
    expect(check.summary).toMatch(/testing mode \(t=y\); receivers apply none/);
  });
});

describe('checkDmarc on a record with 200 external report destinations', () => {
  it('asks at most 10 authorization names and the mail routing of at most 5 domains', async () => {
    const hosts = Array.from({ length: 200 }, (_, i) => `h${i}.example.net`);
    const records: ZoneData['records'] = {
      '_dmarc.example.com': { TXT: [`v=DMARC1; p=reject; rua=${hosts.map((host) => `mailto:d@${host}`).join(',')}`] },
      'mx.example.net': { A: ['192.0.2.25'] },
    };
    for (const host of hosts) {
      records[host] = { MX: [[10, 'mx.example.net']] };
      records[`example.com._report._dmarc.${host}`] = { TXT: ['v=DMARC1'] };
    }
    const resolver = createMemoryResolver(zone(records));
    const check = await checkDmarc('example.com', { resolver });
    // The walk (2), 10 authorization names, 5 MX queries and the one exchange's A and AAAA.
    expect(resolver.calls).toHaveLength(2 + 10 + 5 + 2);
    const rua = check.data.reporting.rua;
    expect(rua.filter((d) => d.authorization === 'authorized')).toHaveLength(10);
    expect(rua.filter((d) => d.authorization === 'not-checked')).toHaveLength(190);
    expect(rua.filter((d) => d.delivery === 'deliverable')).toHaveLength(5);
    expect(rua.filter((d) => d.delivery === 'not-checked')).toHaveLength(195);
    // Nothing unknown is reported as a problem.
    expect(check.findings.map((finding) => finding.id)).toEqual([]);
  });
});

describe('checkDmarc on a record with hundreds of bad tags', () => {
  it('reports 20 findings of a kind and one that counts the rest', async () => {
    const tags = Array.from({ length: 200 }, (_, i) => `x${i}=1`).join('; ');
    const resolver = createMemoryResolver(zone({ '_dmarc.example.com': { TXT: [`v=DMARC1; p=reject; ${tags}`] } }));
    const result = await checkDmarc('example.com', { resolver });
    const unknown = result.findings.filter((finding) => finding.id === 'dmarc.unknown-tag');
    expect(unknown).toHaveLength(21);
    expect(unknown.at(-1)!.message).toMatch(/180 more/);
  });
});
