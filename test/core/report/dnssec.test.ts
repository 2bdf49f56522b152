import { describe, expect, it } from 'vitest';
import { createLookupSession, type Resolver, scopeSession } from '../../../core/dns/index.js';
import { checkDmarc, checkDomain, withDnssec } from '../../../core/index.js';
import { dnssecState } from '../../../core/report/dnssec.js';
import { createMemoryResolver, mergeZoneData } from '../../../core/testing.js';
import dkim from '../../fixtures/zones/dkim.js';
import dnssec from '../../fixtures/zones/dnssec.js';
import reverse from '../../fixtures/zones/reverse.js';
import tld from '../../fixtures/zones/tld.js';
import { unwrap } from './check-domain-fixtures.js';

// The zones of dnssec.interop.test.ts from memory, whose resolver sets AD for the zones the fixture marks signed as
// a validating resolver does: the same states come out of both (one zone source).
const memory = () => createMemoryResolver(mergeZoneData(dnssec, dkim, reverse, tld));

describe('dnssecState', () => {
  it.each([
    ['pass', [{ validated: true, unvalidated: false }], 'validated'],
    ['fail', [{ validated: false, unvalidated: true }], 'not validated'],
    [
      'warn',
      [
        { validated: true, unvalidated: false },
        { validated: false, unvalidated: true },
      ],
      'mixed',
    ],
    ['pass', [{ validated: true, unvalidated: true }], 'mixed'],
    // No answer at all, or DNS failed: unknown — never validated.
    ['pass', [{ validated: false, unvalidated: false }], 'unknown'],
    ['pass', [], 'unknown'],
    ['error', [{ validated: true, unvalidated: false }], 'unknown'],
  ] as const)('%s with %j → %s', (status, seen, state) => {
    expect(dnssecState(status, seen)).toBe(state);
  });
});

describe('scopes of one lookup session', () => {
  it('share its memo and budget, and each notes the AD flag of the answers it got', async () => {
    const asked: string[] = [];
    const zones = memory();
    const resolver: Resolver = {
      resolve: (name, type, options) => {
        asked.push(`${type} ${name}`);
        return zones.resolve(name, type, options);
      },
    };
    const session = createLookupSession(resolver);
    const signed = scopeSession(session);
    const plain = scopeSession(session);
    const both = scopeSession(session);
    await signed.resolve('mx.dnssec-signed.test', 'A');
    await plain.resolve('mx.dnssec-plain.test', 'A');
    await both.resolve('mx.dnssec-signed.test', 'A');
    await both.resolve('mx.dnssec-plain.test', 'A');
    expect(signed.seen).toEqual({ validated: true, unvalidated: false });
    expect(plain.seen).toEqual({ validated: false, unvalidated: true });
    expect(both.seen).toEqual({ validated: true, unvalidated: true });
    // The memo hits of `both` sent nothing.
    expect(asked).toEqual(['A mx.dnssec-signed.test', 'A mx.dnssec-plain.test']);
    expect(session.stats.queries).toBe(2);
    // A failed lookup is no answer: not counted either way.
    const failed = scopeSession(createLookupSession(resolver, { maxQueries: 0 }));
    expect((await failed.resolve('mx.dnssec-signed.test', 'A')).status).toBe('error');
    expect(failed.seen).toEqual({ validated: false, unvalidated: false });
  });

  it('withDnssec gives a single check the report section shape', async () => {
    const session = createLookupSession(memory());
    const result = await withDnssec(session, (resolver) => checkDmarc('dnssec-plain.test', { resolver }));
    expect(result.status).toBe('pass');
    expect(result.dnssec).toBe('not validated');
  });
});

describe('checkDomain says each section’s DNSSEC state (memory, the zones of dnssec.interop.test.ts)', () => {
  const states = async (domain: string) => {
    const r = unwrap(await checkDomain(domain, { resolver: memory() }));
    return Object.fromEntries(Object.entries(r.sections).map(([name, s]) => [name, s.dnssec]));
  };

  it('validated, but DMARC whose tree walk reads the unsigned TLD', async () => {
    expect(await states('dnssec-signed.test')).toEqual({
      spf: 'validated',
      dmarc: 'mixed',
      dkim: 'validated',
      mx: 'validated',
      ptr: 'validated',
      tls: 'validated',
    });
  });

  it('mixed SPF for an include into an unsigned zone', async () => {
    expect((await states('dnssec-mixed.test')).spf).toBe('mixed');
  });

  it('ptr rests on the mx section’s answers too: an unsigned MX host with a signed reverse zone is mixed', async () => {
    // The MX host's name and address come from unsigned answers; its PTR and forward lookups are the ptr section's.
    const zones = mergeZoneData(dnssec, dkim, reverse, tld, {
      zones: ['dnssec-ptr.test'],
      records: {
        'dnssec-ptr.test': { MX: [[10, 'mx.dnssec-ptr.test']] },
        'mx.dnssec-ptr.test': { A: ['45.33.61.13'] },
        '13.61.33.45.in-addr.arpa': { PTR: ['mx.dnssec-ptr.test'] },
      },
    });
    const r = unwrap(await checkDomain('dnssec-ptr.test', { resolver: createMemoryResolver(zones) }));
    expect(r.sections.mx.dnssec).toBe('not validated');
    expect(r.sections.ptr.dnssec).toBe('mixed');
  });

  it('unknown for a section in error', async () => {
    const down: Resolver = {
      resolve: async (name, type) => ({
        status: 'error',
        name,
        type,
        error: { code: 'servfail', transient: true, message: 'SERVFAIL' },
      }),
    };
    const r = unwrap(await checkDomain('dnssec-signed.test', { resolver: down }));
    expect(Object.values(r.sections).map((s) => [s.status, s.dnssec])).toEqual(
      Object.keys(r.sections).map(() => ['error', 'unknown']),
    );
  });
});
