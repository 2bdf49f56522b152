import { mkdtemp } from 'node:fs/promises';
import type { Server as Http1Server } from 'node:http';
import {
  createServer as createH2cServer,
  createSecureServer,
  type Http2SecureServer,
  type Http2Server,
  type ServerHttp2Session,
  type ServerHttp2Stream,
} from 'node:http2';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createHttp2Fetch } from '../../action/http2-fetch.js';
import type { RunResult } from '../../action/run.js';
import { createDohResolver, type FetchFunction } from '../../core/index.js';
import type { FetchResponseLike } from '../../core/platform-types.js';
import { relayDoh } from '../dns-stack/relay-doh.js';
import { startTcpProxy, type TcpProxy } from '../dns-stack/tcp-proxy.js';
import { createTestCa } from '../tls-server/policy-server.js';
import { createWorkspace, runAction, runCli } from './harness.js';

const dohUrl = () => inject('dohUrl');
const origin = () => new URL(dohUrl()).origin;
const path = () => new URL(dohUrl()).pathname;

/** A DoH endpoint of the stack (dnsdist: h2c with prior knowledge on its cleartext listener) through `fetch`. */
const resolverFor = (fetch: FetchFunction, endpoints: string[], extra: Parameters<typeof createDohResolver>[0] = {}) =>
  createDohResolver({ endpoints, fetch, timeoutMs: 3000, retries: 1, backoffMs: 20, ...extra });

/** Relays a server stream's DoH exchange to the stack's dnsdist (over HTTP/1.1) and answers on the stream. */
async function relayStream(stream: ServerHttp2Stream, headers: Record<string, unknown>): Promise<void> {
  const answer = await fetch(`${origin()}${String(headers[':path'])}`, {
    headers: { accept: 'application/dns-message' },
  });
  const bytes = Buffer.from(await answer.arrayBuffer());
  if (stream.destroyed) return;
  stream.respond({ ':status': answer.status, 'content-type': answer.headers.get('content-type') ?? '' });
  stream.end(bytes);
}

