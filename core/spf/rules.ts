import { type DnsFailure, describeDnsFailure } from '../dns/failure.js';
import { utf8Length } from '../dns/name.js';
import { createFinding, type Finding, type SectionStatus, sectionStatus } from '../finding.js';
import { SPF_LOOKUP_LIMIT, SPF_MX_LIMIT, SPF_VOID_LIMIT } from './check-host.js';
import { type SpfFindingId, spfFindings } from './findings.js';
import { isSpfRecord } from './parse.js';
import type { SpfNode, SpfQualifier, SpfWalk, SpfWalkNode } from './types.js';
import { forEachNode, liveMechanismCount, MAX_NETWORKS, policyEnd } from './walk.js';

/** What the rules make of a walked policy: the section's status, its one-sentence summary and the findings. */
export interface SpfJudgement {
  status: SectionStatus;
  summary: string;
  findings: Finding[];
}

/**
 * RFC 7208 §3.4: "If the size of the DNS message, the combined length of the DNS name and the text of all the records
 * of a given type is under 450 octets, then DNS answers ought to fit in UDP packets."
 */
const MAX_ANSWER_OCTETS = 450;
/** RFC 7208 §3.3: "the 255-octet maximum length of a character-string" (RFC 1035). */
const MAX_STRING_OCTETS = 255;
/** Dead terms named in one finding; the rest are counted. */
const MAX_TERMS_NAMED = 5;
/** No more than this many findings of one id, so thousands of bad terms do not make a report of megabytes. */
const MAX_FINDINGS_PER_ID = 20;

const QUALIFIER_WORD: Record<SpfQualifier, string> = { '+': '+all', '-': '-all', '~': '~all', '?': '?all' };

class Findings {
  readonly list: Finding[] = [];
  private readonly counts = new Map<SpfFindingId, number>();

  add(id: SpfFindingId, message: string, at?: string, failure?: DnsFailure) {
    const count = this.counts.get(id) ?? 0;
    if (count >= MAX_FINDINGS_PER_ID) return;
    this.counts.set(id, count + 1);
    this.list.push(createFinding(spfFindings, id, message, { ...(at === undefined ? {} : { at }), ...failure }));
  }
}

/**
 * Judges a walked SPF policy (RFC 7208): findings for each node of the tree, then for the policy as a whole (how it
 * ends, the lookup and void-lookup limits of §4.6.4, the walk's bounds), the section status and a summary. Pure: it
 * reads only the walk, so it is tested from trees built by hand.
 */
export function judgeSpf(walk: SpfWalk): SpfJudgement {
  const findings = new Findings();
  let dnsFailed = false;
  // The domains from the root to the node being judged (pushed and popped: no array per node).
  const path: string[] = [];
  const judgeNode = (walked: SpfWalkNode) => {
    if (judgeOneNode(findings, walked, path)) dnsFailed = true;
    path.push(walked.node.domain);
    for (const child of walked.children) judgeNode(child);
    path.pop();
  };
  judgeNode(walk.tree);
  judgeDuplicateIncludes(findings, walk);
  judgeNetworks(findings, walk);
  const end = judgePolicy(findings, walk);
  const status = sectionStatus(findings.list, dnsFailed);
  return { status, summary: summarize(walk, status, end?.node.all, findings.list), findings: findings.list };
}

/** The findings of one node; true when one of its lookups failed. */
function judgeOneNode(findings: Findings, walked: SpfWalkNode, path: readonly string[]): boolean {
  const { node } = walked;
  const { domain } = node;
  const parent = path[path.length - 1];
  const where = node.term === undefined ? domain : `${node.term} (in the policy of ${parent})`;
  switch (node.status) {
    case 'loop':
      findings.add('spf.include-loop', `${where} loops: ${[...path, domain].join(' → ')}.`, domain);
      return false;
    case 'not-followed':
      return false;
    case 'dns-error': {
      const code = walked.error?.code ?? 'error';
      findings.add(
        'spf.dns-error',
        `The TXT lookup of ${domain} failed (${code}): ${node.reason}`,
        domain,
        walked.error ? describeDnsFailure(walked.error, 'TXT') : undefined,
      );
      return true;
    }
    case 'missing':
      if (node.via === 'root') {
        findings.add('spf.missing', `${domain} publishes no TXT record starting with "v=spf1".`, domain);
      } else {
        findings.add(
          'spf.include-no-record',
          `${where}: ${domain} has no SPF record, so every check that reaches it ends in permerror.`,
          domain,
        );
      }
      return false;
    default:
      break;
  }
  judgeSize(findings, walked);
  if (node.status === 'multiple-records') {
    findings.add(
      'spf.multiple-records',
      `${domain} publishes ${node.records.length} SPF records; there must be one.`,
      domain,
    );
    return false;
  }
  if (node.status === 'syntax-error') {
    const error = node.syntaxError;
    findings.add(
      'spf.syntax-error',
      `The SPF record at ${domain} is invalid at position ${error?.position}: ${error?.message}`,
      domain,
    );
    return false;
  }
  judgeRecord(findings, walked);
  return judgeResolvedTerms(findings, walked);
}

