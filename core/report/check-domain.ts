import { checkDkim } from '../dkim/check.js';
import type { DkimCheck } from '../dkim/types.js';
import { checkDmarc } from '../dmarc/check.js';
import type { DmarcCheck } from '../dmarc/types.js';
import { parseDomain } from '../dns/name.js';
import { parseIp } from '../dns/reverse-name.js';
import type { LookupScheduler } from '../dns/scheduler.js';
import { createLookupSession, type LookupBudget } from '../dns/session.js';
import type { FetchBudget, Resolver } from '../dns/types.js';
import { createFinding, type Finding, sectionStatus } from '../finding.js';
import { checkMx } from '../mx/check.js';
import { ptrFindings } from '../ptr/findings.js';
import { checkPtrSection, ptrTargetsFromMx } from '../ptr/section.js';
import type { PtrSection } from '../ptr/types.js';
import { auditSpf } from '../spf/audit.js';
import type { SpfAudit } from '../spf/types.js';
import { gradeSections } from './grade.js';
import { findProviderHints } from './provider-hints.js';
import type { CheckDomainResult, DomainReport, ReportSection, ReportSections, SectionName } from './types.js';

/** Options of `checkDomain`. */
export interface CheckDomainOptions {
  /** Every lookup goes through it; the check wraps it in a lookup session (memo, de-dup, budget). */
  resolver: Resolver;
  /** DKIM selectors to check besides the common ones. */
  selectors?: readonly string[];
  /** IP addresses the domain sends from: their reverse DNS is checked (FCrDNS) with the MX hosts'. */
  sendingIps?: readonly string[];
  /** Probe the common DKIM selectors (default true). */
  discoverSelectors?: boolean;
  /** Bounds of the whole check; defaults: 300 queries, 15 s. */
  budget?: LookupBudget;
  /**
   * Bounds the exchanges in flight, most urgent first (`createLookupScheduler`); one may be shared by every check of
   * a run. None by default: every lookup goes out when asked.
   */
  scheduler?: LookupScheduler;
  /** The fetch budget of the request the check belongs to (`createFetchBudget`; the Worker's `MAX_SUBREQUESTS`). */
  fetchBudget?: FetchBudget;
  /** Clock, for reproducible reports. */
  now?: () => Date;
}

/** The budget of one whole-domain check: SPF's worst case (~60), DKIM discovery (~40), MX and PTR (~80), DMARC (~20). */
export const DEFAULT_CHECK_BUDGET: Required<LookupBudget> = { maxQueries: 300, deadlineMs: 15_000 };

/** Splits a protocol result into the fields every section has and the rest, its data. */
function toSection<
  R extends { status: ReportSection['status']; summary: string; findings: Finding[]; records: string[] },
>(result: R): ReportSection<Omit<R, 'status' | 'summary' | 'findings' | 'records'>> {
  const { status, summary, findings, records, ...data } = result;
  return { status, summary, findings, records, data };
}

/**
 * Whether the domain declares that it sends no mail: an SPF policy that authorizes nobody (`v=spf1 -all`, RFC 7208
 * §5.1) enforced by DMARC p=reject (RFC 9989 §4.7). Such a domain needs no DKIM key and no sending PTR.
 */
export function declaresNoMail(spf: SpfAudit, dmarc: DmarcCheck): boolean {
  const authorizesNobody =
    spf.status !== 'error' &&
    spf.records.length === 1 &&
    spf.all === '-' &&
    spf.lookups.count === 0 &&
    spf.networks.length === 0 &&
    spf.unflattenable.length === 0;
  return authorizesNobody && dmarc.status !== 'error' && dmarc.data.policy?.domain.applied === 'reject';
}

/** Makes demands a non-sending domain need not meet informational, and recomputes the status. */
function relax<S extends { status: ReportSection['status']; findings: Finding[]; summary: string }>(
  section: S,
  relaxable: (finding: Finding) => boolean,
  note: string,
): S {
  if (section.status === 'error') return section;
  const findings = section.findings.map((finding) =>
    relaxable(finding) && finding.severity !== 'info'
      ? { ...finding, severity: 'info' as const, message: `${finding.message} ${note}` }
      : finding,
  );
  return { ...section, findings, status: sectionStatus(findings) };
}