async function listen(server: Http2Server | Http2SecureServer | Http1Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const close = (server: Http2Server | Http2SecureServer | Http1Server) =>
  new Promise<void>((resolve) => server.close(() => resolve()));

describe('DoH over HTTP/2 to dnsdist (cleartext, prior knowledge)', () => {
  it('answers and says NXDOMAIN over one connection, and knows the origin speaks h2', async () => {
    const transport = createHttp2Fetch();
    const doh = resolverFor(transport.fetch, [dohUrl()]);
    const [answer, missing, mx] = await Promise.all([
      doh.resolve('gw-m365-esp.test', 'TXT'),
      doh.resolve('nothing-here.gw-m365-esp.test', 'TXT'),
      doh.resolve('gw-m365-esp.test', 'MX'),
    ]);
    expect(answer.status).toBe('answer');
    if (answer.status === 'answer') expect(answer.records.some((r) => r.data.text.startsWith('v=spf1'))).toBe(true);
    expect(missing.status).toBe('nxdomain');
    expect(mx.status).toBe('answer');
    if (mx.status === 'answer') expect(mx.records).toHaveLength(5);
    expect(transport.protocolOf(dohUrl())).toBe('h2');
    expect(transport.stats).toMatchObject({ connections: 1, streams: 3, fallbacks: 0 });
    await transport.close();
  });

  it('sends POST bodies as streams too (RFC 8484 §4.1)', async () => {
    const transport = createHttp2Fetch();
    const doh = resolverFor(transport.fetch, [dohUrl()], { method: 'POST' });
    const result = await doh.resolve('gw-m365-esp.test', 'TXT');
    expect(result.status).toBe('answer');
    expect(transport.stats.streams).toBe(1);
    await transport.close();
  });

  it('keeps the error values: 403 from the /down/ path, a refused port, a timeout on the slow path', async () => {
    const transport = createHttp2Fetch();
    const down = await resolverFor(transport.fetch, [inject('downDohUrl')], { retries: 0 }).resolve(
      'gw-m365-esp.test',
      'TXT',
    );
    expect(down).toMatchObject({ status: 'error', error: { code: 'bad-response', reason: 'http-status' } });
    if (down.status === 'error') expect(down.error.message).toContain('HTTP 403');

    const closed = `http://127.0.0.1:${inject('closedPort')}/dns-query`;
    const refused = await resolverFor(transport.fetch, [closed], { retries: 0 }).resolve('gw-m365-esp.test', 'TXT');
    expect(refused).toMatchObject({ status: 'error', error: { code: 'network', transient: true } });
    if (refused.status === 'error') expect(refused.error.message).toContain('ECONNREFUSED');

    // The slow path delays each answer by dnsDelayMs (50 ms): 15 ms is too short; the stream is cancelled, the
    // connection stays and answers the next query.
    const slow = inject('slowDohUrl');
    const late = await resolverFor(transport.fetch, [slow], { retries: 0, timeoutMs: 15 }).resolve(
      'gw-m365-esp.test',
      'TXT',
    );
    expect(late).toMatchObject({ status: 'error', error: { code: 'timeout' } });
    const inTime = await resolverFor(transport.fetch, [slow], { retries: 0, timeoutMs: 2000 }).resolve(
      'gw-m365-esp.test',
      'TXT',
    );
    expect(inTime.status).toBe('answer');
    expect(transport.stats.connections).toBe(1);
    await transport.close();
  });

  it('stops a stream when the check deadline aborts it', async () => {
    const transport = createHttp2Fetch();
    const doh = resolverFor(transport.fetch, [inject('slowDohUrl')], { retries: 0 });
    const result = await doh.resolve('gw-m365-esp.test', 'TXT', { signal: AbortSignal.timeout(10) });
    expect(result).toMatchObject({ status: 'error', error: { code: 'deadline' } });
    await transport.close();
  });

  it('fails over from a refused port and from the 403 path to the working endpoint', async () => {
    const transport = createHttp2Fetch();
    const closed = `http://127.0.0.1:${inject('closedPort')}/dns-query`;
    const doh = resolverFor(transport.fetch, [closed, inject('downDohUrl'), dohUrl()], { retries: 0 });
    const result = await doh.resolve('gw-m365-esp.test', 'TXT');
    expect(result.status).toBe('answer');
    // Both dnsdist paths share one origin, so one connection.
    expect(transport.stats.connections).toBe(1);
    await transport.close();
  });
});

describe('connections, counted by a TCP pass-through in front of dnsdist', () => {
  let proxy: TcpProxy;
  beforeAll(async () => {
    proxy = await startTcpProxy(origin());
  });
  afterAll(() => proxy.close());

  it('multiplexes 200 concurrent queries over one HTTP/2 connection', async () => {
    const before = proxy.connections;
    const transport = createHttp2Fetch();
    const doh = resolverFor(transport.fetch, [`${proxy.origin}${path()}`]);
    const names = ['gw-m365-esp.test', 'self-hosted.test', 'fastmail-user.test', 'zoho-user.test'];
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => doh.resolve(names[i % names.length]!, i % 2 === 0 ? 'TXT' : 'MX')),
    );
    expect(results.every((result) => result.status === 'answer')).toBe(true);
    expect(proxy.connections - before).toBe(1);
    expect(proxy.protocols.at(-1)).toBe('h2');
    expect(transport.stats.streams).toBe(200);
    await transport.close();
    // Closed at the end of a run: nothing left open.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(proxy.open).toBe(0);
  });

  it('opens a new connection after the old one was reset (a crashed or restarted server)', async () => {
    const before = proxy.connections;
    const transport = createHttp2Fetch();
    const doh = resolverFor(transport.fetch, [`${proxy.origin}${path()}`]);
    expect((await doh.resolve('gw-m365-esp.test', 'TXT')).status).toBe('answer');
    proxy.resetAll();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await Promise.all([doh.resolve('self-hosted.test', 'MX'), doh.resolve('zoho-user.test', 'MX')]);
    expect(again.map((result) => result.status)).toEqual(['answer', 'answer']);
    expect(proxy.connections - before).toBe(2);
    await transport.close();
  });
});

