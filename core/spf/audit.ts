import { parseDomain, utf8Length } from '../dns/name.js';
import { createLookupSession, isLookupSession, type LookupBudget, type LookupSession } from '../dns/session.js';
import type { RecordType, Resolver } from '../dns/types.js';
import { createFinding, type Finding, sectionStatus } from '../finding.js';
import { SPF_LOOKUP_LIMIT, SPF_MX_LIMIT, SPF_VOID_LIMIT } from './check-host.js';
import { type SpfFindingId, spfFindings } from './findings.js';
import { type Network, networkOf } from './ip.js';
import { parseSpfShared } from './parse.js';
import { lookupSpfRecords } from './records.js';
import type {
  MacroString,
  SpfAudit,
  SpfFlatNetwork,
  SpfMechanism,
  SpfNode,
  SpfNodeVia,
  SpfQualifier,
  SpfRecord,
  SpfUnflattenable,
} from './types.js';

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

const DNS_TERMS = new Set(['include', 'a', 'mx', 'ptr', 'exists']);
/** RFC 7208 §3.4: keep the record small enough for a UDP answer; 450 octets leaves room for the rest. */
const MAX_RECORD_OCTETS = 450;
/** RFC 1035 §3.3.14: a character-string holds at most 255 octets (RFC 7208 §3.3). */
const MAX_STRING_OCTETS = 255;
/** No more than this many findings of one id, so thousands of bad terms do not make a report of megabytes. */
const MAX_FINDINGS_PER_ID = 20;
const MAX_NETWORKS = 2000;

interface Context {
  resolver: Resolver;
  maxDepth: number;
  maxNodes: number;
  maxResolvedTerms: number;
  nodes: number;
  resolvedTerms: number;
  truncated: boolean;
  dnsFailed: boolean;
  findings: Finding[];
  networks: SpfFlatNetwork[];
  unflattenable: SpfUnflattenable[];
}

const QUALIFIER_WORD: Record<SpfQualifier, string> = { '+': '+all', '-': '-all', '~': '~all', '?': '?all' };

/**
 * Audits what a domain's SPF policy authorizes for any sender (RFC 7208): the records and their include/redirect
 * tree (independent branches resolved concurrently), the static worst case of DNS-querying terms and void lookups
 * against the limits of §4.6.4, the networks it authorizes flattened, what cannot be flattened, and findings a domain
 * owner can act on. Bounded by depth, node and lookup counts of its own; never throws.
 */
export async function auditSpf(domain: string, options: AuditSpfOptions): Promise<SpfAudit> {
  const parsed = parseDomain(domain);
  if (!parsed.ok) {
    const finding = createFinding(spfFindings, 'spf.dns-error', `${parsed.error.message} No SPF lookup was made.`, {
      at: domain,
    });
    return {
      domain,
      status: 'error',
      summary: `SPF could not be checked: ${parsed.error.message}`,
      findings: [finding],
      records: [],
      lookups: { count: 0, limit: SPF_LOOKUP_LIMIT },
      voidLookups: { count: 0, limit: SPF_VOID_LIMIT },
      networks: [],
      unflattenable: [],
      truncated: false,
    };
  }
  const name = parsed.name;
  // A lookup session given by the caller (checkDomain's, the Worker's) already memoizes and bounds: it is used as it is.
  const own = options.budget !== undefined || !isLookupSession(options.resolver);
  const session = own
    ? createLookupSession(options.resolver, options.budget ?? { maxQueries: 400 })
    : (options.resolver as LookupSession);
  const context: Context = {
    resolver: session,
    maxDepth: options.maxDepth ?? 10,
    maxNodes: options.maxNodes ?? 100,
    maxResolvedTerms: options.maxResolvedTerms ?? 60,
    nodes: 0,
    resolvedTerms: 0,
    truncated: false,
    dnsFailed: false,
    findings: [],
    networks: [],
    unflattenable: [],
  };
  try {
    const tree = await visit(context, name, 'root', undefined, []);
    return summarize(context, name, tree);
  } finally {
    if (own) session.close();
  }
}

function addFinding(context: Context, id: SpfFindingId, message: string, at?: string) {
  if (context.findings.filter((finding) => finding.id === id).length >= MAX_FINDINGS_PER_ID) return;
  context.findings.push(createFinding(spfFindings, id, message, at === undefined ? {} : { at }));
}

