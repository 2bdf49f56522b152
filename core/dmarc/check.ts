import { getDomain, getPublicSuffix } from 'tldts';
import { describeDnsFailure } from '../dns/failure.js';
import { parseDomain } from '../dns/name.js';
import type { Resolver } from '../dns/types.js';
import { createFinding, type Finding, type Severity, sectionStatus } from '../finding.js';
import { verifyReportDestinations } from './authorize.js';
import { discoverDmarc, evaluateDmarcAnswer, MAX_TREE_WALK_QUERIES } from './discover.js';
import { comparePolicies, effectivePolicies, testingPolicy } from './effective-policy.js';
import { type DmarcFindingId, dmarcFindings } from './findings.js';
import { parseDmarc } from './parse.js';
import { reportDeliveries } from './report-delivery.js';
import { createTxtLookup, type TxtLookup } from './txt-lookup.js';
import type {
  DmarcCheck,
  DmarcData,
  DmarcDiscovery,
  DmarcIssue,
  DmarcRecord,
  ReportDelivery,
  TreeWalkStep,
} from './types.js';

/** §5.1.8: at most this many names the walk skips are asked, to show a record there that receivers never find. */
const MAX_SKIPPED_PROBES = 8;

type Add = (id: DmarcFindingId, message: string, extra?: { at?: string; severity?: Severity; fix?: string }) => void;

const ISSUE_FINDINGS: Record<DmarcIssue['code'], DmarcFindingId> = {
  'invalid-value': 'dmarc.syntax-error',
  'empty-tag': 'dmarc.syntax-error',
  'unknown-tag': 'dmarc.unknown-tag',
  'historic-tag': 'dmarc.historic-tag',
  'size-limit': 'dmarc.obsolete-size-limit',
  'uri-scheme': 'dmarc.report-uri-scheme',
  malformed: 'dmarc.syntax-error',
  'missing-policy': 'dmarc.policy-none',
  'invalid-policy': 'dmarc.syntax-error',
  'no-policy': 'dmarc.syntax-error',
};

/** Issues whose part is discarded in favour of its default (RFC 9989 §4.8): the record still works. */
const DISCARDED: ReadonlySet<DmarcIssue['code']> = new Set(['invalid-value', 'empty-tag', 'malformed']);

/** The message of a historic tag (RFC 9989 removed pct, rf and ri), with pct explained as RFC 7489 §6.3 defines it. */
function historicMessage(issue: DmarcIssue): string {
  const { tag, value = '' } = issue;
  if (tag === 'pct') {
    const valid = /^\d{1,3}$/.test(value) && Number(value) <= 100;
    return `pct=${value} is historic: RFC 9989 removed it and its receivers ignore it, while RFC 7489 receivers still apply it${valid ? '' : ` (and ${value} is not even a valid RFC 7489 value, 0–100)`}.`;
  }
  const meaning = tag === 'rf' ? 'the failure-report format' : 'the aggregate-report interval';
  return `${tag}=${value} (${meaning}) is historic: RFC 9989 removed it and receivers ignore it.`;
}

/** A hostile record can hold hundreds of bad tags: past this many of one kind, one finding says how many more. */
const MAX_FINDINGS_PER_ISSUE = 20;

function issueFindings(issues: readonly DmarcIssue[], at: string, add: Add) {
  const seen = new Map<string, number>();
  for (const issue of issues) {
    const id = ISSUE_FINDINGS[issue.code];
    const count = (seen.get(issue.code) ?? 0) + 1;
    seen.set(issue.code, count);
    if (count > MAX_FINDINGS_PER_ISSUE) continue;
    if (issue.code === 'historic-tag') add(id, historicMessage(issue), { at });
    else if (DISCARDED.has(issue.code)) add(id, issue.message, { at, severity: 'warning' });
    else if (issue.code === 'invalid-policy' || issue.code === 'no-policy') {
      add(id, issue.message, {
        at,
        fix: `Correct ${issue.tag} to none, quarantine or reject (or remove it): ${issue.code === 'no-policy' ? 'until then receivers apply no DMARC policy at all' : 'until then receivers apply p=none to everything the record covers'}.`,
      });
    } else if (issue.code === 'missing-policy') {
      add(id, `${issue.message} Mail that fails DMARC is delivered as usual.`, {
        at,
        fix: 'Add p=none explicitly to monitor, then p=quarantine and p=reject; put p right after v=DMARC1 for older receivers.',
      });
    } else add(id, issue.message, { at });
  }
  for (const [code, count] of seen) {
    if (count > MAX_FINDINGS_PER_ISSUE) {
      const more = count - MAX_FINDINGS_PER_ISSUE;
      add(ISSUE_FINDINGS[code as DmarcIssue['code']], `…and ${more} more of the same kind in this record.`, { at });
    }
  }
}