describe('an HTTP/2 server that sends GOAWAY', () => {
  let server: Http2Server;
  let port: number;
  const sessions: ServerHttp2Session[] = [];
  beforeAll(async () => {
    server = createH2cServer();
    let streams = 0;
    server.on('session', (session) => sessions.push(session));
    server.on('stream', (stream, headers) => {
      streams++;
      // After every fifth exchange, the server asks the client to go elsewhere (RFC 9113 §6.8), as on a restart.
      relayStream(stream, headers).then(() => {
        if (streams % 5 === 0) stream.session?.goaway();
      });
    });
    port = await listen(server);
  });
  afterAll(async () => {
    for (const session of sessions) session.destroy();
    await close(server);
  });

  it('answers every query, on a new connection after each GOAWAY', async () => {
    const transport = createHttp2Fetch();
    const doh = resolverFor(transport.fetch, [`http://127.0.0.1:${port}${path()}`]);
    const names = ['gw-m365-esp.test', 'self-hosted.test', 'fastmail-user.test', 'zoho-user.test'];
    const results: string[] = [];
    for (let i = 0; i < 16; i++) results.push((await doh.resolve(names[i % 4]!, 'MX')).status);
    expect(results).toEqual(Array(16).fill('answer'));
    expect(transport.stats.connections).toBe(4);
    expect(sessions.length).toBe(4);
    await transport.close();
  });
});

describe('hostile HTTP/2 DoH answers keep their error values', () => {
  let server: Http2Server;
  let port: number;
  beforeAll(async () => {
    server = createH2cServer();
    server.on('stream', (stream, headers) => {
      const where = String(headers[':path']);
      if (where.startsWith('/html/')) {
        stream.respond({ ':status': 200, 'content-type': 'text/html' });
        stream.end('<html>not DNS</html>');
      } else if (where.startsWith('/huge/')) {
        // More than any DNS message, without a length up front: the transport stops reading.
        stream.respond({ ':status': 200, 'content-type': 'application/dns-message' });
        stream.end(Buffer.alloc(200_000, 1));
      } else if (where.startsWith('/reset/')) {
        // RST_STREAM with INTERNAL_ERROR: the server's own stream reports it as an error, expected here.
        stream.on('error', () => {});
        stream.close(2);
      } else {
        stream.respond({ ':status': 503, 'content-type': 'text/plain' });
        stream.end('busy');
      }
    });
    port = await listen(server);
  });
  afterAll(() => close(server));

  it.each([
    ['html', { code: 'bad-response', reason: 'content-type' }],
    ['huge', { code: 'bad-response', reason: 'too-large' }],
    ['reset', { code: 'network', transient: true }],
    ['busy', { code: 'bad-response', reason: 'http-status', transient: true }],
  ])('%s', async (kind, error) => {
    const transport = createHttp2Fetch();
    const doh = resolverFor(transport.fetch, [`http://127.0.0.1:${port}/${kind}/dns-query`], { retries: 0 });
    expect(await doh.resolve('gw-m365-esp.test', 'TXT')).toMatchObject({ status: 'error', error });
    expect(transport.protocolOf(`http://127.0.0.1:${port}`)).toBe('h2');
    await transport.close();
  });
});

describe('origins that do not speak HTTP/2 get the fallback fetch', () => {
  it('an HTTP/1.1-only DoH server over http:// (the counting pass-through)', async () => {
    const transport = createHttp2Fetch();
    const endpoint = `${inject('countingDohBase')}/h2-fallback${path()}`;
    const doh = resolverFor(transport.fetch, [endpoint]);
    const results = await Promise.all([doh.resolve('gw-m365-esp.test', 'TXT'), doh.resolve('nope.test', 'TXT')]);
    expect(results[0].status).toBe('answer');
    expect(transport.protocolOf(endpoint)).toBe('fallback');
    expect(transport.stats).toMatchObject({ connections: 0, streams: 0, fallbacks: 2 });
    const counted = await fetch(`${inject('countingDohBase')}/h2-fallback/count`);
    expect(((await counted.json()) as { queries: number }).queries).toBe(2);
    await transport.close();
  });
});