/** Reads one node of the tree: the record at `domain`, its terms, and its include/redirect children. */
async function visit(
  context: Context,
  domain: string,
  via: SpfNodeVia,
  term: string | undefined,
  path: readonly string[],
): Promise<SpfNode> {
  const node: SpfNode = { domain, via, status: 'ok', records: [], lookups: 0, voidLookups: 0, children: [] };
  if (term !== undefined) node.term = term;
  const where = term === undefined ? domain : `${term} (in the policy of ${path[path.length - 1]})`;
  if (path.includes(domain)) {
    node.status = 'loop';
    node.reason = `${domain} is already on the path ${[...path, domain].join(' → ')}.`;
    addFinding(context, 'spf.include-loop', `${where} loops: ${[...path, domain].join(' → ')}.`, domain);
    return node;
  }
  context.nodes++;
  if (path.length > context.maxDepth || context.nodes > context.maxNodes) {
    node.status = 'not-followed';
    node.reason = `The audit stops at depth ${context.maxDepth} and ${context.maxNodes} nodes.`;
    context.truncated = true;
    return node;
  }
  const lookup = await lookupSpfRecords(context.resolver, domain);
  if (lookup.status === 'error') {
    node.status = 'dns-error';
    node.reason = lookup.error.message;
    context.dnsFailed = true;
    addFinding(
      context,
      'spf.dns-error',
      `The TXT lookup of ${domain} failed (${lookup.error.code}): ${lookup.error.message}`,
      domain,
    );
    return node;
  }
  if (lookup.status === 'none') {
    node.status = 'missing';
    if (via === 'root') {
      addFinding(context, 'spf.missing', `${domain} publishes no TXT record starting with "v=spf1".`, domain);
    } else {
      // RFC 7208 §4.6.4: a lookup that finds nothing is void, whichever term made it.
      node.voidLookups = lookup.nxdomain ? 1 : 0;
      addFinding(
        context,
        'spf.include-no-record',
        `${where}: ${domain} has no SPF record, so every check is a permerror.`,
        domain,
      );
    }
    return node;
  }
  node.records = lookup.records.map((record) => record.text);
  for (const record of lookup.records) {
    const long = record.strings.find((string) => utf8Length(string) > MAX_STRING_OCTETS);
    const size = utf8Length(record.text);
    if (long !== undefined || size > MAX_RECORD_OCTETS) {
      addFinding(
        context,
        'spf.record-too-long',
        long !== undefined
          ? `A string of the SPF record at ${domain} is ${utf8Length(long)} octets; DNS allows 255.`
          : `The SPF record at ${domain} is ${size} octets; keep it under ${MAX_RECORD_OCTETS}.`,
        domain,
      );
    }
  }
  if (lookup.records.length > 1) {
    node.status = 'multiple-records';
    addFinding(
      context,
      'spf.multiple-records',
      `${domain} publishes ${lookup.records.length} SPF records; there must be one.`,
      domain,
    );
    return node;
  }
  const text = lookup.records[0]!.text;
  node.record = text;
  const parsed = parseSpfShared(text);
  if (!parsed.ok) {
    node.status = 'syntax-error';
    node.syntaxError = parsed.error;
    addFinding(
      context,
      'spf.syntax-error',
      `The SPF record at ${domain} is invalid at position ${parsed.error.position}: ${parsed.error.message}`,
      domain,
    );
    return node;
  }
  await visitRecord(context, node, parsed.record, [...path, domain]);
  return node;
}

/** Counts, checks and flattens the terms of one record, and visits its children concurrently. */
async function visitRecord(context: Context, node: SpfNode, record: SpfRecord, path: string[]) {
  const { domain } = node;
  const all = record.mechanisms.find((mechanism) => mechanism.name === 'all');
  if (all) node.all = all.qualifier;
  if (all?.qualifier === '+') {
    addFinding(
      context,
      'spf.pass-all',
      `The SPF record at ${domain} ends in "+all": any host may send as ${domain}.`,
      domain,
    );
  }
  const tasks: Array<Promise<unknown>> = [];
  const children: Array<Promise<SpfNode>> = [];
  for (const mechanism of record.mechanisms) {
    if (DNS_TERMS.has(mechanism.name)) node.lookups++;
    switch (mechanism.name) {
      case 'ip4':
      case 'ip6':
        addNetwork(context, node, mechanism);
        break;
      case 'a':
      case 'mx':
      case 'exists':
        if (mechanism.domainSpec?.hasMacros) unflattenable(context, mechanism, domain, 'macro');
        else tasks.push(resolveTerm(context, node, mechanism));
        if (mechanism.name === 'exists') unflattenable(context, mechanism, domain, 'exists');
        break;
      case 'ptr':
        unflattenable(context, mechanism, domain, 'ptr');
        addFinding(
          context,
          'spf.ptr-mechanism',
          `"${mechanism.text}" in the SPF record at ${domain} uses ptr.`,
          domain,
        );
        break;
      case 'include':
        if (mechanism.domainSpec!.hasMacros) unflattenable(context, mechanism, domain, 'macro');
        else children.push(visit(context, literalName(mechanism.domainSpec!), 'include', mechanism.text, path));
        break;
      case 'all':
        break;
    }
  }
  if (record.redirect) {
    if (all) {
      addFinding(
        context,
        'spf.redirect-ignored',
        `"${record.redirect.text}" in the SPF record at ${domain} is ignored because the record has "${all.text}".`,
        domain,
      );
    } else {
      node.lookups++;
      const target = record.redirect.value;
      if (target.hasMacros) {
        context.unflattenable.push({ term: record.redirect.text, domain, reason: 'macro' });
      } else {
        children.push(visit(context, literalName(target), 'redirect', record.redirect.text, path));
      }
    }
  }
  const [nodes] = await Promise.all([Promise.all(children), Promise.all(tasks)]);
  node.children = nodes;
}

