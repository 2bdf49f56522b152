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
  // Records that do not start with v=DMARC1 are discarded; several DMARC records are all discarded.
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
    if (step.outcome === 'none') continue;
    const status: DiscoveryStatus = step.outcome === 'record' ? 'found' : step.outcome;
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
 * Finds the DMARC Policy Record that applies to a domain by the DNS Tree Walk (RFC 9989 §4.10, §4.10.1), and the
 * organizational domain (§4.10.2); also the RFC 7489 view by the Public Suffix List. The walk sends its at most 8 TXT
 * queries concurrently and stops reading at a record with psd=y or psd=n. Several records, an unusable record or a DNS error before any
 * record is found end discovery, as RFC 7489 §6.6.3 also did; a DNS error after it only leaves the organizational
 * domain uncertain (`walkComplete: false`). Never throws.
 */
export async function discoverDmarc(
  domain: string,
  { resolver, lookup = createTxtLookup(resolver) }: { resolver: Resolver; lookup?: TxtLookup },
): Promise<DmarcDiscovery> {
  const start = canonicalName(domain);
  const walk: TreeWalkStep[] = [];
  let policyStep: TreeWalkStep | undefined;
  let status: DiscoveryStatus = 'none';
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
      if (!policyStep) status = 'dns-error';
      break;
    }
    if (!policyStep) {
      if (step.outcome === 'multiple' || step.outcome === 'invalid') {
        status = step.outcome;
        break;
      }
      if (step.outcome === 'record') {
        policyStep = step;
        status = 'found';
      }
    }
    // RFC 9989 §4.10 step 2/7: a single record with psd=y or psd=n stops the walk.
    if (step.outcome === 'record' && step.record!.psd !== 'u') break;
  }
  const rfc7489 = await rfc7489View(start, lookup, walk);
  const discovery: DmarcDiscovery = {
    domain: start,
    status,
    issues: policyStep?.issues ?? [],
    inherited: policyStep !== undefined && policyStep.domain !== start,
    organizationalDomain: organizationalDomainOf(start, walk),
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
