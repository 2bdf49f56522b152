import { describe, expect, it } from 'vitest';
import { checkDkim } from '../../../core/dkim/index.js';
import { knotResolver } from '../../dns-stack/resolvers.js';

// The key of test/fixtures/zones/key-and-ptr-rules.ts, served by Knot behind dnsdist, read through the real DoH client.
describe('DKIM RSA keys over 4096 bits (Knot over DoH)', () => {
  // RFC 8301 §3.2: "Verifiers MUST be able to validate signatures with keys ranging from 1024 bits to 4096 bits, and
  // they MAY be able to validate signatures with larger keys."
  it('warns that verifiers need not support the key', async () => {
    const result = await checkDkim('dkim-large.test', { resolver: knotResolver(), selectors: ['big'] });
    const big = result.data.selectors.find((selector) => selector.selector === 'big');
    expect(big).toMatchObject({ keyType: 'rsa', keyBits: 4608 });
    const findings = result.findings.filter((finding) => finding.id === 'dkim.large-key');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      rfc: 'RFC 8301 §3.2',
      at: 'big._domainkey.dkim-large.test',
    });
    expect(findings[0]!.message).toMatch(/4608 bits; verifiers need only support keys of 1024 to 4096 bits/);
    expect(result.status).toBe('warn');
  });

  it('does not flag a 2048-bit key', async () => {
    const result = await checkDkim('dkim.test', { resolver: knotResolver(), selectors: ['google'] });
    expect(result.findings.map((finding) => finding.id)).not.toContain('dkim.large-key');
  });
});
