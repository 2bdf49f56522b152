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
    ['broken.dmarctld', 'fail', ['dmarc.syntax-error', 'dmarc.syntax-error']],
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
    ['dmarc-brand.co.uk', 'warn', ['dmarc.inherited', 'dmarc.public-suffix-record', 'dmarc.org-domain-disagreement']],
    ['orphan.dmarcpsd', 'warn', ['dmarc.inherited', 'dmarc.org-domain-disagreement']],
    ['own.dmarcpsd', 'pass', []],
    ['none.dmarc.test', 'fail', ['dmarc.missing']],
    ['ok.dmarc.test', 'pass', ['dmarc.org-domain-no-record', 'dmarc.org-domain-disagreement']],
    ['a.b.walk.dmarctld', 'pass', ['dmarc.inherited']],
    ['b.walk.dmarctld', 'pass', []],
    ['sub.walk.dmarctld', 'warn', ['dmarc.sp-ignored']],
    ['dup.walk.dmarctld', 'fail', ['dmarc.multiple-records', 'dmarc.inherited', 'dmarc.org-domain-disagreement']],
    ['twice.walk.dmarctld', 'fail', ['dmarc.syntax-error', 'dmarc.inherited', 'dmarc.org-domain-disagreement']],
    ['mail.team.corp.dmarcpsd', 'warn', ['dmarc.inherited', 'dmarc.org-domain-disagreement']],
    ['typo.dmarctld', 'fail', ['dmarc.syntax-error']],
    ['typo-norua.dmarctld', 'fail', ['dmarc.syntax-error']],
    ['sloppy.dmarctld', 'warn', ['dmarc.syntax-error', 'dmarc.syntax-error']],
    ['testnone.dmarctld', 'warn', ['dmarc.policy-none', 'dmarc.fo-without-ruf']],
    ['report.dmarctld', 'warn', ['dmarc.rua-undeliverable', 'dmarc.rua-undeliverable', 'dmarc.rua-undeliverable']],
    ['shop.brand.dmarcpsd', 'warn', ['dmarc.org-domain-no-record']],
    ['mail.solo.dmarctld', 'pass', ['dmarc.org-domain-no-record', 'dmarc.org-domain-disagreement']],
    ['a.b.c.d.e.f.g.h.i.deep.dmarctld', 'warn', ['dmarc.inherited', 'dmarc.policy-none', 'dmarc.deep-name']],
    ['own.edge.dmarcfail', 'pass', ['dmarc.dns-error']],
    ['lost.edge.dmarcfail', 'error', ['dmarc.dns-error']],
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

  // RFC 9989 §4.10.1: "The DMARC Policy Record to be applied to an email message will be the record found at any of
  // the following locations, listed from highest preference to lowest: The Author Domain; The Organizational Domain of
  // the Author Domain; The Public Suffix Domain of the Author Domain". §4.10.2 step 3: "Otherwise, select the DMARC
  // Policy Record found at the name with the fewest number of labels. This is the Organizational Domain".
  it("applies the Organizational Domain's record, never an intermediate one", async () => {
    const deep = await check('a.b.walk.dmarctld');
    expect(deep.data).toMatchObject({
      policyDomain: 'walk.dmarctld',
      organizationalDomain: { treeWalk: 'walk.dmarctld', publicSuffixList: 'walk.dmarctld', agree: true },
      inherited: true,
      domainExists: true,
    });
    // The record at _dmarc.b.walk.dmarctld (p=reject) is read by the walk but not applied: walk.dmarctld's sp is.
    expect(deep.data.walk.map((step) => step.outcome)).toEqual(['none', 'record', 'record', 'none']);
    expect(deep.data.policy?.domain).toEqual({
      published: 'quarantine',
      source: 'sp',
      applied: 'quarantine',
      testing: false,
    });
    expect(deep.findings[0]!.message).toMatch(
      /record of its organizational domain walk\.dmarctld applies to it through sp=quarantine/,
    );
    // The Author Domain's own record comes first.
    const own = await check('b.walk.dmarctld');
    expect(own.data).toMatchObject({
      policyDomain: 'b.walk.dmarctld',
      inherited: false,
      policy: { domain: { published: 'reject' } },
    });
  });

  // §4.7 (sp): "Note that "sp" will be ignored for DMARC Policy Records published on subdomains of Organizational
  // Domains and PSDs due to the effect of the DMARC Policy Discovery".
  it('says that sp on a record below the Organizational Domain is never applied', async () => {
    const result = await check('sub.walk.dmarctld');
    expect(result.findings[0]).toMatchObject({ id: 'dmarc.sp-ignored', at: '_dmarc.sub.walk.dmarctld' });
    expect(result.findings[0]!.message).toMatch(
      /not an organizational domain \(that is walk\.dmarctld\), so its sp is never applied/,
    );
    // And indeed: a name below it gets walk.dmarctld's record.
    const below = await check('x.sub.walk.dmarctld');
    expect(below.data).toMatchObject({
      policyDomain: 'walk.dmarctld',
      policy: { domain: { source: 'sp', published: 'quarantine' } },
    });
  });

  // §4.10.2 step 2: one label below a psd=y record is the Organizational Domain; with no record there, the Public
  // Suffix Domain's record applies (§4.10.1), not the one at team.corp.dmarcpsd the walk passed.
  it("falls back to the Public Suffix Domain's record when the Organizational Domain has none", async () => {
    const result = await check('mail.team.corp.dmarcpsd');
    expect(result.data).toMatchObject({
      policyDomain: 'dmarcpsd',
      organizationalDomain: { treeWalk: 'corp.dmarcpsd' },
      policy: { domain: { published: 'reject', source: 'p' } },
    });
    expect(result.data.walk.map((step) => step.outcome)).toEqual(['none', 'record', 'none', 'record']);
  });

  // §4.10 step 2: "If multiple DMARC Policy Records are returned for a single target, they are all discarded." The
  // walk goes on (step 4); RFC 7489 §6.6.3 step 5 instead ends discovery ("policy discovery terminates").
  it('discards several records at the Author Domain and walks on, where RFC 7489 receivers stop', async () => {
    const result = await check('dup.walk.dmarctld');
    expect(result.data).toMatchObject({
      discovery: 'found',
      policyDomain: 'walk.dmarctld',
      rfc7489: { status: 'multiple' },
    });
    expect(result.records).toEqual(['v=DMARC1; p=none; sp=quarantine; rua=mailto:d@walk.dmarctld']);
    const multiple = result.findings.find((finding) => finding.id === 'dmarc.multiple-records')!;
    expect(multiple.message).toMatch(
      /discard them all and walk on: the record at _dmarc\.walk\.dmarctld applies instead, while RFC 7489 receivers stop here/,
    );
    const disagreement = result.findings.find((finding) => finding.id === 'dmarc.org-domain-disagreement')!;
    expect(disagreement.message).toMatch(/several records at one name/);
    // A record with a repeated tag is invalid as a whole (RFC 6376 §3.2, whose tag-value syntax RFC 9989 §4.7 takes).
    const twice = await check('twice.walk.dmarctld');
    expect(twice.data).toMatchObject({ policyDomain: 'walk.dmarctld', rfc7489: { status: 'invalid' } });
  });

  // §4.10.1: "If a retrieved DMARC Policy Record does not contain a valid "p" tag, or contains an "sp" or "np" tag
  // that is not valid, then: If a "rua" tag is present and contains at least one syntactically valid reporting URI,
  // the Mail Receiver MUST act as if a record containing "p=none" was retrieved and continue processing; Otherwise,
  // the Mail Receiver applies no DMARC processing to this message."
  it('tells the owner that an invalid sp turns p=reject into p=none, or into no DMARC at all', async () => {
    const typo = await check('typo.dmarctld');
    expect(typo.data.record).toMatchObject({ p: 'reject', policyMode: 'as-none' });
    expect(typo.data.policy).toMatchObject({
      domain: { published: 'none' },
      subdomains: { published: 'none' },
      nonExistentSubdomains: { published: 'none' },
    });
    expect(typo.findings[0]).toMatchObject({ id: 'dmarc.syntax-error', severity: 'error' });
    expect(typo.findings[0]!.message).toMatch(/sp=rejct .*only p=none \(your p=reject is not applied\)/);
    expect(typo.summary).toMatch(/as if it held only p=none/);
    const norua = await check('typo-norua.dmarctld');
    expect(norua.data.discovery).toBe('invalid');
    expect(norua.data.policy).toBeUndefined();
    expect(norua.findings[0]!.message).toMatch(/np=quarantin .*no DMARC processing at all/);
  });

  // §4.8: "Syntax errors in the remainder of the record MUST be discarded in favor of default values (if any) or
  // ignored outright."
  it('discards a bad value and a part that is not tag=value, and applies the rest', async () => {
    const result = await check('sloppy.dmarctld');
    expect(result.data.policy?.domain.applied).toBe('reject');
    expect(result.data.record).toMatchObject({ adkim: 'r', policyMode: 'published' });
    expect(result.findings.map((finding) => finding.severity)).toEqual(['warning', 'warning']);
    expect(result.findings[0]!.message).toMatch(/"reports to us" is not a tag=value pair; receivers discard it/);
  });

  // §4.7: t "has no effect on any policy ("p", "sp", or "np") that is "none""; fo "MUST be ignored if a "ruf" tag
  // (below) is not also specified".
  it('does not call p=none with t=y testing mode, and notes fo without ruf', async () => {
    const result = await check('testnone.dmarctld');
    expect(result.data.policy?.domain).toMatchObject({ published: 'none', applied: 'none' });
    expect(ids(result)).not.toContain('dmarc.testing');
    expect(result.summary).not.toMatch(/testing/);
    expect(result.findings.find((finding) => finding.id === 'dmarc.fo-without-ruf')?.severity).toBe('info');
  });

  // RFC 9990 §4 step 8: "If at least one TXT resource record remains in the set after parsing, then the external
  // reporting arrangement was authorized"; step 4: "If the length of the constructed name exceed DNS limits, a positive
  // determination of the external reporting relationship cannot be made". RFC 7505 §3: a null MX "indicates that the
  // domain accepts no mail"; RFC 5321 §5.1: with no usable MX host there is nowhere to deliver.
  it('judges report destinations: several authorization records, a name too long, domains that take no mail', async () => {
    const result = await check('report.dmarctld');
    expect(result.data.reporting.rua.map((d) => [d.host, d.authorization, d.delivery])).toEqual([
      ['several.dmarctld', 'authorized', 'deliverable'],
      ['nullmx.dmarctld', 'authorized', 'null-mx'],
      ['nohost.dmarctld', 'authorized', 'no-mail-host'],
      ['gone.report.dmarctld', 'internal', 'nxdomain'],
    ]);
    expect(result.findings.map((finding) => finding.at)).toEqual([
      'nullmx.dmarctld',
      'nohost.dmarctld',
      'gone.report.dmarctld',
    ]);
    const long = await check(`${'l'.repeat(60)}.${'m'.repeat(60)}.dmarctld`);
    expect(long.data.reporting.rua[0]).toMatchObject({ authorization: 'not-checkable', delivery: 'deliverable' });
    const finding = long.findings.find((found) => found.id === 'dmarc.rua-unauthorized')!;
    expect(finding.message).toMatch(/is too long for DNS: no receiver can verify it/);
    expect(finding.fix).toMatch(/shorter host name/);
  });

  // RFC 9989 §11.8: "If a PSD publishes a DMARC Policy Record without the appropriate "psd=y" tag, Organizational
  // Domain owners can add "psd=n" to their Organizational Domain's DMARC Policy Record"; §5.2: a PSO's record "MUST
  // include the "psd" tag [...] with a value of "y"".
  it('flags a public suffix that publishes a record without psd=y', async () => {
    const result = await check('dmarc-brand.co.uk');
    const finding = result.findings.find((found) => found.id === 'dmarc.public-suffix-record')!;
    expect(finding).toMatchObject({ at: '_dmarc.co.uk', severity: 'warning' });
    expect(finding.message).toMatch(/co\.uk is a public suffix.*psd=n.*organizational domain of dmarc-brand\.co\.uk/);
    // A PSD record with psd=y is how it should be.
    expect(ids(await check('orphan.dmarcpsd'))).not.toContain('dmarc.public-suffix-record');
  });

  // RFC 9989 §5.1.4: "If the Organizational Domain is different from the Author Domain, a record also needs to be
  // published for the Organizational Domain."
  it('notes an Organizational Domain without a record of its own', async () => {
    const shop = await check('shop.brand.dmarcpsd');
    expect(shop.findings[0]).toMatchObject({
      id: 'dmarc.org-domain-no-record',
      severity: 'warning',
      at: '_dmarc.brand.dmarcpsd',
    });
    // By the Public Suffix List only (RFC 9989 receivers take mail.solo.dmarctld as its own): worth knowing.
    const solo = await check('mail.solo.dmarctld');
    expect(solo.findings[0]).toMatchObject({
      id: 'dmarc.org-domain-no-record',
      severity: 'info',
      at: '_dmarc.solo.dmarctld',
    });
  });

  // RFC 9989 §5.1.8: "Domain Owners wishing to have a specific DMARC Policy Record applied to a given Author Domain
  // longer than eight labels MUST publish a DMARC Policy Record at that domain's location in the DNS namespace".
  it('shows that a record at a level the walk skips is never found', async () => {
    const result = await check('a.b.c.d.e.f.g.h.i.deep.dmarctld');
    // The psd=n record at c.d.e.f.g.h.i.deep.dmarctld would make it the Organizational Domain, but is never asked.
    expect(result.data.walk.map((step) => step.name)).not.toContain('_dmarc.c.d.e.f.g.h.i.deep.dmarctld');
    expect(result.data).toMatchObject({ policyDomain: 'deep.dmarctld', policy: { domain: { published: 'none' } } });
    const finding = result.findings.find((found) => found.id === 'dmarc.deep-name')!;
    expect(finding.message).toMatch(/11 labels.*_dmarc\.c\.d\.e\.f\.g\.h\.i\.deep\.dmarctld is never found/);
  });

  // §4.10.1: "Handling of DNS errors when querying for the DMARC Policy Record is left to the discretion of the Mail
  // Receiver." Without a record at the Author Domain, which record applies depends on every name above (§4.10.2).
  it('leaves the policy unknown when the walk fails above a domain without a record', async () => {
    const lost = await check('lost.edge.dmarcfail');
    expect(lost).toMatchObject({ status: 'error', data: { discovery: 'dns-error' } });
    expect(lost.data.policyDomain).toBeUndefined();
    expect(lost.findings[0]!.message).toMatch(/_dmarc\.dmarcfail failed \(refused.*unknown, not missing/);
    const own = await check('own.edge.dmarcfail');
    expect(own).toMatchObject({ status: 'pass', data: { policyDomain: 'own.edge.dmarcfail' } });
    expect(own.findings[0]!.severity).toBe('info');
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
    // Two walk queries and three distinct authorization names (the RFC 7489 view reuses the walk's answers); the MX
    // of the three destination domains, and A and AAAA of their two distinct exchanges, each asked once.
    expect(session.stats.queries).toBe(12);
  });

  it('produced every finding id of the catalogue', () => {
    expect([...seen].sort()).toEqual(Object.keys(dmarcFindings).sort());
  });
});
