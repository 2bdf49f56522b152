import { describe, expect, it } from 'vitest';
import { createMemoryResolver, mergeZoneData, type ZoneData } from '../../../core/dns/index.js';
import { checkHost } from '../../../core/spf/index.js';
import reverse from '../../fixtures/zones/reverse.js';
import spf from '../../fixtures/zones/spf.js';

const zones = mergeZoneData(spf, reverse);

async function check(ip: string, sender: string, data: ZoneData = zones, helo = 'mail.example.org') {
  const resolver = createMemoryResolver(data);
  const result = await checkHost({ ip, sender, helo }, { resolver });
  return { ...result, calls: resolver.calls };
}

describe('checkHost over the SPF fixture (memory resolver)', () => {
  it('matches ip4 without any further lookup', async () => {
    const result = await check('45.33.20.7', 'a@clean.spf.test');
    expect(result).toMatchObject({ result: 'pass', mechanism: 'ip4:45.33.20.0/24', lookups: { dns: 0, void: 0 } });
    expect(result.calls).toEqual(['TXT clean.spf.test']);
  });

  it('matches through include, a and mx, counting each term once', async () => {
    expect(await check('45.33.21.9', 'a@clean.spf.test')).toMatchObject({
      result: 'pass',
      mechanism: 'include:_spf.clean.spf.test',
      lookups: { dns: 1 },
    });
    expect(await check('45.33.22.5', 'a@clean.spf.test')).toMatchObject({
      result: 'pass',
      mechanism: 'a',
      lookups: { dns: 2 },
    });
    const mx = await check('45.33.22.10', 'a@clean.spf.test');
    expect(mx).toMatchObject({ result: 'pass', mechanism: 'mx', lookups: { dns: 3, void: 0 } });
    // RFC 7208 §4.6.4: the MX's address lookup is not a term of its own.
    expect(mx.calls).toEqual([
      'TXT clean.spf.test',
      'TXT _spf.clean.spf.test',
      'A clean.spf.test',
      'MX clean.spf.test',
      'A mx1.clean.spf.test',
    ]);
  });

  it("fails with the default explanation, or the record's own exp=", async () => {
    expect(await check('203.0.113.9', 'a@clean.spf.test')).toMatchObject({
      result: 'fail',
      mechanism: '-all',
      explanation: 'clean.spf.test does not designate 203.0.113.9 as a permitted sender (RFC 7208).',
    });
    expect(await check('203.0.113.9', 'joe@exp.spf.test')).toMatchObject({
      result: 'fail',
      explanation: "203.0.113.9 is not one of exp.spf.test's senders (joe at exp.spf.test, helo mail.example.org).",
    });
  });

  it('checks the HELO identity when MAIL FROM is empty', async () => {
    const result = await check('203.0.113.9', '', zones, 'exp.spf.test');
    expect(result).toMatchObject({ domain: 'exp.spf.test', result: 'fail' });
    expect(result.explanation).toContain('(postmaster at exp.spf.test, helo exp.spf.test)');
  });

  it('validates ptr names by their addresses', async () => {
    expect(await check('45.33.22.10', 'a@ptrok.spf.test')).toMatchObject({
      result: 'pass',
      mechanism: 'ptr:clean.spf.test',
    });
    expect(await check('45.33.22.10', 'a@ptr.spf.test')).toMatchObject({ result: 'fail' });
  });

  it('stops at the 11th DNS-querying term', async () => {
    const result = await check('203.0.113.9', 'a@many.spf.test');
    expect(result).toMatchObject({ result: 'permerror', lookups: { dns: 11 } });
    expect(result.reason).toMatch(/More than 10/);
  });

  it('stops at the third void lookup', async () => {
    expect(await check('203.0.113.9', 'a@void.spf.test')).toMatchObject({ result: 'permerror', lookups: { void: 3 } });
  });

  it('ends a loop and a deep chain with permerror, boundedly', async () => {
    const loop = await check('203.0.113.9', 'a@loop.spf.test');
    expect(loop.result).toBe('permerror');
    expect(loop.calls.length).toBeLessThanOrEqual(3);
    const deep = await check('203.0.113.9', 'a@deep0.spf.test');
    expect(deep).toMatchObject({ result: 'permerror', lookups: { dns: 11 } });
  });

  it('gives permerror for more than 10 MX names', async () => {
    expect(await check('203.0.113.9', 'a@mxmany.spf.test')).toMatchObject({ result: 'permerror' });
  });

  it('maps missing to none, DNS failure to temperror, and include of nothing to permerror', async () => {
    expect(await check('203.0.113.9', 'a@none.spf.test')).toMatchObject({ result: 'none' });
    expect(await check('203.0.113.9', 'a@incnone.spf.test')).toMatchObject({ result: 'permerror' });
    const timeout: ZoneData = {
      zones: [],
      records: { 'a.spf.test': { TXT: ['v=spf1 include:b.spf.test -all'] }, 'b.spf.test': { error: 'timeout' } },
    };
    expect(await check('203.0.113.9', 'x@a.spf.test', timeout)).toMatchObject({ result: 'temperror' });
    expect(await check('203.0.113.9', 'x@b.spf.test', timeout)).toMatchObject({ result: 'temperror' });
  });

  it('handles hostile records without throwing or hanging', async () => {
    const data: ZoneData = {
      zones: [],
      records: {
        'big.spf.test': { TXT: [`v=spf1 ${'ip4:45.33.20.1 '.repeat(3000)}-all`] },
        'terms.spf.test': { TXT: [`v=spf1 ${'a '.repeat(3000)}-all`] },
        'nul.spf.test': { TXT: ['v=spf1 a:x\0.spf.test -all'] },
        'macro.spf.test': { TXT: ['v=spf1 exists:%{l}.%{l}.%{l}.%{l}.%{l}.%{l}.macro.spf.test -all'] },
      },
    };
    expect(await check('203.0.113.9', 'a@big.spf.test', data)).toMatchObject({ result: 'fail' });
    const terms = await check('203.0.113.9', 'a@terms.spf.test', data);
    expect(terms.result).toBe('permerror');
    expect(terms.calls.length).toBeLessThanOrEqual(12);
    expect(await check('203.0.113.9', 'a@nul.spf.test', data)).toMatchObject({ result: 'permerror' });
    const local = 'l'.repeat(60);
    const macro = await check('203.0.113.9', `${local}@macro.spf.test`, data);
    expect(macro.result).toBe('fail');
    const query = macro.calls.find((call) => call.startsWith('A '))!;
    expect(query.length - 2).toBeLessThanOrEqual(253);
    expect(query.endsWith('.macro.spf.test')).toBe(true);
  });

  it('treats an IPv4-mapped IPv6 client as IPv4 and rejects a bad address', async () => {
    expect(await check('::ffff:45.33.20.7', 'a@clean.spf.test')).toMatchObject({ result: 'pass' });
    expect(await check('not-an-ip', 'a@clean.spf.test')).toMatchObject({ result: 'permerror' });
  });
});
