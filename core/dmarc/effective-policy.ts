import type { DmarcPolicy, DmarcRecord, EffectivePolicies, EffectivePolicy } from './types.js';

const RANK: Record<DmarcPolicy, number> = { none: 0, quarantine: 1, reject: 2 };

/** Orders policies by strength: negative when `a` is weaker than `b`. */
export function comparePolicies(a: DmarcPolicy, b: DmarcPolicy): number {
  return RANK[a] - RANK[b];
}

/**
 * The policy receivers apply under t=y (RFC 9989 §4.7): they do not apply the published policy but the next milder
 * one, as RFC 7489 §6.6.4 had them do for mail outside pct — reject becomes quarantine, quarantine becomes none.
 */
export function testingPolicy(policy: DmarcPolicy): DmarcPolicy {
  return policy === 'reject' ? 'quarantine' : 'none';
}

function effective(published: DmarcPolicy, source: EffectivePolicy['source'], testing: boolean): EffectivePolicy {
  return { published, source, applied: testing ? testingPolicy(published) : published, testing };
}

/**
 * The effective policies for a domain (RFC 9989 §4.7, §4.10.1): p when the record is the domain's own; sp (default p)
 * for existing subdomains, and for the domain itself when it inherits the record and exists; np (default sp, then p)
 * for non-existent subdomains, and for the domain itself when it inherits the record and does not exist.
 */
export function effectivePolicies(
  record: DmarcRecord,
  { inherited, domainExists = true }: { inherited: boolean; domainExists?: boolean },
): EffectivePolicies {
  const t = record.testing;
  // RFC 9989 §4.10.1: a record acted on as if it held only p=none has no sp or np either.
  const sp = record.policyMode === 'published' ? record.sp : undefined;
  const np = record.policyMode === 'published' ? record.np : undefined;
  const subdomains = sp ? effective(sp, 'sp', t) : effective(record.policy, 'p', t);
  const nonExistentSubdomains = np
    ? effective(np, 'np', t)
    : sp
      ? effective(sp, 'sp', t)
      : effective(record.policy, 'p', t);
  const domain = !inherited ? effective(record.policy, 'p', t) : domainExists ? subdomains : nonExistentSubdomains;
  return { domain, subdomains, nonExistentSubdomains };
}
