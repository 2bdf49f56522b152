import type { RecordType, Resolver } from '../dns/types.js';
import { SPF_MX_LIMIT } from './check-host.js';
import { networkOf } from './ip.js';
import { parseSpfShared } from './parse.js';
import { lookupSpfRecords } from './records.js';
import type {
  MacroString,
  SpfFlatNetwork,
  SpfMechanism,
  SpfNode,
  SpfNodeVia,
  SpfRecord,
  SpfResolvedTerm,
  SpfTermLookupError,
  SpfUnflattenable,
  SpfWalk,
  SpfWalkBounds,
  SpfWalkNode,
} from './types.js';

/** The walk's bounds: how deep, how many include/redirect nodes, how many a/mx/exists terms resolved. */
export const DEFAULT_WALK_BOUNDS: SpfWalkBounds = { maxDepth: 10, maxNodes: 100, maxResolvedTerms: 60 };

const DNS_TERMS = new Set(['include', 'a', 'mx', 'ptr', 'exists']);
/** Most networks (and unflattenable terms) kept, so a hostile tree cannot make a report of megabytes. */
export const MAX_NETWORKS = 2000;

interface Context {
  resolver: Resolver;
  bounds: SpfWalkBounds;
  nodes: number;
  resolvedTerms: number;
  lookups: number;
  voidLookups: number;
  truncated: boolean;
  networks: SpfFlatNetwork[];
  unflattenable: SpfUnflattenable[];
}

/**
 * Walks the SPF policy of `domain` (RFC 7208) as a receiver could meet it: the record at each include/redirect
 * target (independent branches concurrently), each record's DNS-querying and void terms (§4.6.4), the networks its
 * ip4/ip6/a/mx terms authorize, and the terms that cannot be flattened. It judges nothing (`judgeSpf` does); bounded
 * by `bounds`; never throws. `domain` must be a valid name in canonical form.
 */
export async function walkSpf(
  domain: string,
  resolver: Resolver,
  bounds: SpfWalkBounds = DEFAULT_WALK_BOUNDS,
): Promise<SpfWalk> {
  const context: Context = {
    resolver,
    bounds,
    nodes: 0,
    resolvedTerms: 0,
    lookups: 0,
    voidLookups: 0,
    truncated: false,
    networks: [],
    unflattenable: [],
  };
  const tree = await visit(context, domain, 'root', undefined, []);
  return {
    domain,
    tree,
    lookups: context.lookups,
    voidLookups: context.voidLookups,
    networks: context.networks,
    unflattenable: context.unflattenable,
    truncated: context.truncated,
    bounds,
  };
}

/** Visits every node of a tree, parents before children. */
export function forEachNode<N extends { children: readonly N[] }>(node: N, visit: (node: N) => void): void {
  visit(node);
  for (const child of node.children) forEachNode(child, visit);
}

/**
 * The node whose `all` ends the policy: the root, or the end of its redirect chain (RFC 7208 §6.1); undefined when
 * the chain ends in a record with neither `all` nor redirect, or in a node that could not be read.
 */
export function policyEnd(tree: SpfWalkNode): SpfWalkNode | undefined {
  let end: SpfWalkNode | undefined = tree;
  while (end && end.node.status === 'ok' && end.node.all === undefined) {
    end = end.children.find((child) => child.node.via === 'redirect');
  }
  return end;
}