/** RFC 7489 §6.3: pct below 100 applies the policy to that share of failing mail; the rest gets the next milder one. */
function pctFindings(record: DmarcRecord, at: string, add: Add) {
  const pct = record.historic.pct;
  if (pct === undefined || !/^\d{1,3}$/.test(pct)) return;
  const share = Number(pct);
  if (share >= 100 || record.policy === 'none') return;
  const milder = testingPolicy(record.policy);
  add(
    'dmarc.partial-pct',
    `pct=${share} with p=${record.policy}: RFC 7489 receivers apply ${record.policy} to only ${share}% of the mail that fails DMARC and treat the other ${100 - share}% as p=${milder}; RFC 9989 receivers ignore pct and apply ${record.policy} to all of it. pct=${share} does not mean "monitor": to monitor use p=none, to test a policy use t=y, and to enforce remove pct.`,
    { at },
  );
}

function policyFindings(discovery: DmarcDiscovery, record: DmarcRecord, data: DmarcData, add: Add) {
  const at = `_dmarc.${discovery.policyDomain}`;
  const policy = data.policy!;
  const published = record.policyMode === 'published';
  if (discovery.inherited) {
    const own = policy.domain;
    const through =
      discovery.policyDomain === discovery.organizationalDomain
        ? `its organizational domain ${discovery.policyDomain}`
        : `its public suffix domain ${discovery.policyDomain} (psd=y; the organizational domain ${discovery.organizationalDomain} has no record)`;
    add(
      'dmarc.inherited',
      `${discovery.domain} has no DMARC record of its own; the record of ${through} applies to it through ${own.source}=${own.published}${data.domainExists === false ? ' (the domain does not exist, so np applies)' : ''}.`,
      { at },
    );
  }
  if (published && record.p !== undefined && policy.domain.published === 'none') {
    add(
      'dmarc.policy-none',
      `${policy.domain.source}=none: receivers only monitor; mail that fails DMARC for ${discovery.domain} is delivered as usual.`,
      { at },
    );
  }
  // RFC 9989 §4.7: t "has no effect on any policy ("p", "sp", or "np") that is "none"".
  const tested = [policy.domain, policy.subdomains, policy.nonExistentSubdomains].filter(
    (effective) => effective.published !== 'none',
  );
  if (record.testing && tested.length > 0) {
    const own = policy.domain;
    add(
      'dmarc.testing',
      own.published !== 'none'
        ? `t=y: receivers do not apply ${own.source}=${own.published} as published but ${own.applied} (t=y makes reject act as quarantine and quarantine as none).`
        : `t=y has no effect on ${own.source}=none for ${discovery.domain}, but makes ${[...new Set(tested.map((effective) => `${effective.source}=${effective.published}`))].join(' and ')} act one step milder for the names it covers.`,
      { at },
    );
  }
  pctFindings(record, at, add);
  if (published && record.sp !== undefined && comparePolicies(record.sp, record.policy) < 0) {
    add(
      'dmarc.weak-subdomain-policy',
      `sp=${record.sp} is weaker than p=${record.policy}: mail from existing subdomains of ${discovery.policyDomain} that fails DMARC gets only ${record.sp}${record.np === undefined ? ', and so does mail from names that do not exist (np defaults to sp)' : ''}.`,
      { at },
    );
  }
  if (published && record.np !== undefined && comparePolicies(record.np, record.policy) < 0) {
    add(
      'dmarc.weak-subdomain-policy',
      `np=${record.np} is weaker than p=${record.policy}: mail from names that do not exist under ${discovery.policyDomain} gets only ${record.np}.`,
      { at },
    );
  }
  if (record.rua.length === 0) {
    const hadRua = record.tags.some(([name]) => name === 'rua');
    add(
      'dmarc.no-rua',
      hadRua
        ? 'rua holds no valid URI, so no receiver sends aggregate reports.'
        : 'No rua tag: receivers send no aggregate reports, so you cannot see who sends mail as your domain.',
      { at },
    );
  }
  // RFC 9989 §4.7: fo "MUST be ignored if a "ruf" tag (below) is not also specified".
  if (record.tags.some(([name]) => name === 'fo') && record.ruf.length === 0) {
    add(
      'dmarc.fo-without-ruf',
      `fo=${record.fo.join(':')} asks for failure reports, but the record has no ${record.tags.some(([name]) => name === 'ruf') ? 'valid ' : ''}ruf URI, so receivers ignore fo.`,
      { at },
    );
  }
  reportingFindings(discovery, data, add);
}

