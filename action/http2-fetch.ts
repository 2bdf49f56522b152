import {
  type ClientHttp2Session,
  type ClientHttp2Stream,
  connect as connectHttp2,
  constants,
  type IncomingHttpHeaders,
} from 'node:http2';
import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls, type TLSSocket } from 'node:tls';
import type { FetchFunction } from '../core/index.js';

/** What the DoH client passes to its `fetch`, and what it reads of the response (core's port). */
type FetchInitLike = Parameters<FetchFunction>[1];
type FetchResponseLike = Awaited<ReturnType<FetchFunction>>;

/** Options of `createHttp2Fetch`. */
export interface Http2FetchOptions {
  /** Where requests go when an origin does not speak HTTP/2; the platform's `fetch` by default. */
  fallback?: FetchFunction;
  /** Certificates to trust instead of the system's (tests only: a test CA). */
  ca?: string;
  /** Time allowed to connect and learn whether an origin speaks HTTP/2 (TCP, TLS, the server's SETTINGS). */
  connectTimeoutMs?: number;
  /** A response body is read up to this many octets, then the stream is cancelled (a DNS message is at most 65,535). */
  maxBodyBytes?: number;
}

/** What the transport did, for tests and the bench. */
export interface Http2FetchStats {
  /** HTTP/2 connections opened (TCP or TLS; counted once the server's SETTINGS arrived), over all origins. */
  connections: number;
  /** Requests sent as HTTP/2 streams. */
  streams: number;
  /** Requests sent through the fallback `fetch`, because their origin does not speak HTTP/2. */
  fallbacks: number;
}

/** A `fetch` for the DoH client that multiplexes every request to an origin over one HTTP/2 connection. */
export interface Http2Fetch {
  fetch: FetchFunction;
  /** `h2` once an origin was seen speaking HTTP/2, `fallback` once it was seen not to, undefined before. */
  protocolOf(origin: string): 'h2' | 'fallback' | undefined;
  readonly stats: Http2FetchStats;
  /** Closes every connection (streams in flight are cancelled); later requests open new ones. */
  close(): Promise<void>;
}

/** Thrown for an origin that was reached but does not speak HTTP/2 (HTTP/1.1 only, or ALPN chose another). */
class NotHttp2 extends Error {}

/** Whether a request failed before the server could act on it, so that sending it again is safe. */
function unsent(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return (
    code === 'ERR_HTTP2_INVALID_SESSION' ||
    code === 'ERR_HTTP2_GOAWAY_SESSION' ||
    code === 'ERR_HTTP2_OUT_OF_STREAMS' ||
    (code === 'ERR_HTTP2_STREAM_ERROR' && /REFUSED_STREAM/.test(message ?? ''))
  );
}

const DEFAULT_CONNECT_TIMEOUT_MS = 5000;
const DEFAULT_MAX_BODY = 65_536;

type Connection = { kind: 'h2'; session: ClientHttp2Session } | { kind: 'fallback' };

/** A response whose body is read while the DoH client looks at its status and headers. */
function responseOf(stream: ClientHttp2Stream, headers: IncomingHttpHeaders, maxBody: number): FetchResponseLike {
  const chunks: Buffer[] = [];
  let size = 0;
  const body = new Promise<ArrayBuffer>((resolve, reject) => {
    const done = () => {
      // A DNS answer mostly arrives in one DATA frame: no concatenation then.
      const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
      resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    };
    stream.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      // More than a DNS message can hold: no need to read the rest (the client reports it as too large).
      if (size > maxBody) {
        stream.close(constants.NGHTTP2_CANCEL);
        done();
      }
    });
    stream.once('end', done);
    stream.once('error', reject);
    stream.once('close', () => {
      if (stream.rstCode !== constants.NGHTTP2_NO_ERROR && size <= maxBody)
        reject(new Error(`The HTTP/2 stream was reset (code ${stream.rstCode}).`));
    });
  });
  // A body nobody reads must not become an unhandled rejection.
  body.catch(() => {});
  return {
    status: Number(headers[':status']),
    headers: {
      get(name: string) {
        const value = headers[name.toLowerCase()];
        if (value === undefined) return null;
        return Array.isArray(value) ? value.join(', ') : String(value);
      },
    },
    arrayBuffer: () => body,
  };
}

