import { getDomain } from 'tldts';
import { canonicalName } from '../dns/name.js';
import type { DnsResult, Resolver } from '../dns/types.js';
import { isDmarcRecord, looksLikeDmarc, parseDmarc } from './parse.js';
import { createTxtLookup, type TxtLookup } from './txt-lookup.js';
import type { DiscoveryStatus, DmarcDiscovery, Rfc7489View, TreeWalkStep } from './types.js';

/** RFC 9989 §4.10: the walk sends at most this many queries. */
export const MAX_TREE_WALK_QUERIES = 8;

/**
 * The domains the DNS Tree Walk looks at, in order (RFC 9989 §4.10): the domain itself, then — for a name of eight
 * or more labels — its last seven labels, then one label fewer at each step down to the top-level domain. At most 8.
 */
export function treeWalkTargets(domain: string): string[] {
  const labels = canonicalName(domain).split('.');
  const targets = [labels.join('.')];
  let count = labels.length >= MAX_TREE_WALK_QUERIES ? MAX_TREE_WALK_QUERIES - 1 : labels.length - 1;
  for (; count >= 1; count--) targets.push(labels.slice(labels.length - count).join('.'));
  return targets;
}

/** What the TXT records at `_dmarc.<domain>` amount to (RFC 9989 §4.10 steps 2 and 7). */
export function evaluateDmarcAnswer(domain: string, result: DnsResult<'TXT'>): TreeWalkStep {
  const name = `_dmarc.${domain}`;
  if (result.status === 'error') {
    return {
      domain,
      name,
      outcome: 'dns-error',
      records: [],
      lookalikes: [],
      dnsError: { code: result.error.code, message: result.error.message },
    };
  }
  const texts = result.status === 'answer' ? result.records.map((record) => record.data.text) : [];
  // Step 2: records that do not start with v=DMARC1 are discarded; several DMARC records are all discarded.
  const records = texts.filter(isDmarcRecord);
  const lookalikes = texts.filter((text) => looksLikeDmarc(text) && !isDmarcRecord(text));
  if (records.length === 0) return { domain, name, outcome: 'none', records, lookalikes };
  if (records.length > 1) return { domain, name, outcome: 'multiple', records, lookalikes };
  const parsed = parseDmarc(records[0]!);
  if (!parsed.ok) {
    return { domain, name, outcome: 'invalid', records, lookalikes, error: parsed.error, issues: parsed.issues };
  }
  return { domain, name, outcome: 'record', records, lookalikes, record: parsed.record, issues: parsed.issues };
}

/** The ancestor of `domain` with one label more than `parent` (the organizational domain below a PSD). */
function oneLabelBelow(domain: string, parent: string): string {
  const labels = domain.split('.');
  const count = parent.split('.').length + 1;
  return labels.slice(labels.length - count).join('.');
}

/**
 * The organizational domain from the records the walk found (RFC 9989 §4.10.2), longest name first: a record with
 * psd=n is it; a record with psd=y, other than the starting domain's, puts it one label below; otherwise the record
 * with the fewest labels; with no record at all, the domain itself.
 */
export function organizationalDomainOf(domain: string, walk: readonly TreeWalkStep[]): string {
  const found = walk.filter((step) => step.outcome === 'record');
  for (const step of found) {
    if (step.record!.psd === 'n') return step.domain;
    if (step.record!.psd === 'y' && step.domain !== domain) return oneLabelBelow(domain, step.domain);
  }
  const highest = found.at(-1);
  return highest ? highest.domain : domain;
}

/** The organizational domain by the Public Suffix List, as RFC 7489 §3.2 defines it. */
export function pslOrganizationalDomain(domain: string): string {
  return getDomain(domain, { allowPrivateDomains: true }) ?? domain;
}