/** The name a domain-spec without macros stands for (escapes such as %% decoded), in canonical form. */
function literalName(spec: MacroString): string {
  const text = spec.tokens.map((token) => (token.kind === 'literal' ? token.text : '')).join('');
  return text.toLowerCase().replace(/\.$/, '');
}

function unflattenable(context: Context, mechanism: SpfMechanism, domain: string, reason: SpfUnflattenable['reason']) {
  if (context.unflattenable.length < MAX_NETWORKS) context.unflattenable.push({ term: mechanism.text, domain, reason });
}

function pushNetwork(context: Context, network: SpfFlatNetwork) {
  if (context.networks.length < MAX_NETWORKS) context.networks.push(network);
  else context.truncated = true;
}

/** An ip4/ip6 term: its network, host bits (RFC 7208 §5.6) and whether the internet can send from it (RFC 6890). */
function addNetwork(context: Context, node: SpfNode, mechanism: SpfMechanism) {
  const network = mechanism.network!;
  const normalized = networkOf(network.address, network.prefix);
  if (!normalized) return;
  if (normalized.hostBitsSet) {
    addFinding(
      context,
      'spf.cidr-not-network',
      `"${mechanism.text}" at ${node.domain} has host bits set: it means ${normalized.cidr}.`,
      node.domain,
    );
  }
  checkPublic(context, node.domain, normalized, mechanism.text);
  pushNetwork(context, {
    cidr: normalized.cidr,
    source: mechanism.name as 'ip4' | 'ip6',
    qualifier: mechanism.qualifier,
    term: mechanism.text,
    domain: node.domain,
  });
}

function checkPublic(context: Context, domain: string, network: Network, term: string, host?: string) {
  if (network.nonPublic) {
    const what = host === undefined ? `"${term}"` : `"${term}" (via ${host})`;
    addFinding(
      context,
      'spf.non-public-address',
      `${what} at ${domain} names ${network.cidr}, a ${network.nonPublic} range that internet mail never comes from.`,
      domain,
    );
  }
}

