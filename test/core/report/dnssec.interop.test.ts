import { describe, expect, it } from 'vitest';
import { checkDomain, createDohResolver, type DomainReport } from '../../../core/index.js';
import { stackUrl } from '../../dns-stack/resolvers.js';
import { unwrap } from './check-domain-fixtures.js';

// The same fixture zones (test/fixtures/zones/dnssec.ts) through the stack's three paths: Unbound validating Knot's
// signed zones (AD real), Knot alone (an authoritative server never sets AD), and a backend that is down.
const resolverAt = (key: 'validatingDohUrl' | 'dohUrl' | 'downDohUrl') =>
  createDohResolver({ endpoints: [stackUrl(key)], timeoutMs: 3000, ...(key === 'downDohUrl' ? { retries: 0 } : {}) });

const states = (r: DomainReport) => Object.fromEntries(Object.entries(r.sections).map(([name, s]) => [name, s.dnssec]));
const everySection = (r: DomainReport, state: string) =>
  Object.fromEntries(Object.keys(r.sections).map((name) => [name, state]));

describe('each section says whether the answers it rests on were DNSSEC-validated', () => {
  it('validated: a whole posture in signed zones through a validating resolver', async () => {
    const r = unwrap(await checkDomain('dnssec-signed.test', { resolver: resolverAt('validatingDohUrl') }));
    expect(r.complete).toBe(true);
    expect(r.sections.dkim.data.selectors.find((s) => s.selector === 'mail')?.found).toBe(true);
    expect(r.sections.ptr.data.results.map((p) => p.fcrdns)).toEqual([true]);
    // DMARC's tree walk (RFC 9989 §4.10) also reads _dmarc.test, in the lab's unsigned TLD: its section rests on that
    // unvalidated NXDOMAIN too. (On the internet the TLDs are signed.)
    expect(r.sections.dmarc.data.walk.map((step) => step.name)).toEqual(['_dmarc.dnssec-signed.test', '_dmarc.test']);
    expect(states(r)).toEqual({ ...everySection(r, 'validated'), dmarc: 'mixed' });
  });

  it('not validated: the same signed zones through a resolver that does not validate', async () => {
    const r = unwrap(await checkDomain('dnssec-signed.test', { resolver: resolverAt('dohUrl') }));
    expect(r.complete).toBe(true);
    expect(states(r)).toEqual(everySection(r, 'not validated'));
  });

  it('not validated: unsigned zones through the validating resolver', async () => {
    const r = unwrap(await checkDomain('dnssec-plain.test', { resolver: resolverAt('validatingDohUrl') }));
    expect(r.complete).toBe(true);
    expect(states(r)).toEqual(everySection(r, 'not validated'));
  });

  it('mixed: a signed domain whose SPF policy includes a record of an unsigned zone', async () => {
    const r = unwrap(await checkDomain('dnssec-mixed.test', { resolver: resolverAt('validatingDohUrl') }));
    expect(r.sections.spf.status).toBe('pass');
    expect(r.sections.spf.data.tree?.children.map((node) => node.domain)).toEqual(['spf.dnssec-plain.test']);
    expect(states(r)).toEqual({ ...everySection(r, 'validated'), spf: 'mixed', dmarc: 'mixed' });
  });

  it('unknown, never validated: sections DNS could not answer', async () => {
    const r = unwrap(await checkDomain('dnssec-signed.test', { resolver: resolverAt('downDohUrl') }));
    expect(r.complete).toBe(false);
    expect(states(r)).toEqual(everySection(r, 'unknown'));
  });
});