function reportingFindings(discovery: DmarcDiscovery, data: DmarcData, add: Add) {
  for (const destination of [...data.reporting.rua, ...data.reporting.ruf]) {
    const reports = destination.kind === 'rua' ? 'aggregate' : 'failure';
    if (destination.authorization === 'unauthorized') {
      add(
        'dmarc.rua-unauthorized',
        `${destination.kind}=${destination.uri} is outside ${discovery.organizationalDomain}, and ${destination.authorizationName} has no "v=DMARC1" record, so receivers will not send ${reports} reports there.`,
        { at: destination.authorizationName! },
      );
    } else if (destination.authorization === 'not-checkable' && destination.authorizationName !== undefined) {
      add(
        'dmarc.rua-unauthorized',
        `${destination.kind}=${destination.uri} is outside ${discovery.organizationalDomain}, and the name that would authorize it, ${destination.authorizationName}, is too long for DNS: no receiver can verify it, so none will send ${reports} reports there.`,
        {
          at: destination.authorizationName,
          fix: 'Use a report destination inside your own domain, or one with a shorter host name, so that <policy-domain>._report._dmarc.<host> fits in 253 octets (RFC 9990 §4).',
        },
      );
    } else if (destination.authorization === 'dns-error') {
      add(
        'dmarc.dns-error',
        `The lookup of ${destination.authorizationName} failed (${destination.dnsError!.code}), so whether ${destination.host} accepts reports for ${discovery.policyDomain} is unknown.`,
        {
          at: destination.authorizationName!,
          severity: 'warning',
          ...describeDnsFailure(destination.dnsError!, 'TXT'),
        },
      );
    }
    const why: Partial<Record<ReportDelivery, string>> = {
      'null-mx': 'publishes a null MX (it accepts no mail)',
      'no-mail-host': 'has no mail host with an address (no usable MX, and no address of its own)',
      nxdomain: 'does not exist',
    };
    const reason = destination.delivery ? why[destination.delivery] : undefined;
    if (reason) {
      add(
        'dmarc.rua-undeliverable',
        `${destination.kind}=${destination.uri}: ${destination.host} ${reason}, so ${reports} reports sent there cannot be delivered.`,
        { at: destination.host! },
      );
    }
  }
}

/** Several records, or a repeated tag, at names the walk read: discarded (RFC 9989 §4.10 step 2, RFC 6376 §3.2). */
function discardedFindings(discovery: DmarcDiscovery, add: Add) {
  const applied = discovery.policyDomain ? `the record at _dmarc.${discovery.policyDomain} applies instead` : '';
  for (const step of discovery.walk) {
    const own = step.domain === discovery.domain;
    const then = applied
      ? `${applied}${own && discovery.rfc7489.status === step.outcome ? ', while RFC 7489 receivers stop here and apply no DMARC policy' : ''}`
      : `no other record applies, so ${discovery.domain} has no DMARC policy`;
    if (step.outcome === 'multiple') {
      add(
        'dmarc.multiple-records',
        `${step.name} holds ${step.records.length} TXT records starting with v=DMARC1; RFC 9989 receivers discard them all and walk on: ${then}.`,
        { at: step.name },
      );
    } else if (step.outcome === 'invalid') {
      issueFindings(step.issues ?? [], step.name, add);
      add('dmarc.syntax-error', `The DMARC record at ${step.name} is invalid: ${step.error!.message} Then ${then}.`, {
        at: step.name,
      });
    }
  }
}