describe('https:// origins negotiate h2 by ALPN (a test CA, trusted by these tests only)', () => {
  const ca = createTestCa();
  const leaf = ca.issue(['localhost', '127.0.0.1']);
  let h2: Http2SecureServer;
  let h1: Http1Server;
  let h2Port: number;
  let h1Port: number;
  const agent = new Agent({ connect: { ca: ca.cert } });
  // What the CLI would use for an origin without h2, trusting the same CA.
  const fallback: FetchFunction = (url, init) =>
    undiciFetch(url, { ...init, dispatcher: agent } as Parameters<
      typeof undiciFetch
    >[1]) as unknown as Promise<FetchResponseLike>;
  beforeAll(async () => {
    h2 = createSecureServer({ ...leaf, allowHTTP1: false });
    h2.on('stream', (stream, headers) => {
      relayStream(stream, headers).catch(() => stream.close());
    });
    h2Port = await listen(h2);
    h1 = createHttpsServer(leaf, (request, response) => {
      relayDoh(request, response, `${origin()}${request.url}`, 'the DNS stack did not answer');
    });
    h1Port = await listen(h1);
  });
  afterAll(async () => {
    await close(h2);
    h1.closeAllConnections();
    await close(h1);
    await agent.close();
  });

  it('speaks h2 to a TLS server that offers it', async () => {
    const transport = createHttp2Fetch({ ca: ca.cert, fallback });
    const doh = resolverFor(transport.fetch, [`https://localhost:${h2Port}${path()}`]);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => doh.resolve(i % 2 ? 'gw-m365-esp.test' : 'missing.gw-m365-esp.test', 'TXT')),
    );
    expect(results.map((result) => result.status)).toEqual(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? 'answer' : 'nxdomain')),
    );
    expect(transport.stats).toMatchObject({ connections: 1, streams: 20, fallbacks: 0 });
    await transport.close();
  });

  it('falls back to fetch when ALPN chooses HTTP/1.1', async () => {
    const transport = createHttp2Fetch({ ca: ca.cert, fallback });
    const endpoint = `https://localhost:${h1Port}${path()}`;
    const result = await resolverFor(transport.fetch, [endpoint]).resolve('gw-m365-esp.test', 'TXT');
    expect(result.status).toBe('answer');
    expect(transport.protocolOf(endpoint)).toBe('fallback');
    expect(transport.stats).toMatchObject({ connections: 0, fallbacks: 1 });
    await transport.close();
  });

  it('refuses a certificate it does not trust: a network error, never a fallback', async () => {
    const transport = createHttp2Fetch({ fallback });
    const result = await resolverFor(transport.fetch, [`https://localhost:${h2Port}${path()}`], {
      retries: 0,
    }).resolve('gw-m365-esp.test', 'TXT');
    expect(result).toMatchObject({ status: 'error', error: { code: 'network' } });
    expect(transport.stats.fallbacks).toBe(0);
    await transport.close();
  });
});

describe('the CLI and Action bundles speak HTTP/2 to the DoH endpoint', () => {
  let proxy: TcpProxy;
  beforeAll(async () => {
    proxy = await startTcpProxy(origin());
  });
  afterAll(() => proxy.close());
  const domains = ['gw-m365-esp.test', 'self-hosted.test', 'fastmail-user.test'];

  it('the CLI: one HTTP/2 connection for a run of three domains, and the process exits', async () => {
    const before = proxy.connections;
    const dir = await mkdtemp(join(tmpdir(), 'mailposture-h2-'));
    const result = await runCli(['check', ...domains, '--doh-url', `${proxy.origin}${path()}`, '--json'], dir);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as RunResult;
    expect(json.domains.map((domain) => domain.dnsErrors)).toEqual([[], [], []]);
    expect(proxy.protocols.slice(before)).toEqual(['h2']);
    expect(proxy.open).toBe(0);
  });

  it('the Action: one HTTP/2 connection for the run', async () => {
    const before = proxy.connections;
    const run = await runAction(
      { domains: domains.join('\n'), 'doh-url': `${proxy.origin}${path()}` },
      await createWorkspace(),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.report?.domains.map((domain) => domain.dnsErrors)).toEqual([[], [], []]);
    expect(proxy.protocols.slice(before)).toEqual(['h2']);
  });
});
