import type { TestProject } from 'vitest/node';
import { startDnsStack } from './dns-stack/stack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** DoH endpoint of the test DNS stack (Knot behind dnsdist on 127.0.0.1). */
    dohUrl: string;
    /** The same data with `dnsDelayMs` added to every query. */
    slowDohUrl: string;
    /** A DoH endpoint whose backend is down (dnsdist answers 403). */
    downDohUrl: string;
    dnsDelayMs: number;
  }
}

/** Starts the DNS stack once for the whole run and stops it by PID at the end. */
export default async function setup(project: TestProject) {
  const stack = await startDnsStack();
  process.stdout.write(`[dns-stack] Knot + dnsdist ready in ${stack.startupMs} ms at ${stack.dohUrl}\n`);
  project.provide('dohUrl', stack.dohUrl);
  project.provide('slowDohUrl', stack.slowDohUrl);
  project.provide('downDohUrl', stack.downDohUrl);
  project.provide('dnsDelayMs', stack.delayMs);
  return async () => {
    await stack.stop();
  };
}