/** RFC 7489 §6.6.3: the record at the domain, else at its organizational domain; several or none end discovery. */
async function rfc7489View(domain: string, lookup: TxtLookup, walked: readonly TreeWalkStep[]): Promise<Rfc7489View> {
  const organizationalDomain = pslOrganizationalDomain(domain);
  const candidates = organizationalDomain === domain ? [domain] : [domain, organizationalDomain];
  for (const candidate of candidates) {
    // Both views read the same answers: a step the tree walk already judged is not parsed again.
    const step =
      walked.find((known) => known.domain === candidate) ??
      evaluateDmarcAnswer(candidate, await lookup(`_dmarc.${candidate}`));
    // Step 3: only an empty set (after discarding non-DMARC records) sends the receiver on to the organizational domain.
    if (step.outcome === 'none') continue;
    const status: DiscoveryStatus =
      step.outcome === 'record' ? (step.record!.policyMode === 'no-dmarc' ? 'invalid' : 'found') : step.outcome;
    const view: Rfc7489View = { organizationalDomain, status };
    if (step.record) {
      view.policyDomain = candidate;
      view.record = step.record;
    }
    return view;
  }
  return { organizationalDomain, status: 'none' };
}

/**
 * The record that applies, by RFC 9989 §4.10.1: the Author Domain's own, else its Organizational Domain's (§4.10.2),
 * else its Public Suffix Domain's (the record with psd=y) — never a record found between them.
 */
function policyStepOf(start: string, organizationalDomain: string, walk: readonly TreeWalkStep[]) {
  const found = walk.filter((step) => step.outcome === 'record');
  return (
    found.find((step) => step.domain === start) ??
    found.find((step) => step.domain === organizationalDomain) ??
    found.find((step) => step.record!.psd === 'y' && step.domain !== start)
  );
}

/**
 * Finds the DMARC Policy Record that applies to a domain (RFC 9989 §4.10.1): the DNS Tree Walk (§4.10) reads up to
 * 8 names, discarding several records at one name and walking on (step 2), and stops at a record with psd=y or psd=n;
 * the record applied is the domain's own, else its Organizational Domain's (§4.10.2), else its Public Suffix Domain's.
 * Also the RFC 7489 view by the Public Suffix List. The at most 8 TXT queries are sent concurrently. A DNS error at
 * the domain's own name, or — when it has no record — anywhere in the walk, leaves the policy unknown (`dns-error`);
 * above the domain's own record it only leaves the organizational domain uncertain (`walkComplete: false`).
 * Never throws.
 */
export async function discoverDmarc(
  domain: string,
  { resolver, lookup = createTxtLookup(resolver) }: { resolver: Resolver; lookup?: TxtLookup },
): Promise<DmarcDiscovery> {
  const start = canonicalName(domain);
  const walk: TreeWalkStep[] = [];
  let walkComplete = true;
  const targets = treeWalkTargets(start);
  // RFC 9989 §4.10 fixes every candidate name from the domain alone, so all (at most 8) are asked at once and judged
  // in the walk's order: one round trip instead of one per label. Answers after the walk stops are left unread.
  const answers = targets.map((target) => lookup(`_dmarc.${target}`));
  for (const [index, target] of targets.entries()) {
    const step = evaluateDmarcAnswer(target, await answers[index]!);
    walk.push(step);
    if (step.outcome === 'dns-error') {
      walkComplete = false;
      break;
    }
    // RFC 9989 §4.10 steps 2 and 6: a single record with psd=y or psd=n stops the walk.
    if (step.outcome === 'record' && step.record!.psd !== 'u') break;
  }
  const organizationalDomain = organizationalDomainOf(start, walk);
  const own = walk[0]!;
  // Without a record of its own, the domain's policy depends on every name the walk did not get to read.
  const known = own.outcome === 'record' || (own.outcome !== 'dns-error' && walkComplete);
  const policyStep = known ? policyStepOf(start, organizationalDomain, walk) : undefined;
  let status: DiscoveryStatus;
  if (!known) status = 'dns-error';
  else if (policyStep) status = policyStep.record!.policyMode === 'no-dmarc' ? 'invalid' : 'found';
  else {
    // No record applies; say why when a name held records that were discarded.
    const discarded = walk.find((step) => step.outcome === 'multiple' || step.outcome === 'invalid');
    status = discarded ? (discarded.outcome as 'multiple' | 'invalid') : 'none';
  }
  const rfc7489 = await rfc7489View(start, lookup, walk);
  const discovery: DmarcDiscovery = {
    domain: start,
    status,
    issues: policyStep?.issues ?? [],
    inherited: policyStep !== undefined && policyStep.domain !== start,
    organizationalDomain,
    walkComplete,
    walk,
    rfc7489,
  };
  if (policyStep) {
    discovery.policyDomain = policyStep.domain;
    discovery.record = policyStep.record!;
  }
  return discovery;
}