function disagreementFindings(discovery: DmarcDiscovery, add: Add) {
  // With the walk cut short by a DNS error, the organizational domain is not known well enough to compare.
  if (!discovery.walkComplete || discovery.rfc7489.status === 'dns-error') return;
  const walkOrg = discovery.organizationalDomain;
  const view = discovery.rfc7489;
  const pslOrg = view.organizationalDomain;
  const where = (domain?: string) => (domain ? `_dmarc.${domain}` : 'no record');
  if (discovery.status === 'found' && view.status !== 'found') {
    const found =
      view.status === 'none'
        ? 'no record'
        : view.status === 'multiple'
          ? 'several records at one name (RFC 7489 §6.6.3 ends discovery there)'
          : 'an unusable record';
    add(
      'dmarc.org-domain-disagreement',
      `RFC 9989 receivers apply the record at _dmarc.${discovery.policyDomain} (organizational domain ${walkOrg}), but RFC 7489 receivers look only at _dmarc.${discovery.domain}${pslOrg !== discovery.domain ? ` and _dmarc.${pslOrg} (organizational domain by the Public Suffix List)` : ''} and find ${found}, so they apply no DMARC policy.`,
    );
  } else if (discovery.status !== 'found' && view.status === 'found') {
    add(
      'dmarc.org-domain-disagreement',
      `RFC 7489 receivers apply the record at ${where(view.policyDomain)}, but RFC 9989 receivers (DNS Tree Walk) find no usable record for ${discovery.domain}.`,
    );
  } else if (discovery.status === 'found' && view.policyDomain !== discovery.policyDomain) {
    add(
      'dmarc.org-domain-disagreement',
      `RFC 9989 receivers apply the record at _dmarc.${discovery.policyDomain}, RFC 7489 receivers the one at ${where(view.policyDomain)}.`,
    );
  } else if (walkOrg !== pslOrg && discovery.status === 'found') {
    // Only with a policy in force does the alignment difference matter; without one dmarc.missing says what does.
    add(
      'dmarc.org-domain-disagreement',
      `The organizational domain is ${walkOrg} by the DNS Tree Walk (RFC 9989) but ${pslOrg} by the Public Suffix List (RFC 7489): the two kinds of receivers judge relaxed alignment differently.`,
      { severity: 'info' },
    );
  }
}

/** Whether the Public Suffix List (private section included) lists a name as a public suffix. */
const isPublicSuffix = (domain: string) =>
  getPublicSuffix(domain, { allowPrivateDomains: true }) === domain && getDomain(domain) === null;

/** RFC 9989 §11.8: a record a public suffix publishes without psd=y becomes an organizational domain for everyone. */
function publicSuffixFindings(discovery: DmarcDiscovery, add: Add) {
  for (const step of discovery.walk) {
    if (step.outcome !== 'record' || step.domain === discovery.domain || step.record!.psd === 'y') continue;
    if (!isPublicSuffix(step.domain)) continue;
    const effect =
      discovery.organizationalDomain === step.domain
        ? `the DNS Tree Walk makes ${step.domain} the organizational domain of ${discovery.domain}, so names of other registrants under ${step.domain} count as aligned with it (relaxed alignment)${discovery.policyDomain === step.domain ? `, and its policy is the one applied to ${discovery.domain}` : ''}`
        : `a name below it without a record of its own could take ${step.domain} as its organizational domain`;
    add(
      'dmarc.public-suffix-record',
      `${step.domain} is a public suffix, and its DMARC record at ${step.name} has ${step.record!.psd === 'n' ? 'psd=n (it declares itself an organizational domain)' : 'no psd=y'}: ${effect}.`,
      { at: step.name },
    );
  }
}

