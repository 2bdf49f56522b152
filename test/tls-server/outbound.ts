import { type Request as MiniflareRequest, Response as MiniflareResponse, fetch as miniflareFetch } from 'miniflare';
import { createDohResolver } from '../../core/dns/index.js';
import { createLoopbackFetch } from './node-fetch.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/**
 * The outbound service of the Worker under test in workerd (Miniflare's `outboundService`): it stands for the
 * internet. An HTTPS GET of a policy host (`mta-sts.*`) is made for real, from Node, to the local policy server — the
 * host name resolved through the test DNS stack to loopback, its certificate verified against the test CA — and a TLS
 * failure is thrown as workerd throws one (an Error naming the certificate); requests to loopback addresses (the DNS
 * stack) pass through; anything else is refused, so no test reaches another machine.
 */
export function createTestOutbound(options: { dohUrl: string; policyPort: number; policyCa: string }) {
  const loopback = createLoopbackFetch({
    resolver: createDohResolver({ endpoints: [options.dohUrl], timeoutMs: 3000 }),
    port: options.policyPort,
    ca: options.policyCa,
  });
  return async (request: MiniflareRequest): Promise<MiniflareResponse> => {
    const url = new URL(request.url);
    if (LOOPBACK.test(url.hostname)) return miniflareFetch(request);
    if (url.protocol !== 'https:' || !url.hostname.startsWith('mta-sts.')) {
      throw new Error(`Network connection lost: the tests reach no host but loopback (${url.hostname}).`);
    }
    let response: Awaited<ReturnType<typeof loopback.fetch>>;
    try {
      response = await loopback.fetch(request.url, {
        method: 'GET',
        redirect: 'manual',
        headers: Object.fromEntries(request.headers),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      const code = String((error as { cause?: { code?: string } }).cause?.code ?? '');
      if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/.test(code)) {
        throw new Error(`TLS peer's certificate is not trusted; reason = ${code}`);
      }
      throw new Error('Network connection lost.');
    }
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'location']) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    return new MiniflareResponse(await response.arrayBuffer(), { status: response.status, headers });
  };
}
