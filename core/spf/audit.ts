import { parseDomain } from '../dns/name.js';
import { createLookupSession, isLookupSession, type LookupBudget, type LookupSession } from '../dns/session.js';
import type { Resolver } from '../dns/types.js';
import { createFinding } from '../finding.js';
import { SPF_LOOKUP_LIMIT, SPF_VOID_LIMIT } from './check-host.js';
import { spfFindings } from './findings.js';
import { judgeSpf } from './rules.js';
import type { SpfAudit } from './types.js';
import { DEFAULT_WALK_BOUNDS, policyEnd, walkSpf } from './walk.js';

/** Options of `auditSpf`: the resolver and the audit's own bounds, which hold whatever the resolver does. */
export interface AuditSpfOptions {
  resolver: Resolver;
  /**
   * Bounds of the whole audit's DNS traffic (queries, wall time); 400 queries and 15 s by default. Without it, a
   * resolver that is already a lookup session is used as it is, under that session's bounds.
   */
  budget?: LookupBudget;
  /** Deepest include/redirect level followed (the root is 0). */
  maxDepth?: number;
  /** Most include/redirect nodes in the tree. */
  maxNodes?: number;
  /** Most a/mx/exists terms resolved to flatten the policy. */
  maxResolvedTerms?: number;
}

/**
 * Audits what a domain's SPF policy authorizes for any sender (RFC 7208): `walkSpf` reads the records and their
 * include/redirect tree, counts DNS-querying terms and void lookups against the limits of §4.6.4 and flattens the
 * networks; `judgeSpf` turns that into findings a domain owner can act on, a status and a summary. Bounded by depth,
 * node and lookup counts of its own; never throws.
 */
export async function auditSpf(domain: string, options: AuditSpfOptions): Promise<SpfAudit> {
  const parsed = parseDomain(domain);
  if (!parsed.ok) {
    const finding = createFinding(spfFindings, 'spf.dns-error', `${parsed.error.message} No SPF lookup was made.`, {
      at: domain,
    });
    return {
      status: 'error',
      summary: `SPF could not be checked: ${parsed.error.message}`,
      findings: [finding],
      records: [],
      data: {
        domain,
        lookups: { count: 0, limit: SPF_LOOKUP_LIMIT },
        voidLookups: { count: 0, limit: SPF_VOID_LIMIT },
        networks: [],
        unflattenable: [],
        truncated: false,
      },
    };
  }
  // A lookup session given by the caller (checkDomain's, the Worker's) already memoizes and bounds: it is used as it is.
  const own = options.budget !== undefined || !isLookupSession(options.resolver);
  const session = own
    ? createLookupSession(options.resolver, options.budget ?? { maxQueries: 400 })
    : (options.resolver as LookupSession);
  try {
    const walk = await walkSpf(parsed.name, session, {
      maxDepth: options.maxDepth ?? DEFAULT_WALK_BOUNDS.maxDepth,
      maxNodes: options.maxNodes ?? DEFAULT_WALK_BOUNDS.maxNodes,
      maxResolvedTerms: options.maxResolvedTerms ?? DEFAULT_WALK_BOUNDS.maxResolvedTerms,
    });
    const { status, summary, findings } = judgeSpf(walk);
    const data: SpfAudit['data'] = {
      domain: walk.domain,
      tree: walk.tree.node,
      lookups: { count: walk.lookups, limit: SPF_LOOKUP_LIMIT },
      voidLookups: { count: walk.voidLookups, limit: SPF_VOID_LIMIT },
      networks: walk.networks,
      unflattenable: walk.unflattenable,
      truncated: walk.truncated,
    };
    const all = policyEnd(walk.tree)?.node.all;
    if (all !== undefined) data.all = all;
    // One section shape: the verdict fields, then the audit's own in `data`.
    return { status, summary, findings, records: walk.tree.node.records, data };
  } finally {
    if (own) session.close();
  }
}
