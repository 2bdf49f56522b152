import { parseDomain } from '../dns/name.js';
import type { Resolver } from '../dns/types.js';
import { createFinding, type Finding, type Severity, sectionStatus } from '../finding.js';
import { verifyReportDestinations } from './authorize.js';
import { discoverDmarc } from './discover.js';
import { comparePolicies, effectivePolicies, testingPolicy } from './effective-policy.js';
import { type DmarcFindingId, dmarcFindings } from './findings.js';
import { parseDmarc } from './parse.js';
import { createTxtLookup } from './txt-lookup.js';
import type { DmarcCheck, DmarcData, DmarcDiscovery, DmarcIssue, DmarcRecord, TreeWalkStep } from './types.js';

type Add = (id: DmarcFindingId, message: string, extra?: { at?: string; severity?: Severity; fix?: string }) => void;

const ISSUE_FINDINGS: Record<DmarcIssue['code'], DmarcFindingId> = {
  'invalid-value': 'dmarc.syntax-error',
  'empty-tag': 'dmarc.syntax-error',
  'unknown-tag': 'dmarc.unknown-tag',
  'historic-tag': 'dmarc.historic-tag',
  'size-limit': 'dmarc.obsolete-size-limit',
  'uri-scheme': 'dmarc.report-uri-scheme',
  'missing-policy': 'dmarc.policy-none',
};

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
    else if (issue.code === 'empty-tag') add(id, issue.message, { at, severity: 'warning' });
    else if (issue.code === 'missing-policy') {
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
  if (discovery.inherited) {
    const own = policy.domain;
    add(
      'dmarc.inherited',
      `${discovery.domain} has no DMARC record of its own; the record at ${at} applies to it through ${own.source}=${own.published}${data.domainExists === false ? ' (the domain does not exist, so np applies)' : ''}.`,
      { at },
    );
  }
  if (record.p !== undefined && policy.domain.published === 'none') {
    add(
      'dmarc.policy-none',
      `${policy.domain.source}=none: receivers only monitor; mail that fails DMARC for ${discovery.domain} is delivered as usual.`,
      { at },
    );
  }
  if (record.testing) {
    add(
      'dmarc.testing',
      `t=y: receivers do not apply ${policy.domain.source}=${policy.domain.published} as published but ${policy.domain.applied} (t=y makes reject act as quarantine and quarantine as none).`,
      { at },
    );
  }
  pctFindings(record, at, add);
  if (record.sp !== undefined && comparePolicies(record.sp, record.policy) < 0) {
    add(
      'dmarc.weak-subdomain-policy',
      `sp=${record.sp} is weaker than p=${record.policy}: mail from existing subdomains of ${discovery.policyDomain} that fails DMARC gets only ${record.sp}${record.np === undefined ? ', and so does mail from names that do not exist (np defaults to sp)' : ''}.`,
      { at },
    );
  }
  if (record.np !== undefined && comparePolicies(record.np, record.policy) < 0) {
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
  for (const destination of [...data.reporting.rua, ...data.reporting.ruf]) {
    if (destination.authorization === 'unauthorized') {
      add(
        'dmarc.rua-unauthorized',
        `${destination.kind}=${destination.uri} is outside ${discovery.organizationalDomain}, and ${destination.authorizationName} has no "v=DMARC1" record, so receivers will not send ${destination.kind === 'rua' ? 'aggregate' : 'failure'} reports there.`,
        { at: destination.authorizationName! },
      );
    } else if (destination.authorization === 'dns-error') {
      add(
        'dmarc.dns-error',
        `The lookup of ${destination.authorizationName} failed (${destination.dnsError!.code}), so whether ${destination.host} accepts reports for ${discovery.policyDomain} is unknown.`,
        { at: destination.authorizationName!, severity: 'warning' },
      );
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
    add(
      'dmarc.org-domain-disagreement',
      `RFC 9989 receivers apply the record at _dmarc.${discovery.policyDomain} (organizational domain ${walkOrg}), but RFC 7489 receivers look only at _dmarc.${discovery.domain}${pslOrg !== discovery.domain ? ` and _dmarc.${pslOrg} (organizational domain by the Public Suffix List)` : ''} and find ${view.status === 'none' ? 'no record' : `a ${view.status} result`}, so they apply no DMARC policy.`,
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

function summaryOf(discovery: DmarcDiscovery, data: DmarcData, failed?: TreeWalkStep): string {
  const domain = discovery.domain;
  switch (discovery.status) {
    case 'dns-error':
      return `The DMARC policy of ${domain} is unknown: the DNS lookup of ${failed?.name ?? `_dmarc.${domain}`} failed.`;
    case 'none':
      return `${domain} has no DMARC record, so receivers apply no DMARC policy to mail from it.`;
    case 'multiple':
      return `${failed?.name} holds ${failed?.records.length} DMARC records, so receivers discard them all and apply no DMARC policy.`;
    case 'invalid':
      return `The DMARC record at ${failed?.name} is unusable, so receivers apply no DMARC policy to ${domain}.`;
    case 'found': {
      const own = data.policy!.domain;
      const reports = data.reporting.rua.length;
      return `${domain} has a DMARC policy of ${own.published}${discovery.inherited ? ` inherited from ${discovery.policyDomain}` : ''}${own.testing ? ' in testing mode (t=y)' : ''}; receivers apply ${own.applied} to failing mail and send aggregate reports to ${reports === 0 ? 'nobody' : `${reports} address${reports === 1 ? '' : 'es'}`}.`;
    }
  }
}

/**
 * Checks a domain's DMARC (RFC 9989): finds the applicable record by the DNS Tree Walk, judges its tags, computes
 * the effective policy for the domain, its subdomains (sp) and non-existent subdomains (np) with t=y, verifies
 * external report destinations concurrently, and compares with what RFC 7489 (Public Suffix List) receivers see.
 * Returns a report section; a DNS failure makes it `error`, never "missing". Never throws.
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
  const last = discovery.walk.at(-1);
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

  switch (discovery.status) {
    case 'dns-error':
      add(
        'dmarc.dns-error',
        `The TXT lookup of ${last!.name} failed (${last!.dnsError!.code}: ${last!.dnsError!.message}); the DMARC policy of ${domain} is unknown, not missing.`,
        { at: last!.name },
      );
      break;
    case 'none':
      records = own?.lookalikes ?? [];
      add(
        'dmarc.missing',
        `No usable DMARC record at _dmarc.${domain} nor above it (looked at ${discovery.walk.map((step) => step.name).join(', ')}), so receivers apply no DMARC policy to mail from ${domain}.`,
        { at: `_dmarc.${domain}` },
      );
      break;
    case 'multiple':
      records = last!.records;
      add(
        'dmarc.multiple-records',
        `${last!.name} holds ${last!.records.length} TXT records starting with v=DMARC1; receivers discard them all, so ${domain} has no DMARC policy.`,
        { at: last!.name },
      );
      break;
    case 'invalid':
      records = last!.records;
      issueFindings(last!.issues ?? [], last!.name, add);
      add(
        'dmarc.syntax-error',
        `The DMARC record at ${last!.name} is unusable: ${last!.error!.message} Receivers apply no DMARC policy to ${domain}.`,
        { at: last!.name },
      );
      break;
    case 'found': {
      const record = discovery.record!;
      const at = `_dmarc.${discovery.policyDomain}`;
      records = [record.raw];
      data.policyDomain = discovery.policyDomain!;
      data.recordName = at;
      data.record = record;
      let domainExists = true;
      const [existence, reporting] = await Promise.all([
        // RFC 9989 §4.7 (np), RFC 8020: a name that gets NXDOMAIN does not exist; only asked when the record is inherited.
        discovery.inherited ? lookup(domain) : undefined,
        verifyReportDestinations(record, {
          policyDomain: discovery.policyDomain!,
          organizationalDomain: discovery.organizationalDomain,
          lookup,
        }),
      ]);
      if (existence) {
        if (existence.status === 'error') {
          add(
            'dmarc.dns-error',
            `The lookup of ${domain} failed (${existence.error.code}), so whether it exists — and so whether sp or np applies to it — is unknown; sp is assumed.`,
            { at: domain, severity: 'warning' },
          );
        } else {
          domainExists = existence.status !== 'nxdomain';
          data.domainExists = domainExists;
        }
      }
      data.reporting = reporting;
      data.policy = effectivePolicies(record, { inherited: discovery.inherited, domainExists });
      issueFindings(discovery.issues, at, add);
      policyFindings(discovery, record, data, add);
      if (!discovery.walkComplete && last?.outcome === 'dns-error') {
        add(
          'dmarc.dns-error',
          `The lookup of ${last.name} failed (${last.dnsError!.code}), so the DNS Tree Walk stopped there: the policy is known, but the organizational domain (taken as ${discovery.organizationalDomain}) may differ.`,
          { at: last.name, severity: 'info' },
        );
      }
      break;
    }
  }
  disagreementFindings(discovery, add);
  const failed = discovery.status === 'found' ? undefined : last;
  return {
    status: sectionStatus(findings, discovery.status === 'dns-error'),
    summary: summaryOf(discovery, data, failed),
    findings,
    records,
    data,
  };
}
