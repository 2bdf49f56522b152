import { createDohResolver } from '../core/dns/doh.js';
import { parseDomain } from '../core/dns/name.js';
import { checkDomain, diffReports } from '../core/report/index.js';
import type { DomainReport, Grade } from '../core/report/types.js';
import { mergeBaseline, readBaseline, writeBaseline } from './baseline.js';
import { itemsFor, type RunOptions, UsageError, worstGrade } from './options.js';
import { type DomainOutcome, decideVerdict, SECTION_NAMES, type Verdict } from './verdict.js';

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
  /** The worst grade over all domains. */
  grade: Grade | null;
  regressions: number;
  baseline: BaselineState;
  domains: DomainOutcome[];
  verdict: Verdict;
}

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
 * Checks every domain concurrently with core's `checkDomain`, compares each with the baseline with `diffReports`,
 * updates the baseline when asked, and decides the run. Adapters render the result; nothing here judges a record.
 */
export async function runChecks(options: RunOptions, now: () => Date = () => new Date()): Promise<RunResult> {
  validateDomains(options.domains);
  const checkedAt = now();
  const baselineRead = options.baselinePath
    ? await readBaseline(options.baselinePath, options.baselineLabel ?? options.baselinePath)
    : undefined;
  const previous = baselineRead?.status === 'found' ? baselineRead.file.domains : {};
  const resolver = createDohResolver({
    ...(options.dohUrls.length > 0 ? { endpoints: options.dohUrls } : {}),
    timeoutMs: options.dnsTimeoutMs,
    retries: options.dnsRetries,
  });

  const outcomes = await Promise.all(
    options.domains.map(async (input): Promise<DomainOutcome> => {
      const result = await checkDomain(input, {
        resolver,
        selectors: itemsFor(options.selectors, input),
        sendingIps: itemsFor(options.sendingIps, input),
      });
      if (!result.ok) throw new UsageError(`Invalid domain "${input}": ${result.error.message}`);
      const report = result.report;
      const before = previous[report.domain];
      return {
        input,
        domain: report.domain,
        report,
        baseline: before ? 'compared' : 'missing',
        diff: before ? diffReports(before, report) : undefined,
        dnsErrors: SECTION_NAMES.filter((section) => report.sections[section]?.status === 'error'),
      };
    }),
  );

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

  const grade = worstGrade(outcomes.map((outcome) => outcome.report.grade)) ?? null;
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
