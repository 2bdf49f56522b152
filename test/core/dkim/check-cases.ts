import { describe, expect, it } from 'vitest';
import { COMMON_DKIM_SELECTORS, checkDkim, type DkimCheck } from '../../../core/dkim/index.js';
import type { Resolver } from '../../../core/dns/index.js';

export const ids = (check: DkimCheck) => check.findings.map((finding) => finding.id).sort();
export const selector = (check: DkimCheck, name: string) =>
  check.data.selectors.find((result) => result.selector === name);

/** The cases of checkDkim any resolver serving test/fixtures/zones/dkim.ts must pass: memory and Knot over DoH. */
export function describeCheckDkim(over: string, makeResolver: () => Resolver): void {
  describe(`checkDkim over ${over}`, () => {
    const resolver = makeResolver();

    it('passes a healthy domain, following a CNAME-delegated selector and a bare PKCS#1 key', async () => {
      const check = await checkDkim('dkim.test', { resolver, selectors: ['pkcs1'] });
      expect(ids(check)).toEqual([]);
      expect(check.status).toBe('pass');
      // No provider hints: the unnamed ESPs' selectors, then `_domainkey`, then the rest of the common list.
      expect(check.data.discovery).toEqual({
        used: true,
        hint: 'exists',
        probed: COMMON_DKIM_SELECTORS.length,
        providers: [],
        commonList: 'probed',
        limited: [],
        asked: [
          'pkcs1',
          's1',
          's2',
          'k1',
          'k2',
          'k3',
          ...COMMON_DKIM_SELECTORS.filter((name) => !/^[ks][123]$/.test(name)),
        ],
      });
      expect(selector(check, 'google')).toMatchObject({
        found: true,
        keyType: 'rsa',
        keyBits: 2048,
        keyFormat: 'spki',
      });
      expect(selector(check, 's1')).toMatchObject({ found: true, keyType: 'ed25519', keyBits: 256 });
      expect(selector(check, 'pkcs1')).toMatchObject({ source: 'named', keyBits: 2048, keyFormat: 'pkcs1' });
      expect(selector(check, 'selector1')).toMatchObject({
        found: true,
        cnameTarget: 'selector1-dkim-test._domainkey.dkim-esp.test',
        keyBits: 2048,
      });
      expect(check.records).toHaveLength(4);
      expect(check.records.every((record) => record.includes('p='))).toBe(true);
      expect(check.summary).toContain('4 DKIM key records found');
    });

    it.each([
      ['dkim-weak.test', 'dkim.weak-key', 'warn'],
      ['dkim-insecure.test', 'dkim.insecure-key', 'fail'],
      ['dkim-revoked.test', 'dkim.revoked', 'warn'],
      ['dkim-testing.test', 'dkim.testing', 'warn'],
      ['dkim-sha1.test', 'dkim.sha1-only', 'fail'],
      ['dkim-tlsrpt.test', 'dkim.not-for-email', 'fail'],
    ])('%s → %s', async (domain, id, status) => {
      const check = await checkDkim(domain, { resolver });
      expect(ids(check)).toEqual([id]);
      expect(check.status).toBe(status);
      expect(check.findings[0]!.at).toMatch(/\._domainkey\./);
    });

    it('reports the key sizes behind weak and insecure keys', async () => {
      expect(selector(await checkDkim('dkim-weak.test', { resolver }), 'k1')?.keyBits).toBe(1024);
      expect(selector(await checkDkim('dkim-insecure.test', { resolver }), 'default')?.keyBits).toBe(512);
    });

    it('flags undecodable keys and records that break the syntax as dkim.invalid-key', async () => {
      const check = await checkDkim('dkim-invalid.test', { resolver });
      expect(ids(check)).toEqual(['dkim.invalid-key', 'dkim.invalid-key']);
      expect(check.status).toBe('fail');
      expect(check.summary).toContain('none usable');
      expect(selector(check, 'pdk1')?.problem).toMatch(/first tag/);
    });

    it('flags several records at one selector', async () => {
      const check = await checkDkim('dkim-multi.test', { resolver });
      expect(ids(check)).toEqual(['dkim.multiple-records', 'dkim.weak-key']);
    });

    it('skips discovery when _domainkey is NXDOMAIN (RFC 8020) and says no selector was found', async () => {
      const check = await checkDkim('dkim-none.test', { resolver });
      // The large ESPs' selectors are probed before the hint; their NXDOMAIN answers show nothing exists below.
      expect(check.data.discovery).toEqual({
        used: false,
        hint: 'nxdomain',
        probed: 5,
        providers: [],
        commonList: 'nxdomain',
        limited: [],
        asked: ['s1', 's2', 'k1', 'k2', 'k3'],
      });
      expect(ids(check)).toEqual(['dkim.no-selector-found']);
      expect(check.status).toBe('warn');
      expect(check.findings[0]!.message).toContain('does not exist');
    });

    it('finds a key at a selector only the user knows, and not by discovery', async () => {
      const blind = await checkDkim('dkim-hidden.test', { resolver });
      expect(ids(blind)).toEqual(['dkim.no-selector-found']);
      const named = await checkDkim('dkim-hidden.test', { resolver, selectors: ['2026Q4'] });
      expect(ids(named)).toEqual([]);
      expect(selector(named, '2026q4')).toMatchObject({ source: 'named', keyType: 'ed25519' });
    });

    it('reports a named selector that is missing, and one whose CNAME dangles', async () => {
      const check = await checkDkim('dkim.test', { resolver, selectors: ['nope', 'gone'] });
      expect(ids(check)).toEqual(['dkim.selector-not-found', 'dkim.selector-not-found']);
      expect(selector(check, 'gone')).toMatchObject({ found: false, cnameTarget: 'removed._domainkey.dkim-esp.test' });
      expect(check.findings.find((finding) => finding.at?.startsWith('gone'))?.message).toContain('CNAME');
      // The keys discovery found do not hide the missing named selectors: the summary names them, as the status does.
      expect(check.status).toBe('fail');
      expect(check.summary).toMatch(/found .*; no key at the named selectors nope, gone\.$/);
    });

    it('does not take a wildcard TXT for a key', async () => {
      const check = await checkDkim('dkim-wildcard.test', { resolver });
      expect(ids(check)).toEqual(['dkim.no-selector-found']);
      expect(check.records).toEqual([]);
    });

    it('rejects selectors that are not DNS names without querying them', async () => {
      const check = await checkDkim('dkim.test', { resolver, selectors: ['bad selector', 'a..b'], discover: false });
      expect(ids(check)).toEqual(['dkim.invalid-selector', 'dkim.invalid-selector', 'dkim.no-selector-found']);
    });

    it('says a domain that sends no mail needs no key (info only)', async () => {
      const check = await checkDkim('dkim-none.test', { resolver, expectKeys: false });
      expect(check.findings.map((finding) => finding.severity)).toEqual(['info']);
      expect(check.status).toBe('pass');
    });

    it('reports dkim.dns-error, never "missing", when DNS refuses', async () => {
      const check = await checkDkim('dkim-unserved.invalid', { resolver, selectors: ['s1'] });
      expect(check.status).toBe('error');
      expect(ids(check)).toContain('dkim.dns-error');
      expect(ids(check)).not.toContain('dkim.no-selector-found');
      expect(selector(check, 's1')).toMatchObject({ found: false, dnsError: 'refused' });
    });
  });
}
