/**
 * Conformance: DMARC record vectors (mjl-/mox dmarc/parse_test.go, MIT; trusteddomainproject/OpenDMARC
 * libopendmarc/tests, BSD-3-Clause; domainaware/checkdmarc tests/test_dmarc.py, Apache-2.0; postalsys/mailauth
 * test/dmarc, MIT) and policy-discovery scenarios (mox dmarc/dmarc_test.go; mailauth
 * test/dmarc/rfc9989-compliance-test.js), read as they are from test/conformance/dmarc/ (sources and licences: test/conformance/README.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDmarc, discoverDmarc, parseDmarc } from '../../../core/dmarc/index.js';
import { createMemoryResolver, type RecordSet, type ZoneData } from '../../../core/dns/index.js';

const dir = new URL('../../conformance/dmarc/', import.meta.url);

interface Vector {
  record: string;
  expect: string;
  note: string | null;
  source: { repo: string; path: string; line: number };
}
interface Scenario {
  id: string;
  model: 'rfc7489-psl' | 'rfc9989-treewalk';
  zone: Record<string, { TXT?: string[][]; A?: string[]; MX?: Array<[number, string]> }>;
  fail?: string[];
  domain: string;
  expect: {
    status?: string;
    record_domain?: string;
    org_domain?: string;
    p?: string;
    policy_applied?: string;
    dmarc_queries_in_order?: string[];
  };
}

const vectors = (JSON.parse(readFileSync(new URL('dmarc-record-vectors.json', dir), 'utf8')) as { vectors: Vector[] })
  .vectors;
const scenarios = (
  JSON.parse(readFileSync(new URL('policy-discovery-scenarios.json', dir), 'utf8')) as { scenarios: Scenario[] }
).scenarios;

const vectorId = (vector: Vector) => `${vector.source.repo}:${vector.source.path}:${vector.source.line}`;

/**
 * Vectors whose source expects another verdict than RFC 9989 gives, with the section that decides. The sources follow
 * RFC 7489 (mox, OpenDMARC) or their own reading of RFC 9989 (checkdmarc, mailauth).
 */
const DIFFERENCES: Record<string, string> = {
  'mjl-/mox:dmarc/parse_test.go:27':
    'RFC 9989 §4.8: the grammar no longer requires p right after v (RFC 7489 §6.3 did); sp before p is valid.',
  'mjl-/mox:dmarc/parse_test.go:52':
    'RFC 9989 §4.8 (obs-dmarc-report-size: "reporters should ignore the obs-dmarc-report-size if it is found") and Appendix C.4 ("the ability to specify a maximum report size in the DMARC URI has been removed"): the RFC 7489 "!size" suffix is ignored, so an oversized number does not make the URI invalid.',
  'mjl-/mox:dmarc/parse_test.go:91':
    'RFC 9989 §4.10.1: a record that "contains an "sp" or "np" tag that is not valid" is acted on "as if a record containing "p=none" was retrieved" (rua is valid): usable, but not as published, so not valid; sp does not fall back to p.',
  'trusteddomainproject/OpenDMARC:libopendmarc/tests/test_dmarc_parse.c:23':
    'RFC 9989 §4.7/§4.8: p takes exactly none, quarantine or reject; "n" is not an abbreviation the grammar allows, and with no valid p and no rua there is no DMARC processing (§4.10.1).',
  'trusteddomainproject/OpenDMARC:libopendmarc/tests/test_dmarc_parse.c:30':
    'RFC 9989 Appendix C.5.2: rf is removed (§4.7: tags not in the registry "MUST be ignored"); its value is not validated, only reported as historic.',
  'trusteddomainproject/OpenDMARC:libopendmarc/tests/test_dmarc_parse.c:31':
    'RFC 9989 Appendix C.5.2: ri is removed (§4.7: tags not in the registry "MUST be ignored"); its value is not validated, only reported as historic.',
  'trusteddomainproject/OpenDMARC:libopendmarc/tests/test_dmarc_parse.c:32':
    'RFC 9989 Appendices A.6 and C.5.2: pct is removed (§4.7: tags not in the registry "MUST be ignored"); pct=500 is reported as historic and out of RFC 7489 range, not as a syntax error.',
  'trusteddomainproject/OpenDMARC:libopendmarc/tests/test_dmarc_parse.c:37':
    'RFC 9989 Appendix C.5.2: rf is removed (§4.7: tags not in the registry "MUST be ignored"); its value is not validated, only reported as historic.',
  'trusteddomainproject/OpenDMARC:libopendmarc/tests/test_dmarc_parse.c:35':
    'RFC 9989 §4.7 (a mailto: DMARC URI, RFC 6068 §2): "mailto://abuse.com" holds no addr-spec, so no report can be sent; we report a syntax error.',
  'trusteddomainproject/OpenDMARC:libopendmarc/tests/test_dmarc_parse.c:36':
    'RFC 9989 §4.7 (a mailto: DMARC URI, RFC 6068 §2): "mailto://abuse.com" holds no addr-spec, so no report can be sent; we report a syntax error.',
};

