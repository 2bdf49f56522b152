import { describe, expect, it } from 'vitest';
import { describeDnsFailure, dnsFailureCause } from '../../../core/dns/failure.js';
import type { DnsError, DnsErrorCode } from '../../../core/dns/types.js';

const error = (code: DnsErrorCode, reason?: DnsError['reason']): DnsError => ({
  code,
  ...(reason ? { reason } : {}),
  transient: true,
  message: code,
});

describe('dnsFailureCause', () => {
  it.each<[DnsErrorCode, DnsError['reason'], string]>([
    ['servfail', undefined, 'domain'],
    ['refused', undefined, 'domain'],
    ['rcode', undefined, 'domain'],
    ['cname-chain', undefined, 'domain'],
    ['invalid-name', undefined, 'domain'],
    ['timeout', undefined, 'resolver'],
    ['network', undefined, 'resolver'],
    ['bad-response', 'http-status', 'resolver'],
    ['bad-response', 'content-type', 'resolver'],
    ['bad-response', 'undecodable', 'resolver'],
    ['budget-exhausted', undefined, 'limit'],
    ['deadline', undefined, 'limit'],
  ])('%s %s is the %s', (code, reason, cause) => {
    expect(dnsFailureCause(error(code, reason))).toBe(cause);
  });

  it('gives a fix that fits the cause: the DoH endpoint for the resolver, the name servers for the domain', () => {
    expect(describeDnsFailure(error('bad-response', 'http-status')).fix).toMatch(/DoH endpoint/);
    expect(describeDnsFailure(error('bad-response', 'http-status')).fix).not.toMatch(/name server/);
    expect(describeDnsFailure(error('servfail'), 'TXT').fix).toMatch(/name server of the zone answers TXT queries/);
    expect(describeDnsFailure(error('deadline')).fix).toMatch(/own bound/);
  });
});