/**
 * RFC 7208 §3.3: each character-string within 255 octets. §3.4: the name and every TXT record at it (SPF or not: "one
 * has to take into account any other TXT records published at the domain name") under 450 octets. The name is
 * counted as it travels in the DNS message (a length octet per label and the root's), the records as their text.
 */
function judgeSize(findings: Findings, { node, txt }: SpfWalkNode) {
  const { domain } = node;
  for (const record of txt) {
    if (!isSpfRecord(record.text)) continue;
    const long = record.strings.find((string) => octetsOver(string, MAX_STRING_OCTETS));
    if (long !== undefined) {
      findings.add(
        'spf.record-too-long',
        `A string of the SPF record at ${domain} is ${utf8Length(long)} octets; DNS allows 255.`,
        domain,
      );
    }
  }
  const nameOctets = utf8Length(domain) + 2;
  // A UTF-16 unit is at most 3 octets of UTF-8: most answers are clearly under the guideline without counting.
  let units = 0;
  for (const record of txt) units += record.text.length;
  if (nameOctets + 3 * units < MAX_ANSWER_OCTETS) return;
  let textOctets = 0;
  for (const record of txt) textOctets += utf8Length(record.text);
  if (nameOctets + textOctets >= MAX_ANSWER_OCTETS) {
    const records = txt.length === 1 ? 'its TXT record' : `its ${txt.length} TXT records`;
    findings.add(
      'spf.record-too-long',
      `The TXT answer at ${domain} is ${nameOctets + textOctets} octets (${nameOctets} for the name, ${textOctets} for ${records}); RFC 7208 §3.4 asks for under ${MAX_ANSWER_OCTETS}.`,
      domain,
    );
  }
}

/** Whether `text` is more than `limit` octets of UTF-8, counting only when its length leaves it in doubt. */
function octetsOver(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (3 * text.length <= limit) return false;
  return utf8Length(text) > limit;
}

/** The findings a record's terms give on their own; only the terms a receiver can reach are judged (§5.1). */
function judgeRecord(findings: Findings, { node, parsed: record, hostBits }: SpfWalkNode) {
  if (record === undefined) return;
  const { domain } = node;
  const live = liveMechanismCount(record);
  const last = live > 0 ? record.mechanisms[live - 1] : undefined;
  const all = last?.name === 'all' ? last : undefined;
  if (all?.qualifier === '+') {
    findings.add('spf.pass-all', `The SPF record at ${domain} ends in "+all": any host may send as ${domain}.`, domain);
  }
  for (let i = 0; i < live; i++) {
    const mechanism = record.mechanisms[i]!;
    if (mechanism.name === 'ptr') {
      findings.add('spf.ptr-mechanism', `"${mechanism.text}" in the SPF record at ${domain} uses ptr.`, domain);
    }
  }
  // RFC 7208 §5.6: "If CIDR prefix length high-order bits match, the mechanism matches": host bits change nothing.
  for (const written of hostBits ?? []) {
    findings.add(
      'spf.cidr-not-network',
      `"${written.term}" at ${domain} has host bits set; only the first ${written.prefix} bits are compared, so it means ${written.cidr}.`,
      domain,
    );
  }
  const dead = record.mechanisms.length - live;
  if (all && dead > 0) {
    const named = record.mechanisms
      .slice(live, live + MAX_TERMS_NAMED)
      .map((mechanism) => `"${mechanism.text}"`)
      .join(', ');
    const more = dead > MAX_TERMS_NAMED ? ` and ${dead - MAX_TERMS_NAMED} more` : '';
    const terms = dead === 1 ? 'mechanism' : 'mechanisms';
    findings.add(
      'spf.terms-after-all',
      `The SPF record at ${domain} has ${dead} ${terms} after "${all.text}" that no receiver evaluates: ${named}${more}.`,
      domain,
    );
  }
  if (record.redirect && all) {
    findings.add(
      'spf.redirect-ignored',
      `"${record.redirect.text}" in the SPF record at ${domain} is ignored because the record has "${all.text}".`,
      domain,
    );
  }
}

/** The findings of the a, mx and exists terms the walk resolved; true when one of their lookups failed. */
function judgeResolvedTerms(findings: Findings, { node, resolved }: SpfWalkNode): boolean {
  if (resolved === undefined) return false;
  let failed = false;
  for (const term of resolved) {
    for (const error of term.errors ?? []) {
      failed = true;
      const message = error.host === undefined ? error.message : `${error.host}: ${error.message}`;
      findings.add(
        'spf.dns-error',
        `The ${error.type} lookup of ${term.target} for "${term.term}" failed: ${message}`,
        node.domain,
      );
    }
    if (term.mxNames !== undefined && term.mxNames > SPF_MX_LIMIT) {
      findings.add(
        'spf.too-many-mx-names',
        `"${term.term}" at ${node.domain}: ${term.target} has ${term.mxNames} MX names; more than ${SPF_MX_LIMIT} is a permerror.`,
        node.domain,
      );
    }
  }
  return failed;
}

