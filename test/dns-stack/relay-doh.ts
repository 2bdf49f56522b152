import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Relays one DoH exchange (GET or POST, RFC 8484 §4.1) to `upstream` and writes its answer back: the status and
 * content type as the upstream gave them, a 502 with `goneMessage` when the upstream cannot be reached. Shared by the
 * test proxies that stand between a client and the DNS stack.
 */
export async function relayDoh(
  request: IncomingMessage,
  response: ServerResponse,
  upstream: URL | string,
  goneMessage: string,
  body?: Buffer,
): Promise<void> {
  let payload = body;
  if (payload === undefined && request.method === 'POST') {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    payload = Buffer.concat(chunks);
  }
  try {
    const answer = await fetch(upstream, {
      method: request.method,
      headers: {
        accept: 'application/dns-message',
        ...(request.method === 'POST' ? { 'content-type': 'application/dns-message' } : {}),
      },
      ...(request.method === 'POST' && payload ? { body: new Uint8Array(payload) } : {}),
    });
    const bytes = Buffer.from(await answer.arrayBuffer());
    response.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/octet-stream',
    });
    response.end(bytes);
  } catch {
    response.writeHead(502, { 'content-type': 'text/plain' });
    response.end(goneMessage);
  }
}