/** Issues that make a record not valid as published: a syntax error (§4.8) or a p/sp/np receivers cannot apply (§4.10.1). */
const INVALID_ISSUES = new Set(['invalid-value', 'empty-tag', 'malformed', 'invalid-policy', 'no-policy']);

/** Our verdict on a record: usable as published with no syntax error, or not. Historic and unknown tags keep it valid. */
function verdict(record: string): 'valid' | 'invalid' {
  const parsed = parseDmarc(record);
  if (!parsed.ok) return 'invalid';
  return parsed.issues.some((issue) => INVALID_ISSUES.has(issue.code)) ? 'invalid' : 'valid';
}

const expected = (vector: Vector): 'valid' | 'invalid' => (vector.expect.startsWith('valid') ? 'valid' : 'invalid');

describe('DMARC record vectors', () => {
  it('has the 103 vectors and their sources, with unique ids', () => {
    expect(vectors.length).toBe(103);
    expect(new Set(vectors.map(vectorId)).size).toBe(103);
  });

  it.each(vectors.map((vector) => [vectorId(vector), vector] as const))('%s', (id, vector) => {
    const ours = verdict(vector.record);
    const difference = DIFFERENCES[id];
    if (difference) expect(ours, difference).not.toBe(expected(vector));
    else expect(ours, `${JSON.stringify(vector.record)} (${vector.expect})`).toBe(expected(vector));
  });

  it('lists only differences that exist among the vectors', () => {
    const ids = new Set(vectors.map(vectorId));
    for (const id of Object.keys(DIFFERENCES)) expect(ids.has(id), id).toBe(true);
  });
});

/** Whether a discovery outcome is the one a scenario's source expects (status, record domain, policy, org). */
function matchesSource(view: DiscoveryView, want: Scenario['expect']): boolean {
  if (want.status !== undefined) {
    const found = view.status === 'found';
    if (want.status === 'record' ? !found : found) return false;
  }
  if (want.record_domain !== undefined && view.policyDomain !== want.record_domain) return false;
  if (want.p !== undefined && view.policy !== want.p) return false;
  return want.org_domain === undefined || view.org === want.org_domain;
}

function zoneOf(scenario: Scenario): ZoneData {
  const records: Record<string, RecordSet> = {};
  for (const [name, set] of Object.entries(scenario.zone)) {
    const entry: RecordSet = {};
    // A name in "fail" answers its TXT query with SERVFAIL (the memory resolver fails only types a set lacks).
    if (set.TXT && !scenario.fail?.includes(name)) entry.TXT = set.TXT;
    if (set.A) entry.A = set.A;
    if (set.MX) entry.MX = set.MX;
    if (scenario.fail?.includes(name)) entry.error = 'servfail';
    records[name] = entry;
  }
  for (const name of scenario.fail ?? []) records[name] ??= { error: 'servfail' };
  return { zones: [], records };
}

/** What policy discovery yields: status, where the record applied was found, its policy, the organizational domain. */
interface DiscoveryView {
  status: string;
  policyDomain: string | undefined;
  policy: string | undefined;
  org: string;
}

/**
 * Scenarios whose source expects another outcome than the text gives, with the section that decides and what we give
 * instead (each asserted, and asserted to differ from the source).
 */
