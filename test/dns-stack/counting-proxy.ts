import { createServer, type Server } from 'node:http';
import { relayDoh } from './relay-doh.js';

/**
 * A DoH pass-through that counts the queries each tag sends and the most it had in flight at once, so tests can tell
 * how many DNS exchanges a request cost and whether a bound held.
 */
export interface CountingProxy {
  /** `http://127.0.0.1:PORT`: DoH at `<base>/<tag>/dns-query` (any path of the stack after the tag), counts at `<base>/<tag>/count`. */
  base: string;
  close(): Promise<void>;
}

/**
 * Starts a plain HTTP pass-through to a DoH server's origin (the real DNS stack): `/<tag>/<path>` is forwarded to
 * `<origin>/<path>` and counted under `<tag>`; `GET /<tag>/count` answers `{ "queries": n, "maxInFlight": m }`. Tags keep the tests
 * that share the proxy apart.
 */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const origin = new URL(target).origin;
  const counts = new Map<string, number>();
  const inFlight = new Map<string, number>();
  const maxInFlight = new Map<string, number>();
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://proxy.invalid');
    const [, tag = '', ...rest] = url.pathname.split('/');
    if (rest.join('/') === 'count') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ queries: counts.get(tag) ?? 0, maxInFlight: maxInFlight.get(tag) ?? 0 }));
      return;
    }
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
    const now = (inFlight.get(tag) ?? 0) + 1;
    inFlight.set(tag, now);
    maxInFlight.set(tag, Math.max(maxInFlight.get(tag) ?? 0, now));
    response.on('close', () => inFlight.set(tag, (inFlight.get(tag) ?? 1) - 1));
    await relayDoh(request, response, `${origin}/${rest.join('/')}${url.search}`, 'the DNS stack did not answer');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
