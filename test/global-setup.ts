import type { TestProject } from 'vitest/node';
import { type CountingProxy, startCountingProxy } from './dns-stack/counting-proxy.js';
import { type DnsStack, freePort, startDnsStack } from './dns-stack/stack.js';
import { mtaStsPolicies } from './fixtures/zones/tls.js';
import { type PolicyServer, startPolicyServer } from './tls-server/policy-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** DoH endpoint of the test DNS stack (Knot behind dnsdist on 127.0.0.1). */
    dohUrl: string;
    /** The same data with `dnsDelayMs` added to every query. */
    slowDohUrl: string;
    /** A DoH endpoint whose backend is down (dnsdist answers 403). */
    downDohUrl: string;
    /** The same data through a validating resolver: answers from the fixtures' signed zones carry the AD flag. */
    validatingDohUrl: string;
    dnsDelayMs: number;
    /** A pass-through to the stack that counts queries per tag: DoH at `<base>/<tag>/dns-query`, `<base>/<tag>/count`. */
    countingDohBase: string;
    /** The local HTTPS server of MTA-STS policies (test/tls-server/policy-server.ts): its port and its test CA. */
    policyServerPort: number;
    policyServerCa: string;
    /** A port on 127.0.0.1 with nothing listening (connections are refused). */
    closedPort: number;
  }
}

/** The one stack of a run and how many projects still use it; on globalThis, as each project loads this file anew. */
interface SharedStack {
  stack: Promise<DnsStack>;
  /** The counting pass-through in front of it (test/dns-stack/counting-proxy.ts). */
  counting: Promise<CountingProxy>;
  /** The MTA-STS policy server the Worker's outbound service reaches in workerd. */
  policies: Promise<PolicyServer>;
  users: number;
}
const SHARED = Symbol.for('mailposture.test.dns-stack');
const holder = globalThis as { [SHARED]?: SharedStack };

/**
 * The interop projects' global setup: starts the DNS stack when the first of them runs, provides its URLs to each,
 * and stops it by PID after the last one. The unit project has no global setup, so it never starts the stack.
 */
export default async function setup(project: TestProject) {
  let shared = holder[SHARED];
  if (!shared) {
    const stack = startDnsStack().then((started) => {
      process.stdout.write(`[dns-stack] Knot + dnsdist ready in ${started.startupMs} ms at ${started.dohUrl}\n`);
      return started;
    });
    shared = {
      stack,
      counting: stack.then((started) => startCountingProxy(started.dohUrl)),
      policies: startPolicyServer(mtaStsPolicies),
      users: 0,
    };
    holder[SHARED] = shared;
  }
  shared.users++;
  const stack = await shared.stack;
  project.provide('dohUrl', stack.dohUrl);
  project.provide('slowDohUrl', stack.slowDohUrl);
  project.provide('downDohUrl', stack.downDohUrl);
  project.provide('validatingDohUrl', stack.validatingDohUrl);
  project.provide('dnsDelayMs', stack.delayMs);
  project.provide('countingDohBase', (await shared.counting).base);
  const policies = await shared.policies;
  project.provide('policyServerPort', policies.port);
  project.provide('policyServerCa', policies.ca);
  project.provide('closedPort', await freePort());
  return async () => {
    if (--shared.users > 0) return;
    delete holder[SHARED];
    await (await shared.counting).close();
    await (await shared.policies).close();
    await stack.stop();
  };
}
