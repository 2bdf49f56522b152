import {
  createDohResolver,
  createLookupSession,
  type LookupBudget,
  type LookupSession,
  type Resolver,
} from '../core/dns/index.js';
import type { Env } from './env.js';

/** The limits of one single-protocol check (`/v1/spf` …); `checkDomain` applies its own whole-check budget. */
export const REQUEST_BUDGET: LookupBudget = { maxQueries: 200, deadlineMs: 10_000 };

/** The DoH resolver of the Worker, pointed at `env.DOH_URL`. */
export function createWorkerResolver(env: Env): Resolver {
  return createDohResolver({ endpoints: [env.DOH_URL] });
}

/** A bounded lookup session for one single-protocol request; its `stats.minTtl` bounds how long the answer is cached. */
export function createRequestLookups(env: Env): LookupSession {
  return createLookupSession(createWorkerResolver(env), REQUEST_BUDGET);
}
