import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDohResolver, createLookupSession, type DnsResult } from '../../../core/dns/index.js';

const dohUrl = inject('dohUrl');

/** A throwaway HTTP server on 127.0.0.1 that answers every request with `handler`. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/dns-query`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('the AD flag of a chased CNAME chain', () => {
  it('is set only when every response of the chain had it (one unvalidated hop is enough to clear it)', async () => {
    // Knot answers out.doh.test with a CNAME into another zone, which the client asks next; this relay sets AD on
    // every response but the first hop's, as if only the target's zone had been validated.
    const relay = await serve(async (req, res) => {
      const real = await fetch(`${dohUrl}${req.url!.slice('/dns-query'.length)}`);
      const bytes = Buffer.from(await real.arrayBuffer());
      const first = bytes.includes(Buffer.from('\x03out\x03doh\x04test', 'latin1'));
      if (!first) bytes[3] = bytes[3]! | 0x20;
      res.writeHead(200, { 'content-type': 'application/dns-message' });
      res.end(bytes);
    });
    try {
      const resolver = createDohResolver({ endpoints: [relay.url], method: 'GET', retries: 0 });
      const chased = await resolver.resolve('out.doh.test', 'TXT');
      expect(chased.status).toBe('answer');
      expect(chased.status !== 'error' && chased.cnames.length).toBe(1);
      expect(chased.status !== 'error' && chased.authenticated).toBe(false);
      // The target alone, one response with AD: validated.
      if (chased.status !== 'answer') throw new Error(chased.status);
      const target = chased.cnames[0]!;
      const direct = await resolver.resolve(target, 'TXT');
      expect(direct.status !== 'error' && direct.authenticated).toBe(true);
    } finally {
      await relay.close();
    }
  });
});

const records = (result: DnsResult) => (result.status === 'answer' ? result.records.map((r) => r.data) : result.status);

describe.each(['GET', 'POST'] as const)('DoH client against Knot behind dnsdist (%s)', (method) => {
  const resolver = createDohResolver({ endpoints: [dohUrl], method, timeoutMs: 2000 });

  it('resolves A and AAAA', async () => {
    expect(records(await resolver.resolve('doh.test', 'A'))).toEqual(['192.0.2.10']);
    expect(records(await resolver.resolve('doh.test', 'AAAA'))).toEqual(['2001:db8::10']);
  });

  it('resolves MX with preferences', async () => {
    const result = await resolver.resolve('doh.test', 'MX');
    expect(records(result)).toEqual(
      expect.arrayContaining([
        { preference: 10, exchange: 'mx1.doh.test' },
        { preference: 20, exchange: 'mx2.doh.test' },
      ]),
    );
  });

  it('keeps TXT character-strings and joins them with no separator', async () => {
    const result = await resolver.resolve('txt.doh.test', 'TXT');
    expect(result.status).toBe('answer');
    const data = result.status === 'answer' ? result.records.map((r) => r.data) : [];
    expect(data).toEqual(
      expect.arrayContaining([
        { strings: ['v=spf1 -all'], text: 'v=spf1 -all' },
        { strings: ['part one;', ' part two'], text: 'part one; part two' },
      ]),
    );
  });

  it('splits and rejoins a TXT value longer than 255 octets', async () => {
    const result = await resolver.resolve('long.doh.test', 'TXT');
    if (result.status !== 'answer') throw new Error(result.status);
    const [record] = result.records;
    expect(record!.data.strings.length).toBe(2);
    expect(record!.data.text).toBe(`v=spf1 ${'ip4:192.0.2.1 '.repeat(30)}-all`);
  });

  it('resolves PTR in in-addr.arpa and ip6.arpa', async () => {
    expect(records(await resolver.resolve('25.2.0.192.in-addr.arpa', 'PTR'))).toEqual(['mx1.doh.test']);
    const ip6 = '5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa';
    expect(records(await resolver.resolve(ip6, 'PTR'))).toEqual(['mx2.doh.test']);
  });

  it('follows a CNAME chain and reports it', async () => {
    const result = await resolver.resolve('alias2.doh.test', 'TXT');
    expect(result.status).toBe('answer');
    if (result.status === 'answer') {
      expect(result.cnames).toEqual(['alias.doh.test', 'txt.doh.test']);
      expect(result.records.every((r) => r.name === 'txt.doh.test')).toBe(true);
    }
  });

  it('chases a CNAME whose target is in another zone (the authoritative server does not)', async () => {
    const result = await resolver.resolve('out.doh.test', 'TXT');
    expect(records(result)).toEqual([{ strings: ['from another zone'], text: 'from another zone' }]);
  });

  it('reports a CNAME loop as an error, not an answer', async () => {
    const result = await resolver.resolve('loop-a.doh.test', 'TXT');
    expect(result.status).toBe('error');
    if (result.status === 'error') expect(result.error.code).toBe('cname-chain');
  });

  it('tells NXDOMAIN from NODATA, empty non-terminals included (RFC 8020)', async () => {
    expect((await resolver.resolve('nothing.doh.test', 'TXT')).status).toBe('nxdomain');
    expect((await resolver.resolve('doh.test', 'PTR')).status).toBe('nodata');
    expect((await resolver.resolve('sub.doh.test', 'TXT')).status).toBe('nodata');
    expect(records(await resolver.resolve('anything.wild.doh.test', 'TXT'))).toEqual([
      { strings: ['wildcard'], text: 'wildcard' },
    ]);
  });

  it('keeps TTLs and the AD flag', async () => {
    const result = await resolver.resolve('doh.test', 'A');
    if (result.status !== 'answer') throw new Error(result.status);
    expect(result.ttl).toBe(300);
    expect(result.records[0]!.ttl).toBe(300);
    // Knot is authoritative and does not validate: AD stays clear.
    expect(result.authenticated).toBe(false);
  });

  it('reports REFUSED for a name outside the served zones', async () => {
    const result = await resolver.resolve('example.invalid', 'TXT');
    expect(result.status).toBe('error');
    if (result.status === 'error') expect(result.error.code).toBe('refused');
  });
});

describe('DoH client failures', () => {
  it('maps dnsdist 403 (backend down) to a bad response, not a missing record', async () => {
    const resolver = createDohResolver({ endpoints: [inject('downDohUrl')], retries: 0 });
    const result = await resolver.resolve('doh.test', 'TXT');
    expect(result.status).toBe('error');
    if (result.status === 'error') {
      expect(result.error).toMatchObject({ code: 'bad-response', reason: 'http-status', transient: false });
    }
  });

  it('fails over to the next endpoint when the first is down', async () => {
    const resolver = createDohResolver({ endpoints: [inject('downDohUrl'), dohUrl], retries: 0 });
    expect(records(await resolver.resolve('doh.test', 'A'))).toEqual(['192.0.2.10']);
  });

  it('gives up on a server that never answers at the per-query timeout, retrying with backoff', async () => {
    let requests = 0;
    const stall = await serve(() => {
      requests++;
    });
    try {
      const resolver = createDohResolver({ endpoints: [stall.url], timeoutMs: 200, retries: 1, backoffMs: 10 });
      const started = Date.now();
      const result = await resolver.resolve('doh.test', 'A');
      expect(result.status).toBe('error');
      if (result.status === 'error') expect(result.error.code).toBe('timeout');
      expect(requests).toBe(2);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await stall.close();
    }
  });

  it('honours the check deadline of a session even when the server stalls', async () => {
    const stall = await serve(() => {});
    try {
      const session = createLookupSession(createDohResolver({ endpoints: [stall.url], timeoutMs: 10_000 }), {
        deadlineMs: 300,
      });
      const result = await session.resolve('doh.test', 'A');
      session.close();
      expect(result.status).toBe('error');
      if (result.status === 'error') expect(result.error.code).toBe('deadline');
      expect(session.stats.deadlineReached).toBe(true);
    } finally {
      await stall.close();
    }
  });

  it.each([
    ['a body that is not DNS', 'application/dns-message', Buffer.from('definitely not dns'), 'undecodable'],
    ['the wrong content type', 'text/html', Buffer.from('<html></html>'), 'content-type'],
  ])('rejects %s', async (_label, type, body, reason) => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    });
    try {
      const result = await createDohResolver({ endpoints: [server.url], retries: 0 }).resolve('doh.test', 'A');
      expect(result.status).toBe('error');
      if (result.status === 'error') expect(result.error).toMatchObject({ code: 'bad-response', reason });
    } finally {
      await server.close();
    }
  });

  it('rejects an answer with another ID, another question or TC set', async () => {
    const upstream = createDohResolver({ endpoints: [dohUrl] });
    expect((await upstream.resolve('doh.test', 'A')).status).toBe('answer');
    const cases: Array<[string, (bytes: Buffer) => Buffer]> = [
      ['id-mismatch', (b) => Buffer.concat([Buffer.from([0x12, 0x34]), b.subarray(2)])],
      ['truncated', (b) => Buffer.concat([b.subarray(0, 2), Buffer.from([b[2]! | 0x02]), b.subarray(3)])],
    ];
    for (const [reason, mutate] of cases) {
      const server = await serve(async (req, res) => {
        const real = await fetch(`${dohUrl}${req.url!.slice('/dns-query'.length)}`);
        const bytes = Buffer.from(await real.arrayBuffer());
        res.writeHead(200, { 'content-type': 'application/dns-message' });
        res.end(mutate(bytes));
      });
      try {
        const result = await createDohResolver({ endpoints: [server.url], retries: 0 }).resolve('doh.test', 'A');
        expect(result.status, reason).toBe('error');
        if (result.status === 'error') expect(result.error.reason).toBe(reason);
      } finally {
        await server.close();
      }
    }
    const swapped = await serve(async (_req, res) => {
      const real = await fetch(`${dohUrl}?dns=AAABAAABAAAAAAAAA2RvaAR0ZXN0AAAGAAE`);
      res.writeHead(200, { 'content-type': 'application/dns-message' });
      res.end(Buffer.from(await real.arrayBuffer()));
    });
    try {
      const result = await createDohResolver({ endpoints: [swapped.url], retries: 0 }).resolve('doh.test', 'A');
      expect(result.status === 'error' && result.error.reason).toBe('question-mismatch');
    } finally {
      await swapped.close();
    }
  });

  it('reports connection refused as a network error', async () => {
    const closed = await serve(() => {});
    await closed.close();
    const result = await createDohResolver({ endpoints: [closed.url], retries: 0 }).resolve('doh.test', 'A');
    expect(result.status === 'error' && result.error.code).toBe('network');
  });

  it('retries HTTP 500 (transient) but not HTTP 400', async () => {
    for (const [status, expected] of [
      [500, 3],
      [400, 1],
    ] as const) {
      let requests = 0;
      const server = await serve((_req, res) => {
        requests++;
        res.writeHead(status).end();
      });
      try {
        await createDohResolver({ endpoints: [server.url], retries: 2, backoffMs: 1 }).resolve('doh.test', 'A');
        expect(requests, `HTTP ${status}`).toBe(expected);
      } finally {
        await server.close();
      }
    }
  });

  it('refuses names DNS cannot carry before sending anything', async () => {
    let requests = 0;
    const server = await serve((_req, res) => {
      requests++;
      res.end();
    });
    try {
      const resolver = createDohResolver({ endpoints: [server.url] });
      const long = await resolver.resolve(`${'a'.repeat(64)}.example`, 'TXT');
      expect(long.status === 'error' && long.error.code).toBe('invalid-name');
      const empty = await resolver.resolve('a..example', 'TXT');
      expect(empty.status === 'error' && empty.error.code).toBe('invalid-name');
      expect(requests).toBe(0);
    } finally {
      await server.close();
    }
  });
});

describe('lookup session', () => {
  beforeAll(() => {});
  afterAll(() => {});

  it('sends identical concurrent lookups once and memoizes them', async () => {
    const session = createLookupSession(createDohResolver({ endpoints: [dohUrl] }));
    const results = await Promise.all([
      session.resolve('doh.test', 'MX'),
      session.resolve('DOH.test.', 'MX'),
      session.resolve('doh.test', 'MX'),
    ]);
    await session.resolve('doh.test', 'MX');
    session.close();
    expect(results.every((r) => r.status === 'answer')).toBe(true);
    expect(session.stats.queries).toBe(1);
    expect(session.stats.memoHits).toBe(3);
  });

  it('never sends more queries than its budget', async () => {
    const session = createLookupSession(createDohResolver({ endpoints: [dohUrl] }), { maxQueries: 3 });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => session.resolve(`n${i}.doh.test`, 'TXT')));
    session.close();
    expect(session.stats.queries).toBe(3);
    expect(results.filter((r) => r.status === 'error' && r.error.code === 'budget-exhausted')).toHaveLength(7);
  });
});
