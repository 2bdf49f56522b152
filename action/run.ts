import {
  checkDomain,
  createDohResolver,
  createHttpsFetcher,
  createLookupScheduler,
  type DomainReport,
  diffReports,
  type Grade,
  mapBounded,
  parseDomain,
} from '../core/index.js';
import { mergeBaseline, readBaseline, writeBaseline } from './baseline.js';
import { createHttp2Fetch } from './http2-fetch.js';
import { itemsFor, oneFor, type RunOptions, UsageError, worstGrade } from './options.js';
import { type DomainOutcome, decideVerdict, dnsErrorSections, knownGrade, type Verdict } from './verdict.js';

/** What an input error of `checkDomain` is about, for the usage error's words (a domain's when not listed). */
const SENDING_INPUT_ERRORS: Partial<Record<string, string>> = {
  'invalid-ip': 'sending IP',
  'too-many-ips': 'sending IPs',
  'invalid-sender': 'sender',
  'invalid-helo': 'HELO name',
  'sender-without-ip': 'sender or HELO name',
};

/** The MAIL FROM and HELO name the run gives a domain's sending IPs, when it gives them. */
function sendingIdentities(options: RunOptions, domain: string): { sender?: string; helo?: string } {
  const sender = oneFor(options.senders, domain, 'sender');
  const helo = oneFor(options.helos, domain, 'helo');
  return { ...(sender !== undefined ? { sender } : {}), ...(helo !== undefined ? { helo } : {}) };
}

/** What happened to the baseline file in this run. */
export interface BaselineState {
  path: string | undefined;
  /** The path as the user wrote it. */
  label: string | undefined;
  /** `none` when no baseline was asked for. */
  status: 'found' | 'missing' | 'none';
  /** Whether this run wrote the file (update-baseline and something changed). */
  written: boolean;
  /** update-baseline was asked but no domain's findings changed, so the file was left as it was. */
  unchanged: boolean;
  /** Domains whose previous entry was kept because DNS could not answer for them now. */
  kept: string[];
}

/** The JSON report of a run: written by the Action to the runner's temp dir, printed by `mailposture --json`. */
export interface RunResult {
  version: 1;
  checkedAt: string;
  failOn: RunOptions['failOn'];
  minGrade: Grade | null;
  /** The worst grade over all domains; null when a domain's grade is unknown (DNS could not answer a check). */
  grade: Grade | null;
  regressions: number;
  baseline: BaselineState;
  domains: DomainOutcome[];
  verdict: Verdict;
}

/**
 * The bounds of one run: DNS exchanges in flight over all domains, and domains checked at once. Eight domains keep
 * the sixteen exchanges busy (a check has a few lookups in flight at a time along its critical path), and no domain
 * waits so long for a slot that its own deadline (15 s from its start) passes.
 */
export const RUN_BOUNDS = { exchanges: 16, domains: 8 } as const;

/** Rejects the whole run before any lookup when a domain is not a valid name (RFC 1035 §2.3.4, RFC 5891 §5). */
function validateDomains(domains: readonly string[]): void {
  if (domains.length === 0) throw new UsageError('No domain given: name at least one domain to check.');
  const problems: string[] = [];
  for (const input of domains) {
    const parsed = parseDomain(input);
    if (!parsed.ok) problems.push(`"${input}": ${parsed.error.message}`);
  }
  if (problems.length > 0) throw new UsageError(`Invalid domain: ${problems.join(' ')}`);
}

/**
 * Checks the domains with core's `checkDomain` within one shared bound (RUN_BOUNDS), compares each with the baseline with `diffReports`,
 * updates the baseline when asked, and decides the run. Adapters render the result; nothing here judges a record.
 */
