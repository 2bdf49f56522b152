import { describe, expect, inject, it } from 'vitest';
import { checkDmarc, type DmarcCheck, dmarcFindings } from '../../../core/dmarc/index.js';
import { createDohResolver, createLookupSession } from '../../../core/dns/index.js';

// The zones of test/fixtures/zones/dmarc.ts, served by Knot behind dnsdist and read through the real DoH client.
const resolver = createDohResolver({ endpoints: [inject('dohUrl')], timeoutMs: 3000 });
const ids = (check: DmarcCheck) => check.findings.map((finding) => finding.id);

describe('checkDmarc over DNS-over-HTTPS (Knot + dnsdist)', () => {
  const seen = new Set<string>();
  const check = async (domain: string, session = resolver) => {
    const result = await checkDmarc(domain, { resolver: session });
    for (const id of ids(result)) seen.add(id);
    return result;
  };

  it('names every problem of the seed configuration and what to change', async () => {
    const result = await check('seed.dmarctld');
    expect(result.status).toBe('warn');
    expect(result.records).toEqual(['v=DMARC1; p=quarantine; pct=1; rua=mailto:dmarc@seed.dmarctld']);
    const historic = result.findings.find((finding) => finding.id === 'dmarc.historic-tag')!;
    expect(historic.message).toMatch(/pct=1 is historic/);
    expect(historic.fix).toMatch(/Remove pct/);
    const pct = result.findings.find((finding) => finding.id === 'dmarc.partial-pct')!;
    expect(pct.severity).toBe('warning');
    expect(pct.message).toMatch(/only 1% of the mail that fails DMARC/);
    expect(pct.message).toMatch(/other 99% as p=none/);
    expect(pct.message).toMatch(/does not mean "monitor": to monitor use p=none, to test a policy use t=y/);
    expect(pct.fix).toMatch(/Remove pct/);
    expect(result.data.policy?.domain).toEqual({
      published: 'quarantine',
      source: 'p',
      applied: 'quarantine',
      testing: false,
    });
    expect(result.data.reporting.rua).toMatchObject([{ address: 'dmarc@seed.dmarctld', authorization: 'internal' }]);
  });

  it('passes a healthy record with no findings', async () => {
    const result = await check('good.dmarctld');
    expect(result).toMatchObject({ status: 'pass', findings: [] });
    expect(result.data.organizationalDomain).toEqual({
      treeWalk: 'good.dmarctld',
      publicSuffixList: 'good.dmarctld',
      agree: true,
    });
    expect(result.data.walk).toEqual([
      { name: '_dmarc.good.dmarctld', outcome: 'record' },
      { name: '_dmarc.dmarctld', outcome: 'none' },
    ]);
  });

  it('reports an inherited record, with sp for an existing name and np for a missing one', async () => {
    const child = await check('child.good.dmarctld');
    expect(ids(child)).toEqual(['dmarc.inherited']);
    expect(child.data).toMatchObject({ inherited: true, policyDomain: 'good.dmarctld', domainExists: true });
    const ghost = await check('ghost.good.dmarctld');
    expect(ghost.data).toMatchObject({ inherited: true, domainExists: false });
    expect(ghost.findings[0]!.message).toMatch(/does not exist, so np applies/);
  });

  it.each([
    ['none.dmarctld', 'fail', ['dmarc.missing']],
    ['multi.dmarctld', 'fail', ['dmarc.multiple-records']],
    ['broken.dmarctld', 'fail', ['dmarc.syntax-error', 'dmarc.syntax-error', 'dmarc.syntax-error']],
    ['lookalike.dmarctld', 'fail', ['dmarc.syntax-error', 'dmarc.syntax-error', 'dmarc.missing']],
    ['monitor.dmarctld', 'warn', ['dmarc.policy-none']],
    ['testing.dmarctld', 'warn', ['dmarc.testing']],
    ['norua.dmarctld', 'warn', ['dmarc.no-rua']],
    ['weak.dmarctld', 'warn', ['dmarc.weak-subdomain-policy', 'dmarc.weak-subdomain-policy']],
    ['ext.dmarctld', 'warn', ['dmarc.rua-unauthorized', 'dmarc.rua-unauthorized']],
    [
      'misc.dmarctld',
      'warn',
      [
        'dmarc.obsolete-size-limit',
        'dmarc.report-uri-scheme',
        'dmarc.historic-tag',
        'dmarc.historic-tag',
        'dmarc.unknown-tag',
      ],
    ],
    ['dmarc-brand.co.uk', 'warn', ['dmarc.inherited', 'dmarc.org-domain-disagreement']],
    ['orphan.dmarcpsd', 'warn', ['dmarc.inherited', 'dmarc.org-domain-disagreement']],
    ['own.dmarcpsd', 'pass', []],
    ['none.dmarc.test', 'fail', ['dmarc.missing']],
    ['ok.dmarc.test', 'pass', ['dmarc.org-domain-disagreement']],
    ['bad..name', 'error', ['dmarc.invalid-domain']],
  ])('%s → %s %j', async (domain, status, want) => {
    const result = await check(domain);
    expect(result.status).toBe(status);
    expect(ids(result)).toEqual(want);
    expect(result.summary).toMatch(/\.$/);
    for (const finding of result.findings) {
      expect(finding.fix.length).toBeGreaterThan(10);
      expect(finding.rfc).toMatch(/RFC \d+/);
    }
  });

  it('verifies external destinations by name and by wildcard', async () => {
    const result = await check('ext.dmarctld');
    expect(result.data.reporting.rua.map((d) => [d.host, d.authorization])).toEqual([
      ['authorized.dmarctld', 'authorized'],
      ['wildcard.dmarctld', 'authorized'],
      ['unauth.dmarctld', 'unauthorized'],
    ]);
    expect(result.data.reporting.ruf.map((d) => [d.authorizationName, d.authorization])).toEqual([
      ['ext.dmarctld._report._dmarc.unauth.dmarctld', 'unauthorized'],
    ]);
  });

  it('shows where RFC 9989 and RFC 7489 receivers disagree', async () => {
    const result = await check('dmarc-brand.co.uk');
    expect(result.data.organizationalDomain).toEqual({
      treeWalk: 'co.uk',
      publicSuffixList: 'dmarc-brand.co.uk',
      agree: false,
    });
    expect(result.data.rfc7489).toEqual({ status: 'none' });
    const psd = await check('orphan.dmarcpsd');
    expect(psd.data).toMatchObject({ policyDomain: 'dmarcpsd', organizationalDomain: { treeWalk: 'orphan.dmarcpsd' } });
    expect(psd.data.reporting.rua).toMatchObject([{ host: 'registry.dmarcpsd', authorization: 'authorized' }]);
  });

  it('reports a DNS failure as an error, never as missing', async () => {
    const down = createDohResolver({ endpoints: [inject('downDohUrl')], timeoutMs: 3000 });
    const result = await check('good.dmarctld', down);
    expect(result.status).toBe('error');
    expect(ids(result)).toEqual(['dmarc.dns-error']);
    expect(result.findings[0]!.message).toMatch(/unknown, not missing/);
  });

  it('stays within the query budget of a lookup session', async () => {
    const session = createLookupSession(resolver, { maxQueries: 50 });
    await check('ext.dmarctld', session);
    session.close();
    // Two walk queries and three distinct authorization names; the RFC 7489 view reuses the walk's answers.
    expect(session.stats.queries).toBe(5);
  });

  it('produced every finding id of the catalogue', () => {
    expect([...seen].sort()).toEqual(Object.keys(dmarcFindings).sort());
  });
});
