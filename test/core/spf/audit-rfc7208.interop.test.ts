import { describe, expect, inject, it } from 'vitest';
import { createDohResolver } from '../../../core/dns/index.js';
import { auditSpf, checkHost, type SpfAudit, spfFindings, spfHeloFindings } from '../../../core/spf/index.js';

// What the audit claims, each against the sentence of RFC 7208 that decides it; the zones are served by Knot behind
// dnsdist and read through the real DoH client.
const resolver = createDohResolver({ endpoints: [inject('dohUrl')], timeoutMs: 2000 });
const audit = (domain: string) => auditSpf(domain, { resolver });
const ids = (result: SpfAudit) => result.findings.map((finding) => finding.id).sort();
const finding = (result: SpfAudit, id: string) => result.findings.find((each) => each.id === id);

describe('RFC 7208 §5.1: "Mechanisms after "all" will never be tested. Mechanisms listed after "all" MUST be ignored."', () => {
  it('counts DNS-querying terms only up to the first all, as check_host() does', async () => {
    const result = await audit('afterall.spf.test');
    // 1 include + its 5 a terms + 3 a terms; the include and a after "~all" would have made it 11.
    expect(result.data.lookups.count).toBe(9);
    expect(ids(result)).toEqual(['spf.terms-after-all']);
    expect(finding(result, 'spf.terms-after-all')).toMatchObject({ severity: 'warning', rfc: 'RFC 7208 §5.1' });
    expect(finding(result, 'spf.terms-after-all')?.message).toBe(
      'The SPF record at afterall.spf.test has 3 mechanisms after "~all" that no receiver evaluates: "include:_spf.clean.spf.test", "a:dead.afterall.spf.test", "~all".',
    );
    expect(result.status).toBe('warn');
    // check_host() for a host the policy does not list stops at "~all" after the same 9 lookups.
    const evaluated = await checkHost({ ip: '45.33.99.1', sender: 'a@afterall.spf.test' }, { resolver });
    expect(evaluated).toMatchObject({ result: 'softfail', mechanism: '~all', lookups: { dns: 9, void: 0 } });
  });

  it('neither follows nor flattens the dead terms', async () => {
    const result = await audit('afterall.spf.test');
    expect(result.data.tree?.children.map((child) => child.domain)).toEqual(['one.many.spf.test']);
    const cidrs = result.data.networks.map((network) => network.cidr);
    expect(cidrs).not.toContain('45.33.21.0/24'); // _spf.clean.spf.test, included after "~all"
    expect(cidrs).not.toContain('45.33.27.9/32'); // a:dead.afterall.spf.test, after "~all"
    expect(cidrs).toContain('45.33.23.1/32');
  });

  it('"Any "redirect" modifier (Section 6.1) MUST be ignored when there is an "all" mechanism in the record"', async () => {
    const result = await audit('redirign.spf.test');
    expect(ids(result)).toEqual(['spf.redirect-ignored']);
    expect(result.data.lookups.count).toBe(0);
    expect(result.data.tree?.children).toEqual([]);
    expect(finding(result, 'spf.redirect-ignored')?.rfc).toBe('RFC 7208 §5.1, §6.1');
  });
});

describe('RFC 7208 §4.6.4: "SPF implementations MUST limit the total number of those terms to 10 during SPF evaluation"', () => {
  it('warns about an include that appears twice in one record: each occurrence counts again', async () => {
    const result = await audit('dup.spf.test');
    expect(ids(result)).toEqual(['spf.duplicate-include']);
    expect(result.data.lookups.count).toBe(2);
    expect(finding(result, 'spf.duplicate-include')).toMatchObject({
      severity: 'warning',
      at: '_spf.clean.spf.test',
      message:
        'include:_spf.clean.spf.test appears 2 times in the SPF policy of dup.spf.test (in the records of dup.spf.test); each occurrence costs 1 DNS lookup.',
    });
  });

  it('warns about an include that appears in two branches of the tree', async () => {
    const result = await audit('dupdeep.spf.test');
    expect(ids(result)).toEqual(['spf.duplicate-include']);
    expect(result.data.lookups.count).toBe(4);
    expect(finding(result, 'spf.duplicate-include')?.message).toContain(
      '(in the records of p1.dupdeep.spf.test, p2.dupdeep.spf.test)',
    );
  });

  it('does not call a loop a duplicate', async () => {
    expect(ids(await audit('loop.spf.test'))).toEqual(['spf.include-loop']);
  });
});

