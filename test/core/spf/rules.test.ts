import { describe, expect, it } from 'vitest';
import {
  judgeSpf,
  parseSpf,
  type SpfFlatNetwork,
  type SpfNode,
  type SpfResolvedTerm,
  type SpfWalk,
  type SpfWalkNode,
} from '../../../core/spf/index.js';

// The rules judge a walked tree and nothing else: every tree here is built by hand, no resolver anywhere.

type NodeExtra = Partial<Omit<SpfNode, 'children'>> & Partial<Omit<SpfWalkNode, 'node'>>;

/**
 * A node of the walked tree; its record text decides `all`, its TXT answer is the record itself unless given. Walk
 * facts (txt, error, resolved, children) go to the walked node, the rest to the report's node.
 */
function node(domain: string, record: string | undefined, extra: NodeExtra = {}): SpfWalkNode {
  const { txt, error, resolved, hostBits, children = [], ...fields } = extra;
  const base: SpfNode = {
    domain,
    via: 'root',
    status: 'ok',
    records: record === undefined ? [] : [record],
    lookups: 0,
    voidLookups: 0,
    children: children.map((child) => child.node),
  };
  if (record !== undefined) {
    base.record = record;
    const all = / ([+\-~?]?)all(?: |$)/.exec(record);
    if (all) base.all = (all[1] || '+') as SpfNode['all'];
  }
  const walked: SpfWalkNode = {
    node: { ...base, ...fields },
    txt: txt ?? (record === undefined ? [] : [{ strings: [record], text: record }]),
    children,
  };
  if (walked.node.status === 'ok' && record !== undefined) {
    const parsed = parseSpf(record);
    if (parsed.ok) walked.parsed = parsed.record;
  }
  if (error !== undefined) walked.error = error;
  if (resolved !== undefined) walked.resolved = resolved;
  if (hostBits !== undefined) walked.hostBits = hostBits;
  return walked;
}

function walk(tree: SpfWalkNode, extra: Partial<SpfWalk> = {}): SpfWalk {
  return {
    domain: tree.node.domain,
    tree,
    lookups: 0,
    voidLookups: 0,
    networks: [],
    unflattenable: [],
    truncated: false,
    bounds: { maxDepth: 10, maxNodes: 100, maxResolvedTerms: 60 },
    ...extra,
  };
}

const include = (domain: string, record: string | undefined, extra: NodeExtra = {}) =>
  node(domain, record, { via: 'include', term: `include:${domain}`, ...extra });

const ids = (result: ReturnType<typeof judgeSpf>) => result.findings.map((finding) => finding.id).sort();

const network = (cidr: string, extra: Partial<SpfFlatNetwork> = {}): SpfFlatNetwork => ({
  cidr,
  source: 'ip4',
  qualifier: '+',
  term: `ip4:${cidr}`,
  domain: 'example.com',
  ...extra,
});

const resolved = (term: string, extra: Partial<SpfResolvedTerm> = {}): SpfResolvedTerm => ({
  term,
  name: 'mx',
  target: 'example.com',
  ...extra,
});