/** When the MX lookup failed, the mail hosts' addresses are unknown, so their reverse DNS is too: never a pass. */
function withUnknownMxHosts(ptr: PtrSection, domain: string): PtrSection {
  const finding = createFinding(
    ptrFindings,
    'ptr.dns-error',
    `The MX hosts of ${domain} could not be looked up, so the reverse DNS of their addresses is unknown.`,
    { at: domain },
  );
  return {
    ...ptr,
    status: 'error',
    summary: `The reverse DNS of ${domain}'s mail hosts is unknown: the MX lookup failed.`,
    findings: [...ptr.findings, finding],
  };
}

const NO_MAIL_NOTE = 'The domain declares it sends no mail, so this is not required.';
// A domain that signs nothing needs no key: only the absence of keys is relaxed, never a broken key that is published.
const NO_MAIL_DKIM = new Set(['dkim.no-selector-found', 'dkim.selector-not-found']);

/**
 * Checks a domain's whole email-authentication posture — SPF (RFC 7208), DMARC (RFC 9989), DKIM keys (RFC 6376),
 * MX (RFC 5321 §5.1, RFC 7505) and reverse DNS of the mail hosts and sending IPs — with every independent lookup
 * concurrent, and grades it. Invalid input gives an error value; DNS trouble gives sections in `error`.
 */
export async function checkDomain(input: string, options: CheckDomainOptions): Promise<CheckDomainResult> {
  const parsed = parseDomain(input);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const sendingIps: string[] = [];
  for (const ip of options.sendingIps ?? []) {
    const address = parseIp(ip);
    if (!address.ok) return { ok: false, error: { code: 'invalid-ip', message: address.error.message, input: ip } };
    sendingIps.push(address.address.ip);
  }
  const domain = parsed.name;
  const now = options.now ?? (() => new Date());
  const checkedAt = now();
  const started = Date.now();
  const session = createLookupSession(options.resolver, {
    maxQueries: options.budget?.maxQueries ?? DEFAULT_CHECK_BUDGET.maxQueries,
    deadlineMs: options.budget?.deadlineMs ?? DEFAULT_CHECK_BUDGET.deadlineMs,
    ...(options.scheduler ? { scheduler: options.scheduler } : {}),
    ...(options.fetchBudget ? { fetchBudget: options.fetchBudget } : {}),
  });
  try {
    const resolver = session;
    const mxAndPtr = (async () => {
      const mx = await checkMx(domain, { resolver });
      const ptr = await checkPtrSection({ ips: [...sendingIps, ...ptrTargetsFromMx(mx)], resolver });
      return { mx, ptr: mx.status === 'error' ? withUnknownMxHosts(ptr, domain) : ptr };
    })();
    const [spf, dmarc, dkim, { mx, ptr }] = await Promise.all([
      auditSpf(domain, { resolver }),
      checkDmarc(domain, { resolver }),
      checkDkim(domain, {
        resolver,
        selectors: options.selectors ?? [],
        discover: options.discoverSelectors !== false,
        providerHints: findProviderHints(domain, resolver),
      }),
      mxAndPtr,
    ]);
    const sendsNoMail = declaresNoMail(spf, dmarc);
    // Run concurrently with SPF and DMARC, DKIM and PTR are judged as for a sending domain, then relaxed here.
    const dkimSection: DkimCheck = sendsNoMail
      ? relax(dkim, (finding) => NO_MAIL_DKIM.has(finding.id), NO_MAIL_NOTE)
      : dkim;
    const ptrSection: PtrSection = sendsNoMail
      ? relax(ptr, (finding) => finding.id.startsWith('ptr.') && finding.id !== 'ptr.dns-error', NO_MAIL_NOTE)
      : ptr;
    const sections: ReportSections = {
      spf: toSection(spf),
      dmarc: dmarc,
      dkim: toSection(dkimSection),
      mx: toSection(mx),
      ptr: ptrSection,
    };
    const statuses = Object.fromEntries(
      (Object.keys(sections) as SectionName[]).map((name) => [name, sections[name].status]),
    ) as Record<SectionName, ReportSection['status']>;
    const { score, grade, unknown } = gradeSections(statuses);
    const report: DomainReport = {
      domain,
      input,
      checkedAt: checkedAt.toISOString(),
      grade,
      score,
      sections,
      complete: unknown.length === 0,
      sendsNoMail,
      queries: session.stats.queries,
      elapsedMs: Date.now() - started,
      ttl: session.stats.minTtl ?? 0,
    };
    return { ok: true, report };
  } finally {
    session.close();
  }
}
