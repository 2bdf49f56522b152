import { describe, expect, it } from 'vitest';
import { checkPtr } from '../../../core/ptr/index.js';
import { knotResolver } from '../../dns-stack/resolvers.js';

// The zones of test/fixtures/zones/key-and-ptr-rules.ts, served by Knot behind dnsdist, through the real DoH client.
describe('a PTR that names an alias (Knot over DoH)', () => {
  // RFC 1912 §2.1: "PTR records must point back to a valid A record, not a alias defined by a CNAME."
  it('reports the alias even when the address is forward-confirmed through it', async () => {
    const result = await checkPtr('203.0.113.230', { resolver: knotResolver() });
    expect(result.data).toMatchObject({ fcrdns: true, confirmedName: 'alias.ptr-alias.test' });
    expect(result.data.forward).toEqual([
      {
        name: 'alias.ptr-alias.test',
        addresses: ['203.0.113.230', '203.0.113.231'],
        confirmed: true,
        alias: 'host.ptr-alias.test',
      },
    ]);
    expect(result.findings.map((finding) => [finding.id, finding.severity, finding.rfc])).toEqual([
      ['ptr.cname', 'warning', 'RFC 1912 §2.1'],
    ]);
    expect(result.findings[0]!.message).toMatch(
      /alias\.ptr-alias\.test of 203\.0\.113\.230 is an alias \(CNAME\) of host\.ptr-alias\.test/,
    );
    expect(result.status).toBe('warn');
  });

  it('says nothing when the PTR names the host itself', async () => {
    const result = await checkPtr('203.0.113.231', { resolver: knotResolver() });
    expect(result).toMatchObject({ status: 'pass', findings: [], data: { fcrdns: true } });
    expect(result.data.forward[0]!.alias).toBeUndefined();
  });
});