describe('judgeSpf: findings from a walked tree (no resolver)', () => {
  const table: Array<{ name: string; walk: SpfWalk; ids: string[]; status: string }> = [
    {
      name: 'a clean policy',
      walk: walk(node('example.com', 'v=spf1 ip4:192.0.2.0/24 -all')),
      ids: [],
      status: 'pass',
    },
    {
      name: 'no record at the root',
      walk: walk(node('example.com', undefined, { status: 'missing' })),
      ids: ['spf.missing'],
      status: 'fail',
    },
    {
      name: 'two records',
      walk: walk(
        node('example.com', undefined, {
          status: 'multiple-records',
          records: ['v=spf1 -all', 'v=spf1 ~all'],
          txt: [
            { strings: ['v=spf1 -all'], text: 'v=spf1 -all' },
            { strings: ['v=spf1 ~all'], text: 'v=spf1 ~all' },
          ],
        }),
      ),
      ids: ['spf.multiple-records'],
      status: 'fail',
    },
    {
      name: 'a syntax error',
      walk: walk(
        node('example.com', 'v=spf1 foo -all', {
          status: 'syntax-error',
          syntaxError: { code: 'unknown-mechanism', message: 'no', position: 7 },
        }),
      ),
      ids: ['spf.syntax-error'],
      status: 'fail',
    },
    {
      name: 'a TXT lookup that failed is error, never missing',
      walk: walk(
        node('example.com', undefined, {
          status: 'dns-error',
          reason: 'SERVFAIL',
          error: { code: 'servfail', transient: true, message: 'SERVFAIL' },
        }),
      ),
      ids: ['spf.dns-error'],
      status: 'error',
    },
    {
      name: 'an address lookup that failed is error',
      walk: walk(
        node('example.com', 'v=spf1 mx -all', {
          resolved: [resolved('mx', { errors: [{ type: 'A', host: 'mx.example.com', message: 'timeout' }] })],
        }),
      ),
      ids: ['spf.dns-error'],
      status: 'error',
    },
    {
      name: 'an include that loops',
      walk: walk(
        node('example.com', 'v=spf1 include:b.example.com -all', {
          children: [
            include('b.example.com', 'v=spf1 include:example.com -all', {
              children: [include('example.com', undefined, { status: 'loop' })],
            }),
          ],
        }),
      ),
      ids: ['spf.include-loop'],
      status: 'fail',
    },
    {
      name: 'an include without a record',
      walk: walk(
        node('example.com', 'v=spf1 include:none.example.com -all', {
          children: [include('none.example.com', undefined, { status: 'missing' })],
        }),
      ),
      ids: ['spf.include-no-record'],
      status: 'fail',
    },
    { name: '+all', walk: walk(node('example.com', 'v=spf1 +all')), ids: ['spf.pass-all'], status: 'fail' },
    { name: '?all', walk: walk(node('example.com', 'v=spf1 ?all')), ids: ['spf.neutral-all'], status: 'warn' },
    { name: 'no all', walk: walk(node('example.com', 'v=spf1 ip4:192.0.2.1')), ids: ['spf.no-all'], status: 'warn' },
    {
      name: 'a redirect that ends in ~all',
      walk: walk(
        node('example.com', 'v=spf1 redirect=_spf.example.com', {
          children: [node('_spf.example.com', 'v=spf1 ~all', { via: 'redirect', term: 'redirect=_spf.example.com' })],
        }),
      ),
      ids: [],
      status: 'pass',
    },
    {
      name: 'a redirect beside all',
      walk: walk(node('example.com', 'v=spf1 -all redirect=_spf.example.com')),
      ids: ['spf.redirect-ignored'],
      status: 'warn',
    },
    { name: 'ptr', walk: walk(node('example.com', 'v=spf1 ptr -all')), ids: ['spf.ptr-mechanism'], status: 'warn' },
    {
      name: 'host bits set',
      walk: walk(
        node('example.com', 'v=spf1 ip4:45.33.20.1/24 -all', {
          hostBits: [{ term: 'ip4:45.33.20.1/24', prefix: 24, cidr: '45.33.20.0/24' }],
        }),
      ),
      ids: ['spf.cidr-not-network'],
      status: 'pass',
    },
    {
      name: 'a private network behind an a term',
      walk: walk(node('example.com', 'v=spf1 a -all'), {
        networks: [network('10.1.2.3/32', { source: 'a', term: 'a', host: 'example.com', range: 'private' })],
      }),
      ids: ['spf.non-public-address'],
      status: 'warn',
    },
    {
      name: 'more than 10 MX names',
      walk: walk(node('example.com', 'v=spf1 mx -all', { resolved: [resolved('mx', { mxNames: 11 })] })),
      ids: ['spf.too-many-mx-names'],
      status: 'fail',
    },
    {
      name: '11 DNS-querying terms',
      walk: walk(node('example.com', 'v=spf1 -all'), { lookups: 11 }),
      ids: ['spf.too-many-lookups'],
      status: 'fail',
    },
    {
      name: '10 DNS-querying terms',
      walk: walk(node('example.com', 'v=spf1 -all'), { lookups: 10 }),
      ids: [],
      status: 'pass',
    },
    {
      name: '3 void lookups',
      walk: walk(node('example.com', 'v=spf1 -all'), { voidLookups: 3 }),
      ids: ['spf.too-many-void-lookups'],
      status: 'fail',
    },
    {
      name: 'a walk that stopped at its bounds',
      walk: walk(node('example.com', 'v=spf1 -all'), { truncated: true }),
      ids: ['spf.tree-truncated'],
      status: 'warn',
    },
    // RFC 7208 §5.1: "Mechanisms listed after "all" MUST be ignored."
    {
      name: 'mechanisms after all',
      walk: walk(node('example.com', 'v=spf1 -all ip4:192.0.2.1 include:_spf.example.net')),
      ids: ['spf.terms-after-all'],
      status: 'warn',
    },
    {
      name: 'a second all, "+all", after the first: only the first one counts',
      walk: walk(node('example.com', 'v=spf1 -all +all')),
      ids: ['spf.terms-after-all'],
      status: 'warn',
    },
    {
      name: 'ptr after all is a dead term, not a ptr finding',
      walk: walk(node('example.com', 'v=spf1 ~all ptr ip4:192.0.2.1/24')),
      ids: ['spf.terms-after-all'],
      status: 'warn',
    },
    {
      name: 'exp= after all is where it belongs',
      walk: walk(node('example.com', 'v=spf1 -all exp=why.example.com')),
      ids: [],
      status: 'pass',
    },
    {
      name: 'the same include twice in one record',
      walk: walk(
        node('example.com', 'v=spf1 include:_spf.example.net include:_spf.example.net -all', {
          children: [include('_spf.example.net', 'v=spf1 -all'), include('_spf.example.net', 'v=spf1 -all')],
        }),
      ),
      ids: ['spf.duplicate-include'],
      status: 'warn',
    },
    {
      name: 'the same include in two branches',
      walk: walk(
        node('example.com', 'v=spf1 include:a.example.com include:b.example.com -all', {
          children: [
            include('a.example.com', 'v=spf1 include:_spf.example.net -all', {
              children: [include('_spf.example.net', 'v=spf1 -all')],
            }),
            include('b.example.com', 'v=spf1 include:_spf.example.net -all', {
              children: [include('_spf.example.net', 'v=spf1 -all')],
            }),
          ],
        }),
      ),
      ids: ['spf.duplicate-include'],
      status: 'warn',
    },
    {
      name: 'an include and a redirect to one domain are not duplicate includes',
      walk: walk(
        node('example.com', 'v=spf1 include:_spf.example.net redirect=_spf.example.net', {
          children: [
            include('_spf.example.net', 'v=spf1 -all'),
            node('_spf.example.net', 'v=spf1 -all', { via: 'redirect', term: 'redirect=_spf.example.net' }),
          ],
        }),
      ),
      ids: [],
      status: 'pass',
    },
    // RFC 7208 §3.4: name (13 octets for example.com as it travels) + the text of all TXT records, under 450.
    {
      name: 'an answer of 449 octets',
      walk: walk(
        node('example.com', 'v=spf1 -all', {
          txt: [
            { strings: ['v=spf1 -all'], text: 'v=spf1 -all' },
            { strings: ['x'.repeat(255), 'x'.repeat(170)], text: 'x'.repeat(425) },
          ],
        }),
      ),
      ids: [],
      status: 'pass',
    },
    {
      name: 'an answer of 450 octets',
      walk: walk(
        node('example.com', 'v=spf1 -all', {
          txt: [
            { strings: ['v=spf1 -all'], text: 'v=spf1 -all' },
            { strings: ['x'.repeat(255), 'x'.repeat(171)], text: 'x'.repeat(426) },
          ],
        }),
      ),
      ids: ['spf.record-too-long'],
      status: 'warn',
    },
    {
      name: 'a character-string over 255 octets (RFC 7208 §3.3)',
      walk: walk(
        node('example.com', `v=spf1 ${'ip4:192.0.2.1 '.repeat(19)}-all`, {
          txt: [
            {
              strings: [`v=spf1 ${'ip4:192.0.2.1 '.repeat(19)}-all`],
              text: `v=spf1 ${'ip4:192.0.2.1 '.repeat(19)}-all`,
            },
          ],
        }),
      ),
      ids: ['spf.record-too-long'],
      status: 'warn',
    },
  ];

  for (const row of table) {
    it(row.name, () => {
      const result = judgeSpf(row.walk);
      expect(ids(result)).toEqual(row.ids);
      expect(result.status).toBe(row.status);
    });
  }

  it('keeps at most 20 findings of one id', () => {
    const record = `v=spf1 ${Array.from({ length: 30 }, () => 'ptr').join(' ')} -all`;
    const result = judgeSpf(walk(node('example.com', record)));
    expect(result.findings.filter((finding) => finding.id === 'spf.ptr-mechanism')).toHaveLength(20);
  });

  it('sums up the policy in one sentence', () => {
    expect(judgeSpf(walk(node('example.com', 'v=spf1 -all'), { lookups: 3 })).summary).toBe(
      'The SPF policy of example.com ends in "-all" and uses 3 of 10 DNS lookups.',
    );
    expect(judgeSpf(walk(node('example.com', 'v=spf1 ptr ?all'))).summary).toBe(
      'The SPF policy of example.com ends in "?all" and uses 0 of 10 DNS lookups; 0 errors and 2 warnings to fix.',
    );
  });
});
