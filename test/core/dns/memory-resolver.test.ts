import { describe, expect, it } from 'vitest';
import { createLookupSession, createMemoryResolver, mergeZoneData, txtStrings } from '../../../core/dns/index.js';
import doh from '../../fixtures/zones/doh.js';
import other from '../../fixtures/zones/other.js';
import reverse from '../../fixtures/zones/reverse.js';

const resolver = () => createMemoryResolver(mergeZoneData(doh, other, reverse));

describe('memory resolver', () => {
  it('answers the fixture data like the authoritative server does', async () => {
    const r = resolver();
    expect(await r.resolve('doh.test', 'A')).toMatchObject({ status: 'answer', records: [{ data: '192.0.2.10' }] });
    expect((await r.resolve('nothing.doh.test', 'TXT')).status).toBe('nxdomain');
    expect((await r.resolve('doh.test', 'PTR')).status).toBe('nodata');
    // RFC 8020: an empty non-terminal exists.
    expect((await r.resolve('sub.doh.test', 'TXT')).status).toBe('nodata');
    expect(await r.resolve('x.y.wild.doh.test', 'TXT')).toMatchObject({
      status: 'answer',
      records: [{ name: 'x.y.wild.doh.test' }],
    });
    expect((await r.resolve('example.invalid', 'A')).status).toBe('error');
    expect(await r.resolve('alias2.doh.test', 'TXT')).toMatchObject({
      status: 'answer',
      cnames: ['alias.doh.test', 'txt.doh.test'],
    });
    expect(await r.resolve('out.doh.test', 'TXT')).toMatchObject({ status: 'answer', cnames: ['target.other.test'] });
    expect(await r.resolve('loop-a.doh.test', 'TXT')).toMatchObject({
      status: 'error',
      error: { code: 'cname-chain' },
    });
    expect(r.calls[0]).toBe('A doh.test');
  });

  it('splits long TXT values into 255-octet strings, as a zone file loader does', () => {
    const parts = txtStrings('x'.repeat(600));
    expect(parts.map((part) => part.length)).toEqual([255, 255, 90]);
    expect(txtStrings(['a', 'b'])).toEqual(['a', 'b']);
    expect(txtStrings('é'.repeat(200)).map((p) => new TextEncoder().encode(p).length)).toEqual([254, 146]);
  });

  it('simulates timeouts for the types a set does not list', async () => {
    const r = createMemoryResolver({
      zones: [],
      records: { 'slow.example': { TXT: ['v=spf1 -all'], error: 'timeout' } },
    });
    expect((await r.resolve('slow.example', 'TXT')).status).toBe('answer');
    expect(await r.resolve('slow.example', 'A')).toMatchObject({ status: 'error', error: { code: 'timeout' } });
  });

  it('refuses two fixtures defining the same owner', () => {
    expect(() => mergeZoneData(doh, doh)).toThrow(/Two fixtures/);
  });
});

describe('lookup session over a resolver that misbehaves', () => {
  it('turns a throwing resolver into a network error value', async () => {
    const session = createLookupSession({
      resolve: () => {
        throw new Error('boom');
      },
    });
    const result = await session.resolve('example.com', 'A');
    session.close();
    expect(result).toMatchObject({ status: 'error', error: { code: 'network' } });
  });

  it('stops at the deadline even when the resolver never settles and ignores the signal', async () => {
    const session = createLookupSession({ resolve: () => new Promise(() => {}) }, { deadlineMs: 50 });
    const results = await Promise.all([session.resolve('a.example', 'A'), session.resolve('b.example', 'A')]);
    session.close();
    expect(results.map((r) => r.status === 'error' && r.error.code)).toEqual(['deadline', 'deadline']);
    const after = await session.resolve('c.example', 'A');
    expect(after).toMatchObject({ status: 'error', error: { code: 'deadline' } });
    expect(session.stats.queries).toBe(2);
  });
});
