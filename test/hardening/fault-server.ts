import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** The faults the server plays, one per path: `${base}/${fault}/dns-query`. */
export const FAULTS = [
  'http-500',
  'http-403',
  'http-429',
  'content-type',
  'truncated-body',
  'random-bytes',
  'id-mismatch',
  'stall',
] as const;
export type Fault = (typeof FAULTS)[number];

/** A local DoH server on 127.0.0.1 that answers wrongly on purpose, and passes `/ok/` and `/count/` to the stack. */
export interface FaultServer {
  base: string;
  url(fault: Fault | 'ok'): string;
  /** Requests received by path prefix (`ok`, `http-500`, …). */
  readonly hits: Map<string, number>;
  /** DNS queries forwarded to the real stack, by `TYPE name`-less key: the raw query bytes in base64url. */
  readonly forwarded: string[];
  close(): Promise<void>;
}

/** Reads a request's DNS query: the `dns` parameter of a GET or the body of a POST (RFC 8484 §4.1). */
async function readQuery(request: IncomingMessage, url: URL): Promise<Buffer> {
  if (request.method === 'GET') return Buffer.from(url.searchParams.get('dns') ?? '', 'base64url');
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Starts the fault server in front of the real DoH stack at `upstream`. */
export async function startFaultServer(upstream: string): Promise<FaultServer> {
  const hits = new Map<string, number>();
  const forwarded: string[] = [];
  const sockets = new Set<Socket>();

  async function forward(query: Buffer): Promise<Buffer> {
    forwarded.push(query.toString('base64url'));
    const response = await fetch(`${upstream}?dns=${query.toString('base64url')}`, {
      headers: { accept: 'application/dns-message' },
    });
    return Buffer.from(await response.arrayBuffer());
  }

  const send = (response: ServerResponse, status: number, type: string, body: Buffer | string) => {
    response.writeHead(status, { 'content-type': type });
    response.end(body);
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const fault = url.pathname.split('/')[1] ?? '';
    hits.set(fault, (hits.get(fault) ?? 0) + 1);
    try {
      const query = await readQuery(request, url);
      switch (fault) {
        case 'http-500':
          return send(response, 500, 'text/plain', 'internal error');
        case 'http-403':
          return send(response, 403, 'text/plain', 'forbidden');
        case 'http-429':
          return send(response, 429, 'text/plain', 'slow down');
        case 'content-type':
          return send(response, 200, 'text/html', '<html><body>a captive portal</body></html>');
        case 'truncated-body': {
          const answer = await forward(query);
          return send(response, 200, 'application/dns-message', answer.subarray(0, Math.min(answer.length - 1, 20)));
        }
        case 'random-bytes':
          return send(response, 200, 'application/dns-message', randomBytes(64 + Math.floor(Math.random() * 200)));
        case 'id-mismatch': {
          // RFC 8484 §4.1 has clients send ID 0; a server that answers with another ID is not answering this query.
          const answer = await forward(query);
          answer.writeUInt16BE((answer.readUInt16BE(0) + 1) & 0xffff, 0);
          return send(response, 200, 'application/dns-message', answer);
        }
        case 'stall':
          return; // never answers; the socket is destroyed when the server closes
        case 'ok':
          return send(response, 200, 'application/dns-message', await forward(query));
        default:
          return send(response, 404, 'text/plain', 'no such fault');
      }
    } catch (error) {
      if (!response.headersSent) send(response, 502, 'text/plain', String(error));
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (fault) => `${base}/${fault}/dns-query`,
    hits,
    forwarded,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A 127.0.0.1 URL where nothing listens: a port that was free a moment ago (connection refused). */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/dns-query`;
}