const SCENARIO_DIFFERENCES: Record<string, { why: string; ours: Partial<DiscoveryView> }> = {
  'mailauth-multiple-at-author-no-inherit': {
    why: 'RFC 9989 §4.10 step 2: "If multiple DMARC Policy Records are returned for a single target, they are all discarded" and the walk goes on (step 4); example.com is then the Organizational Domain (§4.10.2, the record with the fewest labels) and its record applies (§4.10.1). "Must not fall through" is the RFC 7489 §6.6.3 rule, which our RFC 7489 view keeps.',
    ours: { status: 'found', policyDomain: 'example.com', policy: 'none', org: 'example.com' },
  },
  'mox-lookup-malformed.example': {
    why: 'RFC 7489 §6.3: "Syntax errors in the remainder of the record SHOULD be discarded in favor of default values (if any) or ignored outright" (RFC 9989 §4.8: MUST): the part "bogus" is discarded and p=none applies; mox makes it a permanent error.',
    ours: { status: 'found', policyDomain: 'malformed.example', policy: 'none' },
  },
};

describe('DMARC policy-discovery scenarios', () => {
  it('has the 24 scenarios', () => {
    expect(scenarios.length).toBe(24);
  });

  it('lists only differences that exist among the scenarios', () => {
    const ids = new Set(scenarios.map((scenario) => scenario.id));
    for (const id of Object.keys(SCENARIO_DIFFERENCES)) expect(ids.has(id), id).toBe(true);
  });

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('%s', async (id, scenario) => {
    const resolver = createMemoryResolver(zoneOf(scenario));
    const discovery = await discoverDmarc(scenario.domain, { resolver });
    // The mox scenarios model RFC 7489 (Public Suffix List); the mailauth ones RFC 9989's DNS Tree Walk.
    const view: DiscoveryView =
      scenario.model === 'rfc7489-psl'
        ? {
            status: discovery.rfc7489.status,
            policyDomain: discovery.rfc7489.policyDomain,
            policy: discovery.rfc7489.record?.policy,
            org: discovery.rfc7489.organizationalDomain,
          }
        : {
            status: discovery.status,
            policyDomain: discovery.policyDomain,
            policy: discovery.record?.policy,
            org: discovery.organizationalDomain,
          };
    const want = scenario.expect;
    const difference = SCENARIO_DIFFERENCES[id];
    if (difference) {
      expect(view, difference.why).toMatchObject(difference.ours);
      expect(matchesSource(view, want), difference.why).toBe(false);
      return;
    }
    if (want.status !== undefined) {
      if (want.status === 'record') expect(view.status).toBe('found');
      else if (want.status.startsWith('none')) expect(view.status).toMatch(/^(none|multiple|invalid)$/);
      else if (want.status.startsWith('permerror')) expect(view.status).toBe('invalid');
      else if (want.status.startsWith('temperror')) expect(view.status).toBe('dns-error');
      else throw new Error(`unmapped expectation ${want.status}`);
    }
    if (want.record_domain !== undefined) expect(view.policyDomain).toBe(want.record_domain);
    if (want.p !== undefined) expect(view.policy).toBe(want.p);
    if (want.org_domain !== undefined) expect(view.org).toBe(want.org_domain);
    if (want.policy_applied !== undefined) {
      const check = await checkDmarc(scenario.domain, { resolver: createMemoryResolver(zoneOf(scenario)) });
      expect(check.data.policy?.domain.applied).toBe(want.policy_applied);
    }
    if (want.dmarc_queries_in_order !== undefined) {
      const queried = resolver.calls
        .filter((call) => call.startsWith('TXT _dmarc.'))
        .map((call) => call.slice(4))
        .slice(0, want.dmarc_queries_in_order.length + 1);
      // The walk's queries, in order, and no more than 8 (the RFC 7489 view reuses the memoized answers).
      expect(queried.slice(0, 8)).toEqual(want.dmarc_queries_in_order);
      expect(discovery.walk.map((step) => step.name)).toEqual(want.dmarc_queries_in_order);
    }
  });
});
