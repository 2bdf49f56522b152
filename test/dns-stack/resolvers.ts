import { inject } from 'vitest';
import { createDohResolver, type Resolver } from '../../core/dns/index.js';

/** A URL of the test DNS stack, which only the interop layer (`*.interop.test.ts`, `test/worker/workerd/`) has. */
export function stackUrl(key: 'dohUrl' | 'slowDohUrl' | 'downDohUrl' | 'validatingDohUrl'): string {
  const url = inject(key);
  if (!url)
    throw new Error(`No DNS stack in this layer: a test that needs ${key} belongs in a *.interop.test.ts file.`);
  return url;
}

/**
 * The fixture zones as Knot behind dnsdist serves them, through the real DoH client. The interop half of a suite
 * whose cases are written once (e.g. test/core/dkim/check-cases.ts) and run over memory too, so the two cannot drift.
 */
export function knotResolver(): Resolver {
  return createDohResolver({ endpoints: [stackUrl('dohUrl')], timeoutMs: 3000 });
}

/**
 * The fixture zones as a validating resolver serves them: Knot signs the zones the fixtures mark `signed`, Unbound
 * validates them (AD set) in front of it, through the real DoH client.
 */
export function validatingResolver(): Resolver {
  return createDohResolver({ endpoints: [stackUrl('validatingDohUrl')], timeoutMs: 3000 });
}
