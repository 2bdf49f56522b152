import { exports } from 'cloudflare:workers';

let client = 0;

/**
 * Sends a GET to the Worker as a new client (its own `CF-Connecting-IP`, in its own /64, the unit the limiter counts
 * an IPv6 client by), so that the rate limit counts only what a test means it to count.
 */
export function get(path: string, init: { clientIp?: string; method?: string; headers?: Record<string, string> } = {}) {
  client++;
  const clientIp = init.clientIp ?? `2001:db8:7e57:${client.toString(16)}::1`;
  return exports.default.fetch(`http://worker.example${path}`, {
    method: init.method ?? 'GET',
    redirect: 'manual',
    headers: { 'CF-Connecting-IP': clientIp, ...init.headers },
  });
}

/** The JSON body of a response, typed loosely for assertions. */
// biome-ignore lint/suspicious/noExplicitAny: test assertions walk arbitrary JSON
export async function body(response: Response): Promise<any> {
  return response.json();
}