export async function runChecks(options: RunOptions, now: () => Date = () => new Date()): Promise<RunResult> {
  validateDomains(options.domains);
  const checkedAt = now();
  const baselineRead = options.baselinePath
    ? await readBaseline(options.baselinePath, options.baselineLabel ?? options.baselinePath)
    : undefined;
  const previous = baselineRead?.status === 'found' ? baselineRead.file.domains : {};
  // DoH over one HTTP/2 connection per endpoint, its queries as streams (an origin without HTTP/2 gets the platform's
  // fetch); closed once every domain is checked, so the process can exit.
  const transport = createHttp2Fetch();
  const resolver = createDohResolver({
    ...(options.dohUrls.length > 0 ? { endpoints: options.dohUrls } : {}),
    fetch: transport.fetch,
    timeoutMs: options.dnsTimeoutMs,
    retries: options.dnsRetries,
  });

  // One bound for the whole run, however long the list: every domain's lookups share RUN_BOUNDS.exchanges slots, and
  // at most RUN_BOUNDS.domains domains are checked at once, so a domain's deadline runs from when its own check starts.
  const scheduler = createLookupScheduler({ concurrency: RUN_BOUNDS.exchanges });
  // The platform's fetch, for the MTA-STS policies (core's HTTPS port: bounded, redirects not followed).
  const https = createHttpsFetcher();
  let outcomes: DomainOutcome[];
  try {
    outcomes = await mapBounded(options.domains, RUN_BOUNDS.domains, async (input): Promise<DomainOutcome> => {
      const result = await checkDomain(input, {
        resolver,
        https,
        scheduler,
        selectors: itemsFor(options.selectors, input),
        sendingIps: itemsFor(options.sendingIps, input),
        ...sendingIdentities(options, input),
      });
      if (!result.ok) {
        const what = SENDING_INPUT_ERRORS[result.error.code] ?? 'domain';
        throw new UsageError(`Invalid ${what} for "${input}": ${result.error.message}`);
      }
      const report = result.report;
      const before = previous[report.domain];
      return {
        input,
        domain: report.domain,
        report,
        baseline: before ? 'compared' : 'missing',
        diff: before ? diffReports(before, report) : undefined,
        dnsErrors: dnsErrorSections(report),
      };
    });
  } finally {
    await transport.close();
  }

  const baseline: BaselineState = {
    path: options.baselinePath,
    label: options.baselineLabel ?? options.baselinePath,
    status: baselineRead?.status ?? 'none',
    written: false,
    unchanged: false,
    kept: [],
  };
  if (options.updateBaseline && options.baselinePath) {
    // A report with a section DNS could not answer would hide that section from every later comparison, so the
    // domain's previous entry stays until a run gets a full answer.
    const answered: DomainReport[] = [];
    for (const outcome of outcomes) {
      if (outcome.dnsErrors.length === 0) answered.push(outcome.report);
      else baseline.kept.push(outcome.domain);
    }
    const { domains, changed } = mergeBaseline(previous, answered);
    // Rewriting a file whose findings did not change would only move `updatedAt`: a pointless commit.
    if (changed) {
      await writeBaseline(options.baselinePath, domains, checkedAt);
      baseline.written = true;
    } else {
      baseline.unchanged = true;
    }
  }

  // The worst grade is known only when every domain's is: an unknown one could be worse than any shown.
  const grades = outcomes.map(knownGrade);
  const grade = grades.includes(null) ? null : (worstGrade(grades as Grade[]) ?? null);
  return {
    version: 1,
    checkedAt: checkedAt.toISOString(),
    failOn: options.failOn,
    minGrade: options.minGrade ?? null,
    grade,
    regressions: outcomes.reduce((sum, outcome) => sum + (outcome.diff?.regressions.length ?? 0), 0),
    baseline,
    domains: outcomes,
    // The domains whose current state this run wrote (or found already in the baseline) are accepted: what would fail
    // for them is the change the user
    // asked to take on (update-baseline), so the run that wrote it succeeds and says what changed.
    verdict: decideVerdict(outcomes, {
      ...options,
      accepted: new Set(
        baseline.written || baseline.unchanged
          ? outcomes.filter((o) => !baseline.kept.includes(o.domain)).map((o) => o.domain)
          : [],
      ),
    }),
  };
}