describe('RFC 7208 §4.6.4: void lookups are "either a positive answer (RCODE 0) with an answer count of 0, or a "Name Error" (RCODE 3) answer"', () => {
  it('counts an include whose target does not exist, or has no TXT record, as void', async () => {
    for (const domain of ['incnone.spf.test', 'incnodata.spf.test']) {
      const result = await audit(domain);
      expect(ids(result), domain).toEqual(['spf.include-no-record']);
      expect(result.data.voidLookups.count, domain).toBe(1);
    }
  });

  it('does not count an include whose target answers with TXT records that are not SPF', async () => {
    const result = await audit('incothertxt.spf.test');
    expect(ids(result)).toEqual(['spf.include-no-record']);
    expect(result.data.voidLookups.count).toBe(0);
  });
});

describe('RFC 7208 §5.6: "If CIDR prefix length high-order bits match, the mechanism matches."', () => {
  it('reports host bits as information: the term means its network', async () => {
    const result = await audit('private.spf.test');
    expect(finding(result, 'spf.cidr-not-network')).toMatchObject({
      severity: 'info',
      message:
        '"ip4:192.168.0.1/16" at private.spf.test has host bits set; only the first 16 bits are compared, so it means 192.168.0.0/16.',
    });
    // check_host() agrees: 192.168.200.9 shares the first 16 bits with 192.168.0.1, so it passes.
    const evaluated = await checkHost({ ip: '192.168.200.9', sender: 'a@private.spf.test' }, { resolver });
    expect(evaluated.result).toBe('pass');
  });

  it('warns about a special-purpose range, which RFC 7208 does not forbid', async () => {
    const result = await audit('private.spf.test');
    expect(finding(result, 'spf.non-public-address')).toMatchObject({
      severity: 'warning',
      message:
        '"ip4:192.168.0.1/16" at private.spf.test names 192.168.0.0/16, in a special-purpose range (private, RFC 6890) rather than public address space.',
    });
    expect(result.status).toBe('warn');
  });
});

describe('RFC 7208 §5.5: "This mechanism SHOULD NOT be published." … "compliant check_host() implementations MUST support it."', () => {
  it('warns about ptr without claiming receivers ignore it', async () => {
    const result = await audit('ptr.spf.test');
    expect(ids(result)).toEqual(['spf.ptr-mechanism']);
    const ptr = finding(result, 'spf.ptr-mechanism')!;
    expect(ptr).toMatchObject({ severity: 'warning', rfc: 'RFC 7208 §5.5' });
    expect(ptr.fix).not.toMatch(/ignore/);
    expect(ptr.fix).toMatch(/SHOULD NOT be published/);
  });
});

describe('RFC 7208 §3.4: "the combined length of the DNS name and the text of all the records of a given type is under 450 octets"', () => {
  it('counts the name and every TXT record at it, SPF or not', async () => {
    const result = await audit('bigtxt.spf.test');
    expect(result.records).toEqual(['v=spf1 ip4:45.33.20.0/24 -all']);
    expect(ids(result)).toEqual(['spf.record-too-long']);
    expect(finding(result, 'spf.record-too-long')?.message).toBe(
      'The TXT answer at bigtxt.spf.test is 484 octets (17 for the name, 467 for its 2 TXT records); RFC 7208 §3.4 asks for under 450.',
    );
  });

  it('passes an answer of 449 octets', async () => {
    const result = await audit('fits.spf.test');
    expect(result.findings).toEqual([]);
  });
});

describe('citations', () => {
  it('cites RFC 7208 for every SPF finding, and RFC 1035, 4632 and 6890 without section numbers', () => {
    for (const [id, definition] of Object.entries({ ...spfFindings, ...spfHeloFindings })) {
      expect(definition.rfc, id).toMatch(/^RFC 7208 §/);
      expect(definition.rfc, id).not.toMatch(/RFC (1035|4632|6890) §/);
    }
  });
});
