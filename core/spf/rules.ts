import { utf8Length } from '../dns/name.js';
import { createFinding, type Finding, type SectionStatus, sectionStatus } from '../finding.js';
import { SPF_LOOKUP_LIMIT, SPF_MX_LIMIT, SPF_VOID_LIMIT } from './check-host.js';
import { type SpfFindingId, spfFindings } from './findings.js';
import { networkOf } from './ip.js';
import { isSpfRecord, parseSpfShared } from './parse.js';
import type { SpfQualifier, SpfWalk, SpfWalkNode } from './types.js';
import { forEachNode, liveMechanisms, MAX_NETWORKS, policyEnd } from './walk.js';

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

  add(id: SpfFindingId, message: string, at?: string) {
    const count = this.counts.get(id) ?? 0;
    if (count >= MAX_FINDINGS_PER_ID) return;
    this.counts.set(id, count + 1);
    this.list.push(createFinding(spfFindings, id, message, at === undefined ? {} : { at }));
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
  const judgeNode = (node: SpfWalkNode, path: readonly string[]) => {
    if (judgeOneNode(findings, node, path)) dnsFailed = true;
    const below = [...path, node.domain];
    for (const child of node.children) judgeNode(child, below);
  };
  judgeNode(walk.tree, []);
  judgeDuplicateIncludes(findings, walk);
  judgeNetworks(findings, walk);
  const end = judgePolicy(findings, walk);
  const status = sectionStatus(findings.list, dnsFailed);
  return { status, summary: summarize(walk, status, end?.all, findings.list), findings: findings.list };
}

/** The findings of one node; true when one of its lookups failed. */
function judgeOneNode(findings: Findings, node: SpfWalkNode, path: readonly string[]): boolean {
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
      const code = node.error?.code ?? 'error';
      findings.add('spf.dns-error', `The TXT lookup of ${domain} failed (${code}): ${node.reason}`, domain);
      return true;
    }
    case 'missing':
      if (node.via === 'root') {
        findings.add('spf.missing', `${domain} publishes no TXT record starting with "v=spf1".`, domain);
      } else {
        findings.add(
          'spf.include-no-record',
          `${where}: ${domain} has no SPF record, so every check is a permerror.`,
          domain,
        );
      }
      return false;
    default:
      break;
  }
  judgeSize(findings, node);
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
  judgeRecord(findings, node);
  return judgeResolvedTerms(findings, node);
}

/**
 * RFC 7208 §3.3: each character-string within 255 octets. §3.4: the name and every TXT record at it (SPF or not: "one
 * has to take into account any other TXT records published at the domain name") under 450 octets. The name is
 * counted as it travels in the DNS message (a length octet per label and the root's), the records as their text.
 */
function judgeSize(findings: Findings, node: SpfWalkNode) {
  const { domain } = node;
  for (const record of node.txt) {
    if (!isSpfRecord(record.text)) continue;
    const long = record.strings.find((string) => utf8Length(string) > MAX_STRING_OCTETS);
    if (long !== undefined) {
      findings.add(
        'spf.record-too-long',
        `A string of the SPF record at ${domain} is ${utf8Length(long)} octets; DNS allows 255.`,
        domain,
      );
    }
  }
  const nameOctets = utf8Length(domain) + 2;
  const textOctets = node.txt.reduce((sum, record) => sum + utf8Length(record.text), 0);
  if (nameOctets + textOctets >= MAX_ANSWER_OCTETS) {
    const records = node.txt.length === 1 ? 'its TXT record' : `its ${node.txt.length} TXT records`;
    findings.add(
      'spf.record-too-long',
      `The TXT answer at ${domain} is ${nameOctets + textOctets} octets (${nameOctets} for the name, ${textOctets} for ${records}); RFC 7208 §3.4 asks for under ${MAX_ANSWER_OCTETS}.`,
      domain,
    );
  }
}

/** The findings a record's terms give on their own; only the terms a receiver can reach are judged (§5.1). */
function judgeRecord(findings: Findings, node: SpfWalkNode) {
  const { domain } = node;
  const parsed = node.record === undefined ? undefined : parseSpfShared(node.record);
  if (!parsed?.ok) return;
  const { record } = parsed;
  const live = liveMechanisms(record);
  const all = live.find((mechanism) => mechanism.name === 'all');
  if (all?.qualifier === '+') {
    findings.add('spf.pass-all', `The SPF record at ${domain} ends in "+all": any host may send as ${domain}.`, domain);
  }
  for (const mechanism of live) {
    if (mechanism.name === 'ptr') {
      findings.add('spf.ptr-mechanism', `"${mechanism.text}" in the SPF record at ${domain} uses ptr.`, domain);
    }
    if (mechanism.name === 'ip4' || mechanism.name === 'ip6') {
      // RFC 7208 §5.6: "If CIDR prefix length high-order bits match, the mechanism matches": host bits change nothing.
      const network = networkOf(mechanism.network!.address, mechanism.network!.prefix);
      if (network?.hostBitsSet) {
        findings.add(
          'spf.cidr-not-network',
          `"${mechanism.text}" at ${domain} has host bits set; only the first ${mechanism.network!.prefix} bits are compared, so it means ${network.cidr}.`,
          domain,
        );
      }
    }
  }
  const dead = record.mechanisms.slice(live.length);
  if (all && dead.length > 0) {
    const named = dead
      .slice(0, MAX_TERMS_NAMED)
      .map((mechanism) => `"${mechanism.text}"`)
      .join(', ');
    const more = dead.length > MAX_TERMS_NAMED ? ` and ${dead.length - MAX_TERMS_NAMED} more` : '';
    const terms = dead.length === 1 ? 'mechanism' : 'mechanisms';
    findings.add(
      'spf.terms-after-all',
      `The SPF record at ${domain} has ${dead.length} ${terms} after "${all.text}" that no receiver evaluates: ${named}${more}.`,
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
function judgeResolvedTerms(findings: Findings, node: SpfWalkNode): boolean {
  let failed = false;
  for (const term of node.resolved) {
    for (const error of term.errors) {
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
  const seen = new Map<string, { parents: string[]; cost: number }>();
  const visit = (node: SpfWalkNode) => {
    for (const child of node.children) {
      if (child.via === 'include' && child.status !== 'loop') {
        const entry = seen.get(child.domain) ?? { parents: [], cost: 1 + subtreeLookups(child) };
        entry.parents.push(node.domain);
        seen.set(child.domain, entry);
      }
      visit(child);
    }
  };
  visit(walk.tree);
  for (const [domain, { parents, cost }] of seen) {
    if (parents.length < 2) continue;
    const where = [...new Set(parents)].join(', ');
    const lookups = cost === 1 ? '1 DNS lookup' : `${cost} DNS lookups`;
    findings.add(
      'spf.duplicate-include',
      `include:${domain} appears ${parents.length} times in the SPF policy of ${walk.domain} (in the records of ${where}); each occurrence costs ${lookups}.`,
      domain,
    );
  }
}

function subtreeLookups(node: SpfWalkNode): number {
  let lookups = 0;
  forEachNode(node, (each) => {
    lookups += each.lookups;
  });
  return lookups;
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
  const { domain, tree } = walk;
  const end = policyEnd(tree);
  if (tree.status === 'ok') {
    if (end?.all === '?') findings.add('spf.neutral-all', `The SPF policy of ${domain} ends in "?all".`, end.domain);
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
  const { domain, tree, lookups } = walk;
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
