import type { DmarcCheck } from '../dmarc/types.js';
import { parseHelo, parseSender } from '../dns/mailbox.js';
import { parseDomain } from '../dns/name.js';
import { parseIp } from '../dns/reverse-name.js';
import type { LookupScheduler } from '../dns/scheduler.js';
import { createLookupSession, type DnssecSeen, type LookupBudget, scopeSession } from '../dns/session.js';
import type { FetchBudget, Resolver } from '../dns/types.js';
import { type Finding, groupDnsFailures, type Section, sectionStatus } from '../finding.js';
import { type HttpsFetcher, noHttpsFetcher } from '../https.js';
import { MAX_SENDING_IPS } from '../sending/check.js';
import type { SpfAudit } from '../spf/types.js';
import type {
  SectionCheckOptions,
  SectionContext,
  SectionEntry,
  SectionRegistry,
  SectionsOf,
} from './define-section.js';
import { dnssecState, type ReportSection } from './dnssec.js';
import { gradeSections } from './grade.js';
import { SECTIONS, type Sections } from './registry.js';
import type { CheckDomainResult, DomainReport } from './types.js';

/** Options of `checkDomain`. */
export interface CheckDomainOptions<R extends SectionRegistry = Sections> {
  /** Every lookup goes through it; the check wraps it in a lookup session (memo, de-dup, budget). */
  resolver: Resolver;
  /**
   * The HTTPS port (`createHttpsFetcher({ fetch })`), for the MTA-STS policy of the tls section. Absent: nothing is
   * fetched and what needs the fetch is unknown (`noHttpsFetcher`).
   */
  https?: HttpsFetcher;
  /** DKIM selectors to check besides the common ones. */
  selectors?: readonly string[];
  /**
   * IP addresses the domain sends from (at most 10): their reverse DNS is checked (FCrDNS) with the MX hosts', and
   * the sending section judges each as a receiver would (SPF, DMARC alignment and policy, reverse DNS).
   */
  sendingIps?: readonly string[];
  /** The MAIL FROM of the sending IPs: a mailbox or a domain (RFC 5321 §4.1.2); the checked domain when absent. */
  sender?: string;
  /** The HELO/EHLO name of the sending IPs (RFC 5321 §4.1.1.1), checked as SPF's HELO identity (RFC 7208 §2.3). */
  helo?: string;
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
  /** The sections to check; `SECTIONS` (spf, dmarc, dkim, mx, ptr) by default. */
  registry?: R;
}

/** The budget of one whole-domain check: SPF's worst case (~60), DKIM discovery (~40), MX and PTR (~80), DMARC (~20). */
export const DEFAULT_CHECK_BUDGET: Required<LookupBudget> = { maxQueries: 300, deadlineMs: 15_000 };

/**
 * Whether the domain declares that it sends no mail: an SPF policy that authorizes nobody (`v=spf1 -all`, RFC 7208
 * §5.1) enforced by DMARC p=reject (RFC 9989 §4.7). Such a domain needs no DKIM key and no sending PTR.
 */
export function declaresNoMail(spf: SpfAudit, dmarc: DmarcCheck): boolean {
  const authorizesNobody =
    spf.status !== 'error' &&
    spf.records.length === 1 &&
    spf.data.all === '-' &&
    spf.data.lookups.count === 0 &&
    spf.data.networks.length === 0 &&
    spf.data.unflattenable.length === 0;
  return authorizesNobody && dmarc.status !== 'error' && dmarc.data.policy?.domain.applied === 'reject';
}

/**
 * Whether anyone on the internet may send as the domain: its SPF policy ends in `+all` (RFC 7208 §5.1: every host
 * passes) and no DMARC policy is enforced (no record, or one that applies `p=none`, RFC 9989 §4.7).
 */
export function anyoneMaySendAs(spf: SpfAudit, dmarc: DmarcCheck): boolean {
  if (spf.status === 'error' || dmarc.status === 'error' || spf.data.all !== '+') return false;
  const applied = dmarc.data.policy?.domain.applied;
  return applied === undefined || applied === 'none';
}