/** RFC 9989 §5.1.4: a record at the Author Domain, none at its Organizational Domain. */
function organizationalRecordFindings(discovery: DmarcDiscovery, add: Add) {
  if (discovery.status !== 'found' || discovery.inherited || !discovery.walkComplete) return;
  const org = discovery.organizationalDomain;
  const hasRecord = (domain: string) =>
    discovery.walk.some((step) => step.domain === domain && step.outcome === 'record');
  if (org !== discovery.domain && !hasRecord(org)) {
    add(
      'dmarc.org-domain-no-record',
      `${discovery.domain} has a DMARC record, but its organizational domain ${org} (one label below the psd=y record) has none: the organizational domain and its other subdomains get only the public suffix's policy, if any.`,
      { at: `_dmarc.${org}` },
    );
    return;
  }
  const pslOrg = discovery.rfc7489.organizationalDomain;
  const pslStep = discovery.walk.find((step) => step.domain === pslOrg);
  const pslRecord = discovery.rfc7489.policyDomain === pslOrg || pslStep?.outcome === 'record';
  if (pslOrg !== discovery.domain && !pslRecord && discovery.rfc7489.status === 'found') {
    add(
      'dmarc.org-domain-no-record',
      `${discovery.domain} has a DMARC record, but ${pslOrg}, its organizational domain by the Public Suffix List (RFC 7489), has none: ${pslOrg} and its other subdomains have no DMARC policy.`,
      // RFC 9989 receivers take the record's own domain as its organizational domain: only worth knowing.
      { at: `_dmarc.${pslOrg}`, severity: 'info' },
    );
  }
}

/**
 * RFC 9989 §4.7 (sp): "sp" will be ignored for DMARC Policy Records published on subdomains of Organizational Domains
 * and PSDs due to the effect of the DMARC Policy Discovery — names below get their Organizational Domain's record.
 */
function ignoredSubdomainPolicyFindings(discovery: DmarcDiscovery, add: Add) {
  if (discovery.status !== 'found' || discovery.inherited || !discovery.walkComplete) return;
  const org = discovery.organizationalDomain;
  if (org === discovery.domain) return;
  const tags = discovery.record!.tags.filter(([name]) => name === 'sp' || name === 'np').map(([name]) => name);
  if (tags.length === 0) return;
  const orgStep = discovery.walk.find((step) => step.domain === org && step.outcome === 'record');
  const instead = orgStep
    ? `the record of their organizational domain ${org}`
    : `the public suffix domain's record, if any (their organizational domain ${org} has none)`;
  add(
    'dmarc.sp-ignored',
    `${discovery.domain} is not an organizational domain (that is ${org}), so its ${tags.join(' and ')} ${tags.length === 1 ? 'is' : 'are'} never applied: names below it without a record of their own get ${instead}.`,
    { at: `_dmarc.${discovery.domain}` },
  );
}

/** RFC 9989 §5.1.8: names of more than eight labels skip levels, and records there are never found. */
async function deepNameFindings(discovery: DmarcDiscovery, lookup: TxtLookup, add: Add) {
  const labels = discovery.domain.split('.');
  if (labels.length <= MAX_TREE_WALK_QUERIES || discovery.walk[0]?.outcome !== 'none') return;
  // The walk asks the domain, then its last seven labels: names of 8 to (labels − 1) labels are never asked.
  const skipped: string[] = [];
  for (let count = MAX_TREE_WALK_QUERIES; count < labels.length && skipped.length < MAX_SKIPPED_PROBES; count++) {
    skipped.push(labels.slice(labels.length - count).join('.'));
  }
  const steps = await Promise.all(
    skipped.map(async (name) => evaluateDmarcAnswer(name, await lookup(`_dmarc.${name}`))),
  );
  const unseen = steps.filter((step) => step.outcome === 'record' || step.outcome === 'multiple');
  const at = `_dmarc.${discovery.domain}`;
  if (unseen.length > 0) {
    add(
      'dmarc.deep-name',
      `${discovery.domain} has ${labels.length} labels, so the DNS Tree Walk skips from it to its last seven labels: the record${unseen.length === 1 ? '' : 's'} at ${unseen.map((step) => step.name).join(', ')} ${unseen.length === 1 ? 'is' : 'are'} never found by receivers.`,
      { at },
    );
  } else {
    add(
      'dmarc.deep-name',
      `${discovery.domain} has ${labels.length} labels, so the DNS Tree Walk skips from it to its last seven labels: a record for it must be published at ${at} itself.`,
      { at, severity: 'info' },
    );
  }
}