/** Resolves an a, mx or exists term without macros, for its networks and whether it is void. */
async function resolveTerm(context: Context, node: SpfNode, mechanism: SpfMechanism) {
  context.resolvedTerms++;
  if (context.resolvedTerms > context.maxResolvedTerms) {
    context.truncated = true;
    return;
  }
  const target = mechanism.domainSpec ? literalName(mechanism.domainSpec) : node.domain;
  const failed = (type: string, message: string) => {
    context.dnsFailed = true;
    addFinding(
      context,
      'spf.dns-error',
      `The ${type} lookup of ${target} for "${mechanism.text}" failed: ${message}`,
      node.domain,
    );
  };
  if (mechanism.name === 'exists') {
    const answer = await context.resolver.resolve(target, 'A');
    if (answer.status === 'error') failed('A', answer.error.message);
    else if (answer.status !== 'answer') node.voidLookups++;
    return;
  }
  let hosts = [target];
  if (mechanism.name === 'mx') {
    const answer = await context.resolver.resolve(target, 'MX');
    if (answer.status === 'error') return failed('MX', answer.error.message);
    if (answer.status !== 'answer') {
      node.voidLookups++;
      return;
    }
    hosts = answer.records.map((record) => record.data.exchange).filter((host) => host !== '');
    if (hosts.length > SPF_MX_LIMIT) {
      addFinding(
        context,
        'spf.too-many-mx-names',
        `"${mechanism.text}" at ${node.domain}: ${target} has ${hosts.length} MX names; more than ${SPF_MX_LIMIT} is a permerror.`,
        node.domain,
      );
      hosts = hosts.slice(0, SPF_MX_LIMIT);
    }
  }
  // RFC 7208 §4.6.4: the address lookups of mx are not DNS-querying terms; only the term counts.
  const found = await Promise.all(
    hosts.flatMap((host) =>
      (['A', 'AAAA'] as RecordType[]).map(async (type) => ({
        host,
        type,
        answer: await context.resolver.resolve(host, type),
      })),
    ),
  );
  let any = false;
  for (const { host, type, answer } of found) {
    if (answer.status === 'error') {
      failed(type, `${host}: ${answer.error.message}`);
      continue;
    }
    if (answer.status !== 'answer') continue;
    for (const record of answer.records) {
      any = true;
      const family = type === 'A' ? 4 : 6;
      const prefix = family === 4 ? (mechanism.cidr4 ?? 32) : (mechanism.cidr6 ?? 128);
      const normalized = networkOf(String(record.data), prefix);
      if (!normalized) continue;
      checkPublic(context, node.domain, normalized, mechanism.text, host);
      pushNetwork(context, {
        cidr: normalized.cidr,
        source: mechanism.name as 'a' | 'mx',
        qualifier: mechanism.qualifier,
        term: mechanism.text,
        domain: node.domain,
      });
    }
  }
  // A name with neither A nor AAAA is void for every sender (RFC 7208 §4.6.4); mx counts its MX lookup only.
  if (!any && mechanism.name === 'a' && found.every(({ answer }) => answer.status !== 'error')) node.voidLookups++;
}

function walk(node: SpfNode, visit: (node: SpfNode) => void) {
  visit(node);
  for (const child of node.children) walk(child, visit);
}

/** Totals, policy-level findings, status and summary. */
function summarize(context: Context, domain: string, tree: SpfNode): SpfAudit {
  let lookups = 0;
  let voids = 0;
  walk(tree, (node) => {
    lookups += node.lookups;
    voids += node.voidLookups;
  });
  // The policy ends where the root's redirect chain ends (RFC 7208 §6.1).
  let end: SpfNode | undefined = tree;
  while (end && end.status === 'ok' && end.all === undefined) {
    end = end.children.find((child) => child.via === 'redirect');
  }
  const all = end?.all;
  if (tree.status === 'ok') {
    if (all === '?') addFinding(context, 'spf.neutral-all', `The SPF policy of ${domain} ends in "?all".`, end?.domain);
    if (end === undefined) {
      addFinding(
        context,
        'spf.no-all',
        `The SPF policy of ${domain} has no "all" (nor a redirect that ends in one).`,
        domain,
      );
    }
  }
  if (lookups > SPF_LOOKUP_LIMIT) {
    addFinding(
      context,
      'spf.too-many-lookups',
      `The SPF policy of ${domain} has ${lookups} DNS-querying terms across its includes; the limit is ${SPF_LOOKUP_LIMIT}.`,
      domain,
    );
  }
  if (voids > SPF_VOID_LIMIT) {
    addFinding(
      context,
      'spf.too-many-void-lookups',
      `${voids} terms of the SPF policy of ${domain} look up names with no records; the limit is ${SPF_VOID_LIMIT}.`,
      domain,
    );
  }
  if (context.truncated) {
    addFinding(
      context,
      'spf.tree-truncated',
      `The SPF policy of ${domain} was followed only to depth ${context.maxDepth}, ${context.maxNodes} records and ${context.maxResolvedTerms} resolved terms.`,
      domain,
    );
  }
  const status = sectionStatus(context.findings, context.dnsFailed);
  const audit: SpfAudit = {
    domain,
    status,
    summary: summary(domain, tree, status, lookups, all, context.findings),
    findings: context.findings,
    records: tree.records,
    tree,
    lookups: { count: lookups, limit: SPF_LOOKUP_LIMIT },
    voidLookups: { count: voids, limit: SPF_VOID_LIMIT },
    networks: context.networks,
    unflattenable: context.unflattenable,
    truncated: context.truncated,
  };
  if (all !== undefined) audit.all = all;
  return audit;
}

function summary(
  domain: string,
  tree: SpfNode,
  status: SpfAudit['status'],
  lookups: number,
  all: SpfQualifier | undefined,
  findings: Finding[],
): string {
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