/** Reads one node of the tree: the record at `domain`, its terms, and its include/redirect children. */
async function visit(
  context: Context,
  domain: string,
  via: SpfNodeVia,
  term: string | undefined,
  path: readonly string[],
): Promise<SpfWalkNode> {
  const node: SpfNode = { domain, via, status: 'ok', records: [], lookups: 0, voidLookups: 0, children: [] };
  const walked: SpfWalkNode = { node, txt: NO_TXT, children: NO_CHILDREN };
  if (term !== undefined) node.term = term;
  if (path.includes(domain)) {
    node.status = 'loop';
    node.reason = `${domain} is already on the path ${[...path, domain].join(' → ')}.`;
    return walked;
  }
  context.nodes++;
  const { maxDepth, maxNodes } = context.bounds;
  if (path.length > maxDepth || context.nodes > maxNodes) {
    node.status = 'not-followed';
    node.reason = `The audit stops at depth ${maxDepth} and ${maxNodes} nodes.`;
    context.truncated = true;
    return walked;
  }
  const lookup = await lookupSpfRecords(context.resolver, domain);
  if (lookup.status === 'error') {
    node.status = 'dns-error';
    node.reason = lookup.error.message;
    walked.error = lookup.error;
    return walked;
  }
  if (lookup.status === 'none') {
    node.status = 'missing';
    // RFC 7208 §4.6.4: a lookup that answers NXDOMAIN or no records at all is void, whichever term made it.
    if (via !== 'root' && lookup.void) voidLookup(context, node);
    return walked;
  }
  node.records = lookup.records.map((record) => record.text);
  walked.txt = lookup.txt;
  if (lookup.records.length > 1) {
    node.status = 'multiple-records';
    return walked;
  }
  const text = lookup.records[0]!.text;
  node.record = text;
  const parsed = parseSpfShared(text);
  if (!parsed.ok) {
    node.status = 'syntax-error';
    node.syntaxError = parsed.error;
    return walked;
  }
  walked.parsed = parsed.record;
  await visitRecord(context, walked, parsed.record, [...path, domain]);
  return walked;
}

/**
 * How many of a record's mechanisms a receiver can evaluate: those up to and including the first `all`. RFC 7208
 * §5.1: "Mechanisms after "all" will never be tested. Mechanisms listed after "all" MUST be ignored."
 */
export function liveMechanismCount(record: SpfRecord): number {
  const all = record.mechanisms.findIndex((mechanism) => mechanism.name === 'all');
  return all < 0 ? record.mechanisms.length : all + 1;
}

/** Shared empty lists of a node that has none (never written to: a node gets its own list when it has one). */
const NO_TXT: SpfWalkNode['txt'] = [];
const NO_CHILDREN: SpfWalkNode[] = [];

function lookup(context: Context, node: SpfNode) {
  node.lookups++;
  context.lookups++;
}

function voidLookup(context: Context, node: SpfNode) {
  node.voidLookups++;
  context.voidLookups++;
}

/** Counts and flattens the terms of one record, and visits its children concurrently. */
async function visitRecord(context: Context, walked: SpfWalkNode, record: SpfRecord, path: string[]) {
  const { node } = walked;
  const { domain } = node;
  const live = liveMechanismCount(record);
  const all = live > 0 && record.mechanisms[live - 1]!.name === 'all' ? record.mechanisms[live - 1] : undefined;
  if (all) node.all = all.qualifier;
  const tasks: Array<Promise<unknown>> = [];
  const children: Array<Promise<SpfWalkNode>> = [];
  for (let i = 0; i < live; i++) {
    const mechanism = record.mechanisms[i]!;
    if (DNS_TERMS.has(mechanism.name)) lookup(context, node);
    switch (mechanism.name) {
      case 'ip4':
      case 'ip6':
        addNetwork(context, walked, mechanism);
        break;
      case 'a':
      case 'mx':
      case 'exists':
        if (mechanism.domainSpec?.hasMacros) unflattenable(context, mechanism.text, domain, 'macro');
        else tasks.push(resolveTerm(context, walked, mechanism));
        if (mechanism.name === 'exists') unflattenable(context, mechanism.text, domain, 'exists');
        break;
      case 'ptr':
        unflattenable(context, mechanism.text, domain, 'ptr');
        break;
      case 'include':
        if (mechanism.domainSpec!.hasMacros) unflattenable(context, mechanism.text, domain, 'macro');
        else children.push(visit(context, literalName(mechanism.domainSpec!), 'include', mechanism.text, path));
        break;
      case 'all':
        break;
    }
  }
  // RFC 7208 §6.1: a redirect is ignored when the record has an "all" anywhere.
  if (record.redirect && !all) {
    lookup(context, node);
    const target = record.redirect.value;
    if (target.hasMacros) unflattenable(context, record.redirect.text, domain, 'macro');
    else children.push(visit(context, literalName(target), 'redirect', record.redirect.text, path));
  }
  if (children.length === 0) {
    if (tasks.length > 0) await Promise.all(tasks);
    return;
  }
  const [nodes] = await Promise.all([Promise.all(children), Promise.all(tasks)]);
  walked.children = nodes;
  node.children = nodes.map((child) => child.node);
}

/** The name a domain-spec without macros stands for (escapes such as %% decoded), in canonical form. */
function literalName(spec: MacroString): string {
  const text = spec.tokens.map((token) => (token.kind === 'literal' ? token.text : '')).join('');
  return text.toLowerCase().replace(/\.$/, '');
}