/**
 * The same include target more than once in the tree: RFC 7208 §4.6.4 counts every evaluated term, so each
 * occurrence costs its lookups again (its own include and every DNS-querying term below it).
 */
function judgeDuplicateIncludes(findings: Findings, walk: SpfWalk) {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  forEachNode(walk.tree.node, (node) => {
    for (const child of node.children) {
      if (child.via !== 'include' || child.status === 'loop') continue;
      if (seen.has(child.domain)) repeated.add(child.domain);
      else seen.add(child.domain);
    }
  });
  if (repeated.size === 0) return;
  const occurrences = new Map<string, { first: SpfNode; parents: string[] }>();
  forEachNode(walk.tree.node, (node) => {
    for (const child of node.children) {
      if (child.via !== 'include' || child.status === 'loop' || !repeated.has(child.domain)) continue;
      const entry = occurrences.get(child.domain);
      if (entry === undefined) occurrences.set(child.domain, { first: child, parents: [node.domain] });
      else entry.parents.push(node.domain);
    }
  });
  for (const [domain, { first, parents }] of occurrences) {
    // Its own include and every DNS-querying term below it.
    let cost = 1;
    forEachNode(first, (node) => {
      cost += node.lookups;
    });
    const where = [...new Set(parents)].join(', ');
    const lookups = cost === 1 ? '1 DNS lookup' : `${cost} DNS lookups`;
    findings.add(
      'spf.duplicate-include',
      `include:${domain} appears ${parents.length} times in the SPF policy of ${walk.domain} (in the records of ${where}); each occurrence costs ${lookups}.`,
      domain,
    );
  }
}

/** Networks in a special-purpose range (RFC 6890). */
function judgeNetworks(findings: Findings, walk: SpfWalk) {
  for (const network of walk.networks) {
    if (network.range === undefined) continue;
    const what = network.host === undefined ? `"${network.term}"` : `"${network.term}" (via ${network.host})`;
    findings.add(
      'spf.non-public-address',
      `${what} at ${network.domain} names ${network.cidr}, in a special-purpose range (${network.range}, RFC 6890) rather than public address space.`,
      network.domain,
    );
  }
}

/** How the policy ends and its totals against the limits; returns the node whose `all` ends it. */
function judgePolicy(findings: Findings, walk: SpfWalk) {
  const { domain } = walk;
  const end = policyEnd(walk.tree);
  if (walk.tree.node.status === 'ok') {
    if (end?.node.all === '?') {
      findings.add('spf.neutral-all', `The SPF policy of ${domain} ends in "?all".`, end.node.domain);
    }
    if (end === undefined) {
      findings.add('spf.no-all', `The SPF policy of ${domain} has no "all" (nor a redirect that ends in one).`, domain);
    }
  }
  if (walk.lookups > SPF_LOOKUP_LIMIT) {
    findings.add(
      'spf.too-many-lookups',
      `The SPF policy of ${domain} has ${walk.lookups} DNS-querying terms across its includes; the limit is ${SPF_LOOKUP_LIMIT}.`,
      domain,
    );
  }
  if (walk.voidLookups > SPF_VOID_LIMIT) {
    findings.add(
      'spf.too-many-void-lookups',
      `${walk.voidLookups} terms of the SPF policy of ${domain} look up names with no records; the limit is ${SPF_VOID_LIMIT}.`,
      domain,
    );
  }
  if (walk.truncated) {
    const { maxDepth, maxNodes, maxResolvedTerms } = walk.bounds;
    findings.add(
      'spf.tree-truncated',
      `The SPF policy of ${domain} was followed only to depth ${maxDepth}, ${maxNodes} records, ${maxResolvedTerms} resolved terms and ${MAX_NETWORKS} networks.`,
      domain,
    );
  }
  return end;
}

function summarize(walk: SpfWalk, status: SectionStatus, all: SpfQualifier | undefined, findings: Finding[]): string {
  const { domain, lookups } = walk;
  const tree = walk.tree.node;
  if (tree.status === 'dns-error') return `The SPF record of ${domain} could not be fetched: ${tree.reason}`;
  if (tree.status === 'missing') return `${domain} publishes no SPF record.`;
  if (tree.status === 'multiple-records')
    return `${domain} publishes ${tree.records.length} SPF records, so every SPF check fails with permerror.`;
  if (tree.status === 'syntax-error')
    return `The SPF record of ${domain} has a syntax error at position ${tree.syntaxError?.position}, so every SPF check fails with permerror.`;
  const ending = all === undefined ? 'has no "all"' : `ends in "${QUALIFIER_WORD[all]}"`;
  const base = `The SPF policy of ${domain} ${ending} and uses ${lookups} of ${SPF_LOOKUP_LIMIT} DNS lookups`;
  if (status === 'error') return `${base}, but part of it could not be fetched (DNS error).`;
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  if (errors + warnings === 0) return `${base}.`;
  return `${base}; ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'} to fix.`;
}