/**
 * Creates a `fetch` for the DoH client (core's `FetchFunction` port) that sends every request to one origin as a
 * stream of one HTTP/2 connection (RFC 9113), instead of an HTTP/1.1 exchange per query. `https:` origins negotiate
 * `h2` by ALPN; `http:` origins are spoken to in cleartext HTTP/2 with prior knowledge (RFC 9113 §3.3). An origin that
 * answers but does not speak HTTP/2 is sent the rest of the run's requests through `fallback`. A connection that
 * closes (GOAWAY, reset, server restart) is dropped and the next request opens a new one; the DoH client's timeout
 * and abort signal cancel a stream, never the connection. Connections do not keep the process alive; `close()` ends
 * them at the end of a run.
 */
export function createHttp2Fetch(options: Http2FetchOptions = {}): Http2Fetch {
  const fallback: FetchFunction =
    options.fallback ?? ((url, init) => fetch(url, init as Parameters<typeof fetch>[1]) as Promise<FetchResponseLike>);
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const connections = new Map<string, Promise<Connection>>();
  const known = new Map<string, 'h2' | 'fallback'>();
  const open = new Set<ClientHttp2Session>();
  const stats: Http2FetchStats = { connections: 0, streams: 0, fallbacks: 0 };

  /** Opens the socket, and for TLS checks that ALPN chose h2. */
  function socketFor(url: URL): Promise<Socket | TLSSocket> {
    const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    return new Promise((resolve, reject) => {
      const tls = url.protocol === 'https:';
      const socket: Socket | TLSSocket = tls
        ? connectTls({
            host,
            port,
            ALPNProtocols: ['h2', 'http/1.1'],
            ...(/^[\d.]+$|:/.test(host) ? {} : { servername: host }),
            ...(options.ca ? { ca: options.ca } : {}),
          })
        : connectTcp({ host, port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`Connecting to ${url.origin} took more than ${connectTimeoutMs} ms.`));
      }, connectTimeoutMs);
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.once(tls ? 'secureConnect' : 'connect', () => {
        clearTimeout(timer);
        if (tls && (socket as TLSSocket).alpnProtocol !== 'h2') {
          socket.destroy();
          reject(new NotHttp2(`${url.origin} did not offer h2 by ALPN.`));
          return;
        }
        resolve(socket);
      });
    });
  }

  /** Connects and waits for the server's SETTINGS frame: the proof that it speaks HTTP/2. */
  async function connect(origin: string): Promise<Connection> {
    const url = new URL(origin);
    let socket: Socket | TLSSocket;
    try {
      socket = await socketFor(url);
    } catch (error) {
      if (error instanceof NotHttp2) return { kind: 'fallback' };
      throw error;
    }
    const session = connectHttp2(origin, { createConnection: () => socket });
    open.add(session);
    const forget = () => {
      open.delete(session);
      // Only this session's entry: a newer one may have replaced it already.
      if (sessions.get(origin) === session) {
        connections.delete(origin);
        sessions.delete(origin);
      }
    };
    session.on('close', forget);
    session.on('goaway', forget);
    session.on('error', forget);
    return new Promise<Connection>((resolve, reject) => {
      const timer = setTimeout(() => {
        session.destroy();
        reject(new Error(`${origin} sent no HTTP/2 settings within ${connectTimeoutMs} ms.`));
      }, connectTimeoutMs);
      session.once('remoteSettings', () => {
        clearTimeout(timer);
        stats.connections++;
        // Idle connections must not keep a finished run's process alive.
        session.unref();
        resolve({ kind: 'h2', session });
      });
      // Reached, but the first bytes back are not HTTP/2 (an HTTP/1.1 server answers the preface with 400).
      const notHttp2 = () => {
        clearTimeout(timer);
        session.destroy();
        resolve({ kind: 'fallback' });
      };
      session.once('error', notHttp2);
      session.once('close', notHttp2);
    });
  }

  const sessions = new Map<string, ClientHttp2Session>();

  function connectionFor(origin: string): Promise<Connection> {
    let pending = connections.get(origin);
    if (!pending) {
      pending = connect(origin).then(
        (connection) => {
          known.set(origin, connection.kind);
          if (connection.kind === 'h2') {
            if (connection.session.closed || connection.session.destroyed) connections.delete(origin);
            else sessions.set(origin, connection.session);
          }
          return connection;
        },
        (error: unknown) => {
          // Unreachable now is not "no HTTP/2": the next request tries again.
          connections.delete(origin);
          throw error;
        },
      );
      connections.set(origin, pending);
    }
    return pending;
  }

  /** One request as one stream; rejects (a network error for the client) if the stream fails before its headers. */
  function send(session: ClientHttp2Session, path: string, init: FetchInitLike): Promise<FetchResponseLike> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = {
        ':method': init.method ?? 'GET',
        ':path': path,
        ...(init.headers ?? {}),
      };
      const { signal } = init;
      if (signal?.aborted) {
        reject(signal.reason ?? new Error('The request was aborted.'));
        return;
      }
      const stream = session.request(headers, { endStream: init.body === undefined });
      if (signal) {
        // The DoH client's timeout or the check's deadline: cancel this stream (RST_STREAM), keep the connection.
        const onAbort = () => {
          reject(signal.reason ?? new Error('The request was aborted.'));
          stream.close(constants.NGHTTP2_CANCEL);
        };
        signal.addEventListener('abort', onAbort, { once: true });
        stream.once('close', () => signal.removeEventListener('abort', onAbort));
      }
      stats.streams++;
      let answered = false;
      stream.once('response', (responseHeaders) => {
        answered = true;
        resolve(responseOf(stream, responseHeaders, maxBody));
      });
      stream.once('error', reject);
      // Every stream closes; only one that closes unanswered is an error (building an Error costs a stack trace).
      stream.once('close', () => {
        if (!answered) reject(new Error(`The HTTP/2 stream closed before its response (code ${stream.rstCode}).`));
      });
      if (init.body !== undefined) stream.end(init.body);
    });
  }

  // The DoH client sends one endpoint URL with a new `?dns=` each time: its origin and path are parsed once.
  const parsed = new Map<string, { origin: string; pathname: string; web: boolean }>();
  const target = (input: string) => {
    const query = input.indexOf('?');
    const base = query < 0 ? input : input.slice(0, query);
    let known = parsed.get(base);
    if (!known) {
      const url = new URL(base);
      known = {
        origin: url.origin,
        pathname: url.pathname,
        web: url.protocol === 'https:' || url.protocol === 'http:',
      };
      if (parsed.size > 64) parsed.clear();
      parsed.set(base, known);
    }
    // The query as given (the DoH client writes it already encoded: base64url), without a fragment.
    const hash = input.indexOf('#', query);
    const search = query < 0 ? '' : hash < 0 ? input.slice(query) : input.slice(query, hash);
    return { origin: known.origin, pathname: known.pathname, web: known.web, path: `${known.pathname}${search}` };
  };

  const http2Fetch: FetchFunction = async (input, init) => {
    const { origin, path, web } = target(input);
    if (!web) return fallback(input, init);
    for (let attempt = 0; ; attempt++) {
      const connection = await connectionFor(origin);
      if (connection.kind === 'fallback') {
        stats.fallbacks++;
        return fallback(input, init);
      }
      const { session } = connection;
      try {
        return await send(session, path, init);
      } catch (error) {
        // The server never saw the request (the session was closing, or it refused the stream after a GOAWAY): send
        // it once more on a new connection. Anything else is the DoH client's to judge and retry.
        if (attempt > 0 || !unsent(error) || init.signal?.aborted) throw error;
        if (sessions.get(origin) === session) {
          sessions.delete(origin);
          connections.delete(origin);
        }
      }
    }
  };

  return {
    fetch: http2Fetch,
    protocolOf: (origin) => known.get(new URL(origin).origin),
    stats,
    async close() {
      const closing = [...open].map(
        (session) =>
          new Promise<void>((resolve) => {
            if (session.destroyed) return resolve();
            // Held until it has closed, or an unreferenced socket would let the process exit first.
            session.ref();
            // Streams still open would hold a graceful close: end them.
            const timer = setTimeout(() => session.destroy(), 100);
            session.once('close', () => {
              clearTimeout(timer);
              resolve();
            });
            session.close();
          }),
      );
      connections.clear();
      sessions.clear();
      await Promise.all(closing);
    },
  };
}
