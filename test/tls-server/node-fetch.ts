import type { LookupAddress, LookupOptions } from 'node:dns';
import { Agent, buildConnector, fetch as undiciFetch } from 'undici';
import type { Resolver } from '../../core/dns/index.js';
import type { HttpsFetchFunction, HttpsResponseLike } from '../../core/https.js';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

const errno = (code: string, host: string) =>
  Object.assign(new Error(`getaddrinfo ${code} ${host}`), { code, hostname: host });

/**
 * A `fetch` as the CLI's platform gives it, with two test-only differences: host names are resolved through the test
 * DNS stack (and only to loopback addresses: no test can reach another machine), and connections go to the local
 * policy server's port, whose certificates chain to the test CA that this fetch trusts. Verification stays on.
 */
export function createLoopbackFetch(options: { resolver: Resolver; port: number; ca: string }): {
  fetch: HttpsFetchFunction;
  close(): Promise<void>;
} {
  const lookup = (hostname: string, lookupOptions: LookupOptions, callback: LookupCallback) => {
    options.resolver.resolve(hostname, 'A').then((result) => {
      if (result.status === 'error') return callback(errno('EAI_AGAIN', hostname), []);
      if (result.status !== 'answer') return callback(errno('ENOTFOUND', hostname), []);
      const addresses = result.records.map((record) => record.data).filter((address) => address.startsWith('127.'));
      if (addresses.length === 0) return callback(errno('ECONNREFUSED', hostname), []);
      if (lookupOptions.all)
        callback(
          null,
          addresses.map((address) => ({ address, family: 4 })),
        );
      else callback(null, addresses[0]!, 4);
    });
  };
  const connector = buildConnector({ ca: options.ca, lookup } as buildConnector.BuildOptions);
  const agent = new Agent({
    connect: (connectOptions, callback) => connector({ ...connectOptions, port: String(options.port) }, callback),
  });
  return {
    fetch: (url, init) => undiciFetch(url, { ...init, dispatcher: agent }) as unknown as Promise<HttpsResponseLike>,
    close: () => agent.close(),
  };
}