function unflattenable(context: Context, term: string, domain: string, reason: SpfUnflattenable['reason']) {
  if (context.unflattenable.length < MAX_NETWORKS) context.unflattenable.push({ term, domain, reason });
}

function pushNetwork(context: Context, network: SpfFlatNetwork) {
  if (context.networks.length < MAX_NETWORKS) context.networks.push(network);
  else context.truncated = true;
}

/** An ip4/ip6 term: the network it names (only the prefix's high-order bits count, RFC 7208 §5.6). */
function addNetwork(context: Context, walked: SpfWalkNode, mechanism: SpfMechanism) {
  const { node } = walked;
  const written = mechanism.network!;
  const network = networkOf(written.address, written.prefix);
  if (!network) return;
  if (network.hostBitsSet) {
    walked.hostBits ??= [];
    walked.hostBits.push({ term: mechanism.text, prefix: written.prefix, cidr: network.cidr });
  }
  const flat: SpfFlatNetwork = {
    cidr: network.cidr,
    source: mechanism.name as 'ip4' | 'ip6',
    qualifier: mechanism.qualifier,
    term: mechanism.text,
    domain: node.domain,
  };
  if (network.nonPublic !== undefined) flat.range = network.nonPublic;
  pushNetwork(context, flat);
}

/** Resolves an a, mx or exists term without macros, for its networks and whether it is void. */
async function resolveTerm(context: Context, walked: SpfWalkNode, mechanism: SpfMechanism) {
  const { node } = walked;
  context.resolvedTerms++;
  if (context.resolvedTerms > context.bounds.maxResolvedTerms) {
    context.truncated = true;
    return;
  }
  const target = mechanism.domainSpec ? literalName(mechanism.domainSpec) : node.domain;
  // Kept (in the record's order) only when there is something to say: a failed lookup, or the MX names.
  let fact: SpfResolvedTerm | undefined;
  const resolved = () => {
    if (fact === undefined) {
      fact = { term: mechanism.text, name: mechanism.name as SpfResolvedTerm['name'], target };
      walked.resolved ??= [];
      walked.resolved.push(fact);
    }
    return fact;
  };
  const failed = (error: SpfTermLookupError) => {
    const entry = resolved();
    entry.errors ??= [];
    entry.errors.push(error);
  };
  if (mechanism.name === 'exists') {
    const answer = await context.resolver.resolve(target, 'A');
    if (answer.status === 'error') failed({ type: 'A', message: answer.error.message });
    else if (answer.status !== 'answer') voidLookup(context, node);
    return;
  }
  let hosts = [target];
  if (mechanism.name === 'mx') {
    const answer = await context.resolver.resolve(target, 'MX');
    if (answer.status === 'error') {
      failed({ type: 'MX', message: answer.error.message });
      return;
    }
    if (answer.status !== 'answer') {
      voidLookup(context, node);
      return;
    }
    hosts = answer.records.map((record) => record.data.exchange).filter((host) => host !== '');
    resolved().mxNames = hosts.length;
    // RFC 7208 §4.6.4: more than 10 MX names is a permerror; the first 10 are still flattened.
    if (hosts.length > SPF_MX_LIMIT) hosts = hosts.slice(0, SPF_MX_LIMIT);
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
  let errors = false;
  for (const { host, type, answer } of found) {
    if (answer.status === 'error') {
      errors = true;
      failed({ type, host, message: answer.error.message });
      continue;
    }
    if (answer.status !== 'answer') continue;
    for (const record of answer.records) {
      any = true;
      const prefix = type === 'A' ? (mechanism.cidr4 ?? 32) : (mechanism.cidr6 ?? 128);
      const network = networkOf(String(record.data), prefix);
      if (!network) continue;
      const flat: SpfFlatNetwork = {
        cidr: network.cidr,
        source: mechanism.name as 'a' | 'mx',
        qualifier: mechanism.qualifier,
        term: mechanism.text,
        domain: node.domain,
        host,
      };
      if (network.nonPublic !== undefined) flat.range = network.nonPublic;
      pushNetwork(context, flat);
    }
  }
  // A name with neither A nor AAAA is void for every sender (RFC 7208 §4.6.4); mx counts its MX lookup only.
  if (!any && mechanism.name === 'a' && !errors) voidLookup(context, node);
}