function summaryOf(discovery: DmarcDiscovery, data: DmarcData, failed?: TreeWalkStep): string {
  const domain = discovery.domain;
  switch (discovery.status) {
    case 'dns-error':
      return `The DMARC policy of ${domain} is unknown: the DNS lookup of ${failed?.name ?? `_dmarc.${domain}`} failed.`;
    case 'none':
      return `${domain} has no DMARC record, so receivers apply no DMARC policy to mail from it.`;
    case 'multiple':
      return `${failed?.name} holds ${failed?.records.length} DMARC records, which receivers discard, and no other record applies: receivers apply no DMARC policy to ${domain}.`;
    case 'invalid':
      return discovery.record
        ? `The DMARC record at _dmarc.${discovery.policyDomain} has no valid policy and no valid rua, so receivers apply no DMARC processing to ${domain}.`
        : `The DMARC record at ${failed?.name} is invalid, and no other record applies: receivers apply no DMARC policy to ${domain}.`;
    case 'found': {
      const own = data.policy!.domain;
      const reports = data.reporting.rua.length;
      const asNone =
        discovery.record!.policyMode === 'as-none'
          ? ' (its p, sp or np is missing or not valid, so receivers act as if it held only p=none)'
          : '';
      return `${domain} has a DMARC policy of ${own.published}${asNone}${discovery.inherited ? ` inherited from ${discovery.policyDomain}` : ''}${own.testing && own.published !== 'none' ? ' in testing mode (t=y)' : ''}; receivers apply ${own.applied} to failing mail and send aggregate reports to ${reports === 0 ? 'nobody' : `${reports} address${reports === 1 ? '' : 'es'}`}.`;
    }
  }
}

/**
 * Checks a domain's DMARC (RFC 9989): finds the applicable record by the DNS Tree Walk and §4.10.1, judges its tags,
 * computes the effective policy for the domain, its subdomains (sp) and non-existent subdomains (np) with t=y,
 * verifies external report destinations and whether their domains receive mail, concurrently, and compares with what
 * RFC 7489 (Public Suffix List) receivers see. Returns a report section; a DNS failure makes it `error`, never
 * "missing". Never throws.
 */
