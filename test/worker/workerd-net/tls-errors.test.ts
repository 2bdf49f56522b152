import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createHttpsFetcher } from '../../../core/https.js';

// The bindings of the workerd-net project (vitest.config.ts).
const bindings = env as unknown as { POLICY_SERVER: string; CLOSED_PORT: string };

// workerd's own network and TLS, no outbound service in between: what its fetch throws is what the port must map.
describe('the HTTPS port over workerd’s own TLS', () => {
  const get = createHttpsFetcher({ timeoutMs: 4000 });

  it('maps the exception workerd throws for a certificate it does not trust to `tls`, not a transient failure', async () => {
    // The policy server's certificates chain to a CA made for this run, which workerd does not trust.
    const result = await get(`${bindings.POLICY_SERVER}/.well-known/mta-sts.txt`);
    // workerd throws "internal error; reference = …" for it (the reason goes to its log only): a TLS failure.
    expect(result).toMatchObject({ ok: false, error: { code: 'tls', transient: false } });
  });

  it('maps a refused connection ("Network connection lost") to `unreachable`', async () => {
    const result = await get(`https://127.0.0.1:${bindings.CLOSED_PORT}/.well-known/mta-sts.txt`);
    expect(result).toMatchObject({ ok: false, error: { code: 'unreachable', transient: false } });
  });
});
