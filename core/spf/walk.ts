import type { RecordType, Resolver } from '../dns/types.js';
import { SPF_MX_LIMIT } from './check-host.js';
import { networkOf } from './ip.js';
import { parseSpfShared } from './parse.js';
import { lookupSpfRecords } from './records.js';
import type {
  MacroString,
  SpfFlatNetwork,
  SpfMechanism,
  SpfNodeVia,
  SpfRecord,
  SpfResolvedTerm,
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

interface Context extends SpfWalkBounds {
  resolver: Resolver;
  nodes: number;
  resolvedTerms: number;
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
    ...bounds,
    resolver,
    nodes: 0,
    resolvedTerms: 0,
    truncated: false,
    networks: [],
    unflattenable: [],
  };
  const tree = await visit(context, domain, 'root', undefined, []);
  let lookups = 0;
  let voidLookups = 0;
  forEachNode(tree, (node) => {
    lookups += node.lookups;
    voidLookups += node.voidLookups;
  });
  return {
    domain,
    tree,
    lookups,
    voidLookups,
    networks: context.networks,
    unflattenable: context.unflattenable,
    truncated: context.truncated,
    bounds: { maxDepth: bounds.maxDepth, maxNodes: bounds.maxNodes, maxResolvedTerms: bounds.maxResolvedTerms },
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
export function policyEnd<N extends { status: string; all?: unknown; via: SpfNodeVia; children: readonly N[] }>(
  tree: N,
): N | undefined {
  let end: N | undefined = tree;
  while (end && end.status === 'ok' && end.all === undefined) {
    end = end.children.find((child) => child.via === 'redirect');
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
  const node: SpfWalkNode = {
    domain,
    via,
    status: 'ok',
    records: [],
    lookups: 0,
    voidLookups: 0,
    txt: [],
    resolved: [],
    children: [],
  };
  if (term !== undefined) node.term = term;
  if (path.includes(domain)) {
    node.status = 'loop';
    node.reason = `${domain} is already on the path ${[...path, domain].join(' → ')}.`;
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
    node.error = lookup.error;
    return node;
  }
  if (lookup.status === 'none') {
    node.status = 'missing';
    // RFC 7208 §4.6.4: a lookup that answers NXDOMAIN or no records at all is void, whichever term made it.
    if (via !== 'root') node.voidLookups = lookup.void ? 1 : 0;
    return node;
  }
  node.records = lookup.records.map((record) => record.text);
  node.txt = lookup.txt;
  if (lookup.records.length > 1) {
    node.status = 'multiple-records';
    return node;
  }
  const text = lookup.records[0]!.text;
  node.record = text;
  const parsed = parseSpfShared(text);
  if (!parsed.ok) {
    node.status = 'syntax-error';
    node.syntaxError = parsed.error;
    return node;
  }
  await visitRecord(context, node, parsed.record, [...path, domain]);
  return node;
}

/**
 * The mechanisms a receiver can evaluate: those up to and including the first `all`. RFC 7208 §5.1: "Mechanisms
 * after "all" will never be tested. Mechanisms listed after "all" MUST be ignored."
 */
export function liveMechanisms(record: SpfRecord): readonly SpfMechanism[] {
  const all = record.mechanisms.findIndex((mechanism) => mechanism.name === 'all');
  return all < 0 ? record.mechanisms : record.mechanisms.slice(0, all + 1);
}

/** Counts and flattens the terms of one record, and visits its children concurrently. */
async function visitRecord(context: Context, node: SpfWalkNode, record: SpfRecord, path: string[]) {
  const { domain } = node;
  const all = record.mechanisms.find((mechanism) => mechanism.name === 'all');
  if (all) node.all = all.qualifier;
  const tasks: Array<Promise<unknown>> = [];
  const children: Array<Promise<SpfWalkNode>> = [];
  for (const mechanism of liveMechanisms(record)) {
    if (DNS_TERMS.has(mechanism.name)) node.lookups++;
    switch (mechanism.name) {
      case 'ip4':
      case 'ip6':
        addNetwork(context, node, mechanism);
        break;
      case 'a':
      case 'mx':
      case 'exists':
        if (mechanism.domainSpec?.hasMacros) unflattenable(context, mechanism.text, domain, 'macro');
        else tasks.push(resolveTerm(context, node, mechanism));
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
    node.lookups++;
    const target = record.redirect.value;
    if (target.hasMacros) unflattenable(context, record.redirect.text, domain, 'macro');
    else children.push(visit(context, literalName(target), 'redirect', record.redirect.text, path));
  }
  const [nodes] = await Promise.all([Promise.all(children), Promise.all(tasks)]);
  node.children = nodes;
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
function addNetwork(context: Context, node: SpfWalkNode, mechanism: SpfMechanism) {
  const written = mechanism.network!;
  const network = networkOf(written.address, written.prefix);
  if (!network) return;
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
async function resolveTerm(context: Context, node: SpfWalkNode, mechanism: SpfMechanism) {
  context.resolvedTerms++;
  if (context.resolvedTerms > context.maxResolvedTerms) {
    context.truncated = true;
    return;
  }
  const target = mechanism.domainSpec ? literalName(mechanism.domainSpec) : node.domain;
  const resolved: SpfResolvedTerm = {
    term: mechanism.text,
    name: mechanism.name as SpfResolvedTerm['name'],
    target,
    errors: [],
  };
  node.resolved.push(resolved);
  if (mechanism.name === 'exists') {
    const answer = await context.resolver.resolve(target, 'A');
    if (answer.status === 'error') resolved.errors.push({ type: 'A', message: answer.error.message });
    else if (answer.status !== 'answer') node.voidLookups++;
    return;
  }
  let hosts = [target];
  if (mechanism.name === 'mx') {
    const answer = await context.resolver.resolve(target, 'MX');
    if (answer.status === 'error') {
      resolved.errors.push({ type: 'MX', message: answer.error.message });
      return;
    }
    if (answer.status !== 'answer') {
      node.voidLookups++;
      return;
    }
    hosts = answer.records.map((record) => record.data.exchange).filter((host) => host !== '');
    resolved.mxNames = hosts.length;
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
  for (const { host, type, answer } of found) {
    if (answer.status === 'error') {
      resolved.errors.push({ type, host, message: answer.error.message });
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
  if (!any && mechanism.name === 'a' && found.every(({ answer }) => answer.status !== 'error')) node.voidLookups++;
}