export async function checkDmarc(input: string, { resolver }: { resolver: Resolver }): Promise<DmarcCheck> {
  const findings: Finding[] = [];
  const add: Add = (id, message, extra) => findings.push(createFinding(dmarcFindings, id, message, extra));
  const parsedDomain = parseDomain(input);
  if (!parsedDomain.ok) {
    add('dmarc.invalid-domain', parsedDomain.error.message);
    return {
      status: 'error',
      summary: `"${input}" is not a domain name that can be checked.`,
      findings,
      records: [],
      data: {
        domain: input,
        discovery: 'none',
        inherited: false,
        organizationalDomain: { treeWalk: input, publicSuffixList: input, agree: true },
        rfc7489: { status: 'none' },
        reporting: { rua: [], ruf: [] },
        walk: [],
      },
    };
  }
  const domain = parsedDomain.name;
  const lookup = createTxtLookup(resolver);
  const discovery = await discoverDmarc(domain, { resolver, lookup });
  const own = discovery.walk[0];
  const data: DmarcData = {
    domain,
    discovery: discovery.status,
    inherited: discovery.inherited,
    organizationalDomain: {
      treeWalk: discovery.organizationalDomain,
      publicSuffixList: discovery.rfc7489.organizationalDomain,
      agree: discovery.organizationalDomain === discovery.rfc7489.organizationalDomain,
    },
    rfc7489: { status: discovery.rfc7489.status },
    reporting: { rua: [], ruf: [] },
    walk: discovery.walk.map((step) => ({ name: step.name, outcome: step.outcome })),
  };
  if (discovery.rfc7489.policyDomain) data.rfc7489.policyDomain = discovery.rfc7489.policyDomain;
  if (discovery.rfc7489.record) data.rfc7489.policy = discovery.rfc7489.record.policy;
  let records: string[] = [];

  // TXT records at the domain's own _dmarc name that look like DMARC but are not (v=dmarc1, "v=DMARC1 p=none").
  for (const text of own?.lookalikes ?? []) {
    const parsed = parseDmarc(text);
    const reason = parsed.ok ? '' : ` ${parsed.error.message}`;
    add(
      'dmarc.syntax-error',
      `The TXT record "${text}" at ${own!.name} looks like DMARC but receivers ignore it.${reason}`,
      { at: own!.name },
    );
  }
  discardedFindings(discovery, add);
  const discarded = discovery.walk.find((step) => step.outcome === 'multiple' || step.outcome === 'invalid');
  const failedStep = discovery.walk.find((step) => step.outcome === 'dns-error');

  switch (discovery.status) {
    case 'dns-error': {
      const failed = failedStep!;
      add(
        'dmarc.dns-error',
        failed === own
          ? `The TXT lookup of ${failed.name} failed (${failed.dnsError!.code}: ${failed.dnsError!.message}); the DMARC policy of ${domain} is unknown, not missing.`
          : `The TXT lookup of ${failed.name} failed (${failed.dnsError!.code}: ${failed.dnsError!.message}); ${domain} has no record of its own, and which record applies depends on the names above it, so its DMARC policy is unknown, not missing.`,
        { at: failed.name, ...describeDnsFailure(failed.dnsError!, 'TXT') },
      );
      break;
    }
    case 'none':
      records = own?.lookalikes ?? [];
      add(
        'dmarc.missing',
        `No usable DMARC record at _dmarc.${domain} nor above it (looked at ${discovery.walk.map((step) => step.name).join(', ')}), so receivers apply no DMARC policy to mail from ${domain}.`,
        { at: `_dmarc.${domain}` },
      );
      break;
    case 'multiple':
      records = discarded!.records;
      break;
    case 'invalid':
      if (!discovery.record) {
        records = discarded!.records;
        break;
      }
      records = [discovery.record.raw];
      data.policyDomain = discovery.policyDomain!;
      data.recordName = `_dmarc.${discovery.policyDomain}`;
      data.record = discovery.record;
      issueFindings(discovery.issues, data.recordName, add);
      break;
    case 'found': {
      const record = discovery.record!;
      const at = `_dmarc.${discovery.policyDomain}`;
      records = [record.raw];
      data.policyDomain = discovery.policyDomain!;
      data.recordName = at;
      data.record = record;
      let domainExists = true;
      const mailHosts = [...record.rua, ...record.ruf]
        .filter((uri) => uri.scheme === 'mailto' && uri.host !== undefined)
        .map((uri) => uri.host!);
      const [existence, reporting, deliveries] = await Promise.all([
        // RFC 9989 §4.7 (np), RFC 8020: a name that gets NXDOMAIN does not exist; only asked when the record is inherited.
        discovery.inherited ? lookup(domain) : undefined,
        verifyReportDestinations(record, {
          policyDomain: discovery.policyDomain!,
          organizationalDomain: discovery.organizationalDomain,
          lookup,
        }),
        reportDeliveries(mailHosts, resolver),
      ]);
      if (existence) {
        if (existence.status === 'error') {
          add(
            'dmarc.dns-error',
            `The lookup of ${domain} failed (${existence.error.code}), so whether it exists — and so whether sp or np applies to it — is unknown; sp is assumed.`,
            { at: domain, severity: 'warning', ...describeDnsFailure(existence.error) },
          );
        } else {
          domainExists = existence.status !== 'nxdomain';
          data.domainExists = domainExists;
        }
      }
      for (const destination of [...reporting.rua, ...reporting.ruf]) {
        const delivery =
          destination.scheme === 'mailto' && destination.host ? deliveries.get(destination.host) : undefined;
        if (delivery) destination.delivery = delivery;
      }
      data.reporting = reporting;
      data.policy = effectivePolicies(record, { inherited: discovery.inherited, domainExists });
      issueFindings(discovery.issues, at, add);
      policyFindings(discovery, record, data, add);
      if (!discovery.walkComplete && failedStep) {
        add(
          'dmarc.dns-error',
          `The lookup of ${failedStep.name} failed (${failedStep.dnsError!.code}), so the DNS Tree Walk stopped there: the policy is known, but the organizational domain (taken as ${discovery.organizationalDomain}) may differ.`,
          { at: failedStep.name, severity: 'info', ...describeDnsFailure(failedStep.dnsError!, 'TXT') },
        );
      }
      break;
    }
  }
  if (discovery.status !== 'dns-error') {
    publicSuffixFindings(discovery, add);
    organizationalRecordFindings(discovery, add);
    ignoredSubdomainPolicyFindings(discovery, add);
    await deepNameFindings(discovery, lookup, add);
  }
  disagreementFindings(discovery, add);
  const failed = discovery.status === 'dns-error' ? failedStep : discovery.status === 'found' ? undefined : discarded;
  return {
    status: sectionStatus(findings, discovery.status === 'dns-error'),
    summary: summaryOf(discovery, data, failed),
    findings,
    records,
    data,
  };
}
