import { describe, expect, inject, it } from 'vitest';
import { createDohResolver } from '../../../core/dns/index.js';
import { auditSpf, type SpfAudit, spfFindings, spfHeloFindings } from '../../../core/spf/index.js';

// Every audit here runs over the fixture zones served by Knot behind dnsdist, through the real DoH client.
const resolver = createDohResolver({ endpoints: [inject('dohUrl')], timeoutMs: 2000 });
const audit = (domain: string) => auditSpf(domain, { resolver });
const ids = (result: SpfAudit) => result.findings.map((finding) => finding.id).sort();

describe('auditSpf over the DNS stack', () => {
  it('passes a clean policy and flattens its networks', async () => {
    const result = await audit('clean.spf.test');
    expect(result.findings).toEqual([]);
    expect(result.status).toBe('pass');
    expect(result.records).toEqual([
      'v=spf1 ip4:45.33.20.0/24 ip6:2a01:4f8:10::/48 include:_spf.clean.spf.test a mx -all',
    ]);
    expect(result.data.lookups).toEqual({ count: 3, limit: 10 });
    expect(result.data.voidLookups).toEqual({ count: 0, limit: 2 });
    expect(result.data.all).toBe('-');
    expect(result.data.networks.map((network) => `${network.source} ${network.cidr}`).sort()).toEqual([
      'a 45.33.22.5/32',
      'ip4 45.33.20.0/24',
      'ip4 45.33.21.0/24',
      'ip6 2a01:4f8:10::/48',
      'mx 2a01:4f8:10::25/128',
      'mx 45.33.22.10/32',
    ]);
    expect(result.data.tree?.children).toHaveLength(1);
    expect(result.data.tree?.children[0]).toMatchObject({
      domain: '_spf.clean.spf.test',
      via: 'include',
      lookups: 0,
      all: '~',
    });
    expect(result.summary).toBe('The SPF policy of clean.spf.test ends in "-all" and uses 3 of 10 DNS lookups.');
  });

  it('reports a missing record, for a name with other TXT and for a name that does not exist', async () => {
    for (const domain of ['none.spf.test', 'absent.spf.test']) {
      const result = await audit(domain);
      expect(ids(result)).toEqual(['spf.missing']);
      expect(result.status).toBe('fail');
      expect(result.records).toEqual([]);
    }
  });

  it('reports two SPF records and keeps both as published', async () => {
    const result = await audit('multiple.spf.test');
    expect(ids(result)).toEqual(['spf.multiple-records']);
    expect(result.records).toHaveLength(2);
  });

  it('reports a syntax error with its position and keeps the record', async () => {
    const result = await audit('syntax.spf.test');
    expect(ids(result)).toEqual(['spf.syntax-error']);
    expect(result.data.tree?.syntaxError).toMatchObject({ code: 'unknown-mechanism', position: 25, term: 'foo:bar' });
    expect(result.records).toEqual(['v=spf1 ip4:45.33.20.0/24 foo:bar -all']);
  });

  it('counts DNS-querying terms across includes', async () => {
    const result = await audit('many.spf.test');
    expect(result.data.lookups.count).toBe(12);
    expect(ids(result)).toEqual(['spf.too-many-lookups']);
    expect(result.data.tree?.lookups).toBe(2);
    expect(result.data.tree?.children.map((child) => child.lookups)).toEqual([5, 5]);
  });

  it('counts void lookups', async () => {
    const result = await audit('void.spf.test');
    expect(result.data.voidLookups.count).toBe(3);
    expect(ids(result)).toEqual(['spf.too-many-void-lookups']);
  });

  it('finds a true loop, and tells a duplicate include from a loop', async () => {
    expect(ids(await audit('loop.spf.test'))).toEqual(['spf.include-loop']);
    const duplicate = await audit('dup.spf.test');
    expect(ids(duplicate)).toEqual(['spf.duplicate-include']);
    expect(duplicate.data.lookups.count).toBe(2);
  });

  it('reports include and redirect targets without a record', async () => {
    expect(ids(await audit('incnone.spf.test'))).toEqual(['spf.include-no-record']);
    expect(ids(await audit('redirnone.spf.test'))).toEqual(['spf.include-no-record']);
  });

  it('judges how the policy ends', async () => {
    expect(ids(await audit('passall.spf.test'))).toEqual(['spf.pass-all']);
    expect(ids(await audit('neutral.spf.test'))).toEqual(['spf.neutral-all']);
    expect(ids(await audit('noall.spf.test'))).toEqual(['spf.no-all']);
    const redirected = await audit('redirect.spf.test');
    expect(ids(redirected)).toEqual([]);
    expect(redirected.data.all).toBe('~');
    expect(redirected.data.lookups.count).toBe(1);
  });

  it('warns about ptr and an ignored redirect', async () => {
    const ptr = await audit('ptr.spf.test');
    expect(ids(ptr)).toEqual(['spf.ptr-mechanism']);
    expect(ptr.data.unflattenable).toEqual([{ term: 'ptr', domain: 'ptr.spf.test', reason: 'ptr' }]);
    const ignored = await audit('redirign.spf.test');
    expect(ids(ignored)).toEqual(['spf.redirect-ignored']);
    expect(ignored.data.lookups.count).toBe(0);
  });

  it('finds both facts in "v=spf1 ip4:192.168.0.1/16 -all", neither an error', async () => {
    const result = await audit('private.spf.test');
    expect(ids(result)).toEqual(['spf.cidr-not-network', 'spf.non-public-address']);
    expect(result.findings.find((f) => f.id === 'spf.cidr-not-network')).toMatchObject({ severity: 'info' });
    expect(result.findings.find((f) => f.id === 'spf.non-public-address')).toMatchObject({ severity: 'warning' });
    expect(result.findings.find((f) => f.id === 'spf.cidr-not-network')?.message).toContain('192.168.0.0/16');
    expect(result.data.networks[0]).toMatchObject({ cidr: '192.168.0.0/16', range: 'private' });
    expect(result.status).toBe('warn');
  });

  it('finds a private address behind an a term', async () => {
    const result = await audit('arfc1918.spf.test');
    expect(ids(result)).toEqual(['spf.non-public-address']);
    expect(result.data.networks).toEqual([
      {
        cidr: '10.1.2.3/32',
        source: 'a',
        qualifier: '+',
        term: 'a:internal.spf.test',
        domain: 'arfc1918.spf.test',
        host: 'internal.spf.test',
        range: 'private',
      },
    ]);
  });

  it('warns about an answer over 450 octets', async () => {
    const result = await audit('long.spf.test');
    expect(ids(result)).toEqual(['spf.record-too-long']);
    expect(result.data.networks).toHaveLength(30);
  });

  it('reports an mx term with more than 10 names', async () => {
    expect(ids(await audit('mxmany.spf.test'))).toEqual(['spf.too-many-mx-names']);
  });

  it('reports a DNS error as error, never as missing', async () => {
    const refused = await audit('refused.spf.test');
    expect(ids(refused)).toEqual(['spf.dns-error']);
    expect(refused.status).toBe('error');
    const down = await auditSpf('clean.spf.test', {
      resolver: createDohResolver({ endpoints: [inject('downDohUrl')], retries: 0, timeoutMs: 2000 }),
    });
    expect(ids(down)).toEqual(['spf.dns-error']);
    expect(down.status).toBe('error');
    expect(down.summary).toMatch(/could not be fetched/);
  });

  it('stops a chain deeper than its bound and says so', async () => {
    const result = await auditSpf('deep0.spf.test', { resolver, maxDepth: 10 });
    expect(result.data.truncated).toBe(true);
    expect(ids(result)).toEqual(['spf.too-many-lookups', 'spf.tree-truncated']);
    let depth = 0;
    for (let node = result.data.tree; node?.children[0]; node = node.children[0]) depth++;
    expect(depth).toBe(11);
  });

  it('lists macro, exists and ptr terms as not flattenable', async () => {
    const result = await audit('macro.spf.test');
    expect(result.data.unflattenable.map((item) => item.reason).sort()).toEqual(['exists', 'macro', 'macro']);
    expect(result.data.lookups.count).toBe(2);
  });

  it('covers every finding id of the catalogue', () => {
    // The tests above and in audit-rfc7208.interop.test.ts assert each of these ids over the real stack; the HELO
    // findings (spfHeloFindings) are asserted in helo.interop.test.ts, helo-bounds.test.ts and the mx section's tests.
    expect(Object.keys(spfHeloFindings).sort()).toEqual([
      'spf.helo-dns-error',
      'spf.helo-hosts-limited',
      'spf.helo-no-record',
      'spf.helo-not-authorized',
    ]);
    expect(Object.keys(spfFindings).sort()).toEqual([
      'spf.cidr-not-network',
      'spf.dns-error',
      'spf.duplicate-include',
      'spf.include-loop',
      'spf.include-no-record',
      'spf.missing',
      'spf.multiple-records',
      'spf.neutral-all',
      'spf.no-all',
      'spf.non-public-address',
      'spf.pass-all',
      'spf.ptr-mechanism',
      'spf.record-too-long',
      'spf.redirect-ignored',
      'spf.syntax-error',
      'spf.terms-after-all',
      'spf.too-many-lookups',
      'spf.too-many-mx-names',
      'spf.too-many-void-lookups',
      'spf.tree-truncated',
    ]);
  });
});