/** A section with its failed lookups grouped: one finding per cause, listing the names it hit. */
function grouped<S extends { findings: Finding[] }>(section: S): S {
  return { ...section, findings: groupDnsFailures(section.findings) };
}

/** Makes demands a non-sending domain need not meet informational, and recomputes the status. */
function relax<S extends Section>(section: S, relaxable: (finding: Finding) => boolean, note: string): S {
  if (section.status === 'error') return section;
  const findings = section.findings.map((finding) =>
    relaxable(finding) && finding.severity !== 'info'
      ? { ...finding, severity: 'info' as const, message: `${finding.message} ${note}` }
      : finding,
  );
  return { ...section, findings, status: sectionStatus(findings) };
}

const NO_MAIL_NOTE = 'The domain declares it sends no mail, so this is not required.';

/**
 * Checks a domain's whole email-authentication posture — SPF (RFC 7208), DMARC (RFC 9989), DKIM keys (RFC 6376),
 * MX (RFC 5321 §5.1, RFC 7505) and reverse DNS of the mail hosts and sending IPs — with every independent lookup
 * concurrent, and grades it. Invalid input gives an error value; DNS trouble gives sections in `error`.
 */
export async function checkDomain<R extends SectionRegistry = Sections>(
  input: string,
  options: CheckDomainOptions<R>,
): Promise<CheckDomainResult<SectionsOf<R>>> {
  const registry = (options.registry ?? SECTIONS) as SectionRegistry;
  const parsed = parseDomain(input);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const sendingIps: string[] = [];
  for (const ip of options.sendingIps ?? []) {
    const address = parseIp(ip);
    if (!address.ok) return { ok: false, error: { code: 'invalid-ip', message: address.error.message, input: ip } };
    sendingIps.push(address.address.ip);
  }
  const distinctIps = [...new Set(sendingIps)];
  if (distinctIps.length > MAX_SENDING_IPS) {
    return {
      ok: false,
      error: {
        code: 'too-many-ips',
        message: `At most ${MAX_SENDING_IPS} sending IPs can be checked at once; got ${distinctIps.length}.`,
        input: String(distinctIps.length),
      },
    };
  }
  let sender: string | undefined;
  if (options.sender !== undefined) {
    const parsed = parseSender(options.sender);
    if (!parsed.ok) return { ok: false, error: { ...parsed.error, input: options.sender } };
    // RFC 7208 §4.3: check_host() needs a domain name; an address literal names none.
    if (parsed.domain.startsWith('[')) {
      return {
        ok: false,
        error: {
          code: 'invalid-sender',
          message: 'The sender has an address literal for its domain: give a mailbox at a domain name (RFC 7208 §4.3).',
          input: options.sender,
        },
      };
    }
    sender = parsed.sender;
  }
  let helo: string | undefined;
  if (options.helo !== undefined) {
    const parsed = parseHelo(options.helo);
    if (!parsed.ok) return { ok: false, error: { ...parsed.error, input: options.helo } };
    helo = parsed.helo;
  }
  if ((sender !== undefined || helo !== undefined) && distinctIps.length === 0) {
    return {
      ok: false,
      error: {
        code: 'sender-without-ip',
        message: 'A sender or HELO name is checked for sending IPs: name at least one IP with it.',
        input: sender ?? helo ?? '',
      },
    };
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
    const checkOptions: SectionCheckOptions = {
      selectors: options.selectors ?? [],
      sendingIps: distinctIps,
      discoverSelectors: options.discoverSelectors !== false,
      ...(sender !== undefined ? { sender } : {}),
      ...(helo !== undefined ? { helo } : {}),
    };
    // The sections this report has: one with `present` only for the inputs it needs (sending needs sending IPs).
    const entries = registry.entries.filter((entry) => !entry.present || entry.present(checkOptions));
    // Every section starts at once, in registry order; one that needs another (ptr needs mx's hosts) awaits it.
    const running = new Map<string, Promise<Section>>();
    // Each section looks up through its own scope of the session, which notes the AD flag of the answers it got; a
    // section rests also on the answers of the sections it read (ptr on mx's hosts and addresses).
    const seen = new Map<string, DnssecSeen>();
    const reads = new Map<string, Set<string>>();
    entries.forEach((entry, index) => {
      const scope = scopeSession(session);
      seen.set(entry.name, scope.seen);
      const read = new Set<string>();
      reads.set(entry.name, read);
      const context: SectionContext = {
        domain,
        resolver: scope,
        https: options.https ?? noHttpsFetcher,
        ...(options.fetchBudget ? { fetchBudget: options.fetchBudget } : {}),
        options: checkOptions,
        section: <Data>(needed: SectionEntry<string, Data>) => {
          const at = entries.indexOf(needed);
          const result = running.get(needed.name);
          if (at < 0 || at >= index || !result) {
            throw new Error(`Section "${entry.name}" asks for "${needed.name}", which is not registered before it.`);
          }
          read.add(needed.name);
          return result as Promise<Section<Data>>;
        },
      };
      running.set(entry.name, entry.check(context));
    });
    const results = await Promise.all(entries.map((entry) => running.get(entry.name)!));
    const sections: Record<string, Section> = {};
    entries.forEach((entry, index) => {
      sections[entry.name] = results[index]!;
    });
    const spf = sections.spf as SpfAudit | undefined;
    const dmarc = sections.dmarc as DmarcCheck | undefined;
    const sendsNoMail = spf !== undefined && dmarc !== undefined && declaresNoMail(spf, dmarc);
    // Checked concurrently with SPF and DMARC, the others are judged as for a sending domain, then relaxed here.
    if (sendsNoMail) {
      for (const entry of entries) {
        const relaxable = entry.notRequiredWithoutMail;
        if (relaxable) sections[entry.name] = relax(sections[entry.name]!, relaxable, NO_MAIL_NOTE);
      }
    }
    for (const entry of entries) sections[entry.name] = grouped(sections[entry.name]!);
    // RFC 8020 §2: NXDOMAIN at the domain's own name (asked by SPF; the session answers it from its memo) means
    // nothing exists there or below: there is nothing to grade, and no section may say it passes.
    const apex = await session.resolve(domain, 'TXT');
    const exists = apex.status !== 'nxdomain';
    if (!exists) {
      for (const entry of entries) {
        const section = sections[entry.name]!;
        if (section.status === 'pass') {
          sections[entry.name] = {
            ...section,
            status: 'fail',
            summary: `${domain} does not exist (NXDOMAIN), so there is nothing to check: ${section.summary}`,
          };
        }
      }
    }
    const reported: Record<string, ReportSection> = {};
    for (const entry of entries) {
      const section = sections[entry.name]!;
      // Its own answers and those of the sections it read (not theirs in turn: ptr reads mx's hosts, not what mx read
      // of SPF for a null MX). A section reads another only when it needs it, so what it read is what it used.
      const answers = [entry.name, ...(reads.get(entry.name) ?? [])].map((name) => seen.get(name)!);
      reported[entry.name] = { ...section, dnssec: dnssecState(section.status, answers) };
    }
    const statuses = Object.fromEntries(entries.map((entry) => [entry.name, sections[entry.name]!.status]));
    const graded = gradeSections(statuses, registry);
    const { unknown } = graded;
    let { score, grade } = graded;
    if (!exists) {
      score = null;
      grade = null;
    } else if (grade !== null && spf && dmarc && anyoneMaySendAs(spf, dmarc)) {
      // The worst truth (docs/grading.md): a domain anyone may send as is an F, whatever the rest scores.
      grade = 'F';
    }
    const report: DomainReport<Record<string, ReportSection>> = {
      domain,
      input,
      checkedAt: checkedAt.toISOString(),
      grade,
      score,
      sections: reported,
      complete: unknown.length === 0,
      unknown,
      exists,
      sendsNoMail,
      queries: session.stats.queries,
      elapsedMs: Date.now() - started,
      ttl: session.stats.minTtl ?? 0,
    };
    return { ok: true, report: report as unknown as DomainReport<SectionsOf<R>> };
  } finally {
    session.close();
  }
}
