import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';

/** The first octets of an HTTP/2 connection (RFC 9113 §3.4): what tells a client's HTTP/2 from its HTTP/1.1. */
const PREFACE = 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n';

/** A TCP pass-through that tells how many connections a client opened, and in which protocol each began. */
export interface TcpProxy {
  /** `http://127.0.0.1:PORT`: the upstream's origin as the client sees it. */
  origin: string;
  /** Connections accepted so far. */
  readonly connections: number;
  /** Per connection, in order: `h2` when it began with the HTTP/2 preface, `http/1.1` otherwise. */
  readonly protocols: Array<'h2' | 'http/1.1'>;
  /** Connections open now. */
  readonly open: number;
  /** Resets every open connection (as a crashed or restarted server would), both sides. */
  resetAll(): void;
  close(): Promise<void>;
}

/** Starts a pass-through on 127.0.0.1 to `upstream` (an http origin, e.g. the DNS stack's dnsdist). */
export async function startTcpProxy(upstream: string): Promise<TcpProxy> {
  const target = new URL(upstream);
  const sockets = new Set<Socket>();
  const protocols: Array<'h2' | 'http/1.1'> = [];
  let connections = 0;
  const server: Server = createServer((client) => {
    connections++;
    const index = protocols.length;
    protocols.push('http/1.1');
    const backend = tcpConnect({ host: target.hostname, port: Number(target.port) });
    sockets.add(client);
    sockets.add(backend);
    let first = true;
    client.on('data', (chunk: Buffer) => {
      if (first) {
        first = false;
        if (chunk.subarray(0, PREFACE.length).toString('latin1') === PREFACE) protocols[index] = 'h2';
      }
      backend.write(chunk);
    });
    backend.on('data', (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      backend.destroy();
      sockets.delete(client);
      sockets.delete(backend);
    };
    client.on('close', end);
    backend.on('close', end);
    client.on('error', end);
    backend.on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    get connections() {
      return connections;
    },
    get protocols() {
      return [...protocols];
    },
    get open() {
      return [...sockets].length / 2;
    },
    resetAll() {
      for (const socket of sockets) socket.resetAndDestroy();
      sockets.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
