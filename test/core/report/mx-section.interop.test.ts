import { describe, expect, it } from 'vitest';
import { checkDomain, createDohResolver, type Resolver } from '../../../core/index.js';
import { stackUrl } from '../../dns-stack/resolvers.js';
import { unwrap } from './check-domain-fixtures.js';

// The mx section's checks that combine sections (RFC 7505 §4.2) or look past the MX hosts (RFC 7208 §2.3), over the
// fixture zones served by Knot behind dnsdist, through the real DoH client.
const doh = () => createDohResolver({ endpoints: [stackUrl('dohUrl')], timeoutMs: 2000 });

/** The DoH resolver, recording every query it is asked (the check's session is above it). */
function counting(): Resolver & { calls: string[] } {
  const resolver = doh();
  const calls: string[] = [];
  return {
    calls,
    resolve: (name, type, options) => {
      calls.push(`${type} ${name}`);
      return resolver.resolve(name, type, options);
    },
  } as Resolver & { calls: string[] };
}

describe('RFC 7505 §4.2: "mail systems SHOULD NOT publish a null MX record for domains that they use in RFC5321.MailFrom or RFC5322.From addresses"', () => {
  it('warns about a null MX on a domain whose SPF record authorizes hosts', async () => {
    const r = unwrap(await checkDomain('report-nullmx-spf.test', { resolver: doh() }));
    const mx = r.sections.mx;
    expect(mx.data.nullMx).toBe(true);
    expect(mx.findings.map((f) => [f.id, f.severity])).toEqual([
      ['mx.null', 'info'],
      ['mx.null-but-sends', 'warning'],
    ]);
    expect(mx.findings[1]).toMatchObject({
      at: 'report-nullmx-spf.test',
      rfc: 'RFC 7505 §4.2',
      message: expect.stringContaining('its SPF record authorizes hosts (45.33.40.32/28)'),
    });
    expect(mx.status).toBe('warn');
    expect(mx.summary).toBe(
      'report-nullmx-spf.test accepts no mail (null MX), yet its SPF record authorizes hosts (45.33.40.32/28).',
    );
    // "If a system nonetheless does so, it risks having its mail rejected": a null MX is not a no-mail declaration.
    expect(r.sendsNoMail).toBe(false);
  });

  it('warns about a null MX on a domain that publishes a DKIM key', async () => {
    const r = unwrap(await checkDomain('report-nullmx-dkim.test', { resolver: doh(), selectors: ['s1'] }));
    const finding = r.sections.mx.findings.find((f) => f.id === 'mx.null-but-sends');
    expect(finding?.message).toContain('it publishes DKIM keys (selector s1)');
    expect(finding?.message).not.toContain('SPF');
    expect(r.sections.mx.status).toBe('warn');
  });

  it('says nothing when neither SPF nor DKIM says the domain sends ("v=spf1 ~all", "v=spf1 -all")', async () => {
    for (const domain of ['report-nullmx-softfail.test', 'report-nomail.test']) {
      const r = unwrap(await checkDomain(domain, { resolver: doh() }));
      expect(r.sections.mx.findings.map((f) => f.id)).toEqual(['mx.null']);
      expect(r.sections.mx.status).toBe('pass');
    }
  });
});

describe('RFC 7208 §2.3: "It is RECOMMENDED that SPF verifiers … separately check the "HELO" identity" — the MX hosts\' names', () => {
  it('checks each MX host with an address as its own HELO name, and shows it in the mx section', async () => {
    const resolver = counting();
    const r = unwrap(await checkDomain('report-helo.test', { resolver }));
    const mx = r.sections.mx;
    expect(mx.data.helo?.hosts.map((host) => [host.host, host.status])).toEqual([
      ['mx1.report-helo.test', 'pass'],
      ['mx2.report-helo.test', 'no-record'],
      ['mx3.report-helo.test', 'not-authorized'],
    ]);
    expect(mx.findings.map((f) => [f.id, f.severity, f.at])).toEqual([
      ['mx.no-address', 'warning', 'gone.report-helo.test'],
      ['mx.provider-hosts', 'info', 'aspmx.l.google.com'],
      ['spf.helo-no-record', 'info', 'mx2.report-helo.test'],
      ['spf.helo-not-authorized', 'warning', 'mx3.report-helo.test'],
    ]);
    expect(mx.status).toBe('warn');
    // A mailbox provider's host is the provider's to publish: not checked, and said so.
    expect(mx.data.helo?.providerHosts).toEqual(['aspmx.l.google.com']);
    expect(mx.summary).toContain('1 host is run by Google Workspace');
    expect(resolver.calls).not.toContain('TXT aspmx.l.google.com');
    // The hosts' A answers come from the MX check's lookups: through the check's one session, no query twice.
    expect(new Set(resolver.calls).size).toBe(resolver.calls.length);
    expect(resolver.calls.filter((call) => call === 'A mx1.report-helo.test')).toHaveLength(1);
    expect(r.queries).toBe(resolver.calls.length);
  });

  it('checks at most 5 MX hosts, lowest preference first, and says it cut', async () => {
    const r = unwrap(await checkDomain('report-helo-many.test', { resolver: doh() }));
    const helo = r.sections.mx.data.helo!;
    expect(helo.hosts.map((host) => host.host)).toEqual([1, 2, 3, 4, 5].map((i) => `mx${i}.report-helo-many.test`));
    expect(helo.skippedHosts).toBe(2);
    expect(r.sections.mx.findings).toMatchObject([
      {
        id: 'spf.helo-hosts-limited',
        severity: 'info',
        message: 'Of 7 host names, the first 5 were checked as HELO identities; 2 were not.',
      },
    ]);
    expect(r.sections.mx.status).toBe('pass');
  });

  it('passes a healthy domain whose hosts publish "v=spf1 a -all" (§10.1.2)', async () => {
    const r = unwrap(await checkDomain('report-good.test', { resolver: doh() }));
    expect(r.sections.mx.data.helo).toMatchObject({ status: 'pass', skippedHosts: 0, providerHosts: [] });
    expect(r.sections.mx.findings).toEqual([]);
  });

  it('is skipped on a null MX and on no MX: there is no mail host to check', async () => {
    for (const domain of ['report-nomail.test', 'mx-implicit.test', 'mx-missing.test']) {
      const resolver = counting();
      const r = unwrap(await checkDomain(domain, { resolver }));
      expect(r.sections.mx.data.helo, domain).toBeUndefined();
      expect(r.sections.mx.findings.filter((f) => f.id.startsWith('spf.'))).toEqual([]);
    }
  });
});
