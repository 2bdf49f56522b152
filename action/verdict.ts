import {
  type DomainReport,
  type Finding,
  type Grade,
  listSections,
  type ReportDiff,
  SECTIONS,
  type SectionName,
  type SectionRegistry,
} from '../core/index.js';
import type { FailOn } from './options.js';
import { meetsGrade } from './options.js';

/** One domain after the run: its report and how it compares with the baseline. */
export interface DomainOutcome {
  /** The domain as typed. */
  input: string;
  /** The A-label core checked. */
  domain: string;
  report: DomainReport;
  /** `compared` when the baseline held this domain, `missing` when it did not or there is no baseline. */
  baseline: 'compared' | 'missing';
  /** The comparison with the baseline, when there was one. */
  diff: ReportDiff<string> | undefined;
  /** Sections DNS could not answer (`status: 'error'`): never regressions, reported as warnings. */
  dnsErrors: string[];
}

/** Why a run fails (or would fail without `fail-on: never`). */
export interface Failure {
  kind: 'regression' | 'grade' | 'finding' | 'dns' | 'nonexistent';
  domain: string;
  message: string;
}

/** The decision of a run: pass or fail, the reasons, and the CLI's exit code. */
export interface Verdict {
  /**
   * `failed` when the run fails; else `incomplete` when DNS could not answer some check of some domain (a run is never
   * said to pass over what could not be checked); else `passed`.
   */
  status: 'passed' | 'failed' | 'incomplete';
  failed: boolean;
  /** The domains with a section DNS could not answer, in run order. */
  unknown: string[];
  /** 0 fine · 1 regression, grade below threshold or a finding `fail-on` counts · 3 DNS could not answer. */
  exitCode: 0 | 1 | 3;
  failures: Failure[];
  /**
   * What would have failed the run but was accepted into the baseline this run wrote (update-baseline): the run
   * passes, and these are reported as notices of what changed.
   */
  accepted: Failure[];
  /** Things worth saying that do not fail the run (a grade not judged because DNS failed, …). */
  notes: string[];
}

/** The report's section names in order, as the registry declares them. */
export const SECTION_NAMES: readonly SectionName[] = SECTIONS.names;

/** The findings of sections DNS answered; those of an `error` section say only that DNS failed. */
export function answeredFindings(
  report: DomainReport<unknown>,
  registry: SectionRegistry = SECTIONS,
): Array<{ section: string; finding: Finding }> {
  const found: Array<{ section: string; finding: Finding }> = [];
  for (const { entry, section } of listSections(report, registry)) {
    if (section.status === 'error') continue;
    for (const finding of section.findings) found.push({ section: entry.name, finding });
  }
  return found;
}

/** The sections of a report DNS could not answer, in the registry's order. */
export function dnsErrorSections(report: DomainReport<unknown>, registry: SectionRegistry = SECTIONS): string[] {
  return listSections(report, registry)
    .filter(({ section }) => section.status === 'error')
    .map(({ entry }) => entry.name);
}

/** The label of a section for people, as the registry declares it (`SPF`, `PTR`); `Grade` for the grade. */
export function sectionLabel(section: string, registry: SectionRegistry = SECTIONS): string {
  return section === 'grade' ? 'Grade' : (registry.entry(section)?.label ?? section);
}

/**
 * Decides a run from the outcomes: a regression fails it unless `fail-on: never`; a grade below `min-grade` fails it
 * (not judged when DNS failed for the domain); `warning`/`error` also fail on findings of that severity or worse;
 * a section DNS could not answer fails it only with `fail-on: error`. For a domain whose current state this run wrote
 * to the baseline (`accepted`: update-baseline asked for it), what would fail is accepted instead: the user asked to
 * take the current state as the new normal, so the run that did so succeeds.
 */
export function decideVerdict(
  outcomes: readonly DomainOutcome[],
  options: { failOn: FailOn; minGrade: Grade | undefined; accepted?: ReadonlySet<string>; registry?: SectionRegistry },
): Verdict {
  const registry = options.registry ?? SECTIONS;
  const all: Failure[] = [];
  const notes: string[] = [];
  let dnsTrouble = false;
  for (const outcome of outcomes) {
    const { domain, report } = outcome;
    for (const change of outcome.diff?.regressions ?? []) {
      all.push({ kind: 'regression', domain, message: `${sectionLabel(change.section, registry)}: ${change.message}` });
    }
    if (report.exists === false) {
      // Nothing to authenticate and no grade: almost always a misspelt name, so it fails the run (but with never).
      all.push({
        kind: 'nonexistent',
        domain,
        message: `${domain} does not exist (NXDOMAIN): there is nothing to check; is the name right?`,
      });
    } else if (report.grade === null) {
      if (options.minGrade) {
        notes.push(
          `${domain}: grade unknown (DNS could not answer for ${outcome.dnsErrors.join(', ')}): min-grade not judged.`,
        );
      }
    } else if (options.minGrade && !meetsGrade(report.grade, options.minGrade)) {
      const message = `grade ${report.grade} is below the minimum ${options.minGrade}`;
      if (outcome.dnsErrors.length > 0) {
        notes.push(`${domain}: ${message}, but DNS could not answer for ${outcome.dnsErrors.join(', ')}: not judged.`);
      } else {
        all.push({ kind: 'grade', domain, message });
      }
    }
    if (options.failOn === 'warning' || options.failOn === 'error') {
      const severities = options.failOn === 'warning' ? ['warning', 'error'] : ['error'];
      for (const { finding } of answeredFindings(report, registry)) {
        if (severities.includes(finding.severity)) {
          all.push({ kind: 'finding', domain, message: `${finding.id}: ${finding.message}` });
        }
      }
    }
    if (outcome.dnsErrors.length > 0) {
      dnsTrouble = true;
      if (options.failOn === 'error') {
        all.push({
          kind: 'dns',
          domain,
          message: `DNS could not answer for ${outcome.dnsErrors.join(', ')}`,
        });
      }
    }
  }
  const isAccepted = (failure: Failure) => failure.kind !== 'dns' && (options.accepted?.has(failure.domain) ?? false);
  const accepted = all.filter(isAccepted);
  const failures = all.filter((failure) => !isAccepted(failure));
  const failed = options.failOn !== 'never' && failures.length > 0;
  let exitCode: Verdict['exitCode'] = 0;
  if (failed && failures.some((failure) => failure.kind !== 'dns')) exitCode = 1;
  else if (dnsTrouble && options.failOn !== 'never') exitCode = 3;
  const unknown = outcomes.filter((outcome) => outcome.dnsErrors.length > 0).map((outcome) => outcome.domain);
  const status: Verdict['status'] = failed ? 'failed' : unknown.length > 0 ? 'incomplete' : 'passed';
  return { status, failed, unknown, exitCode, failures, accepted, notes };
}

/** How many domains an "incomplete: DNS failed for …" line names before "and N more". */
const NAMED = 5;

/**
 * "DNS failed for a.example (SPF, DMARC), b.example (all checks)": the domains and sections DNS could not answer,
 * the first few by name.
 */
export function dnsFailedFor(outcomes: readonly DomainOutcome[]): string {
  const failed = outcomes.filter((outcome) => outcome.dnsErrors.length > 0);
  const named = failed.slice(0, NAMED).map((outcome) => {
    // Every section the report has (sending is there only with sending IPs).
    const all = outcome.dnsErrors.length === Object.keys(outcome.report.sections).length;
    return `${outcome.domain} (${all ? 'every check' : outcome.dnsErrors.map((name) => sectionLabel(name)).join(', ')})`;
  });
  const more =
    failed.length > NAMED ? ` and ${failed.length - NAMED} more domain${failed.length - NAMED > 1 ? 's' : ''}` : '';
  return `DNS failed for ${named.join(', ')}${more}`;
}

/** The grade to show for a domain: none when DNS could not answer one of its checks, since it is then not known. */
export function knownGrade(outcome: DomainOutcome): Grade | null {
  return outcome.dnsErrors.length > 0 ? null : (outcome.report.grade ?? null);
}

/**
 * The first failed lookup of a domain's unknown sections — the finding that says who failed (`cause`) and the fix
 * that fits — or, in a section without one, its first finding.
 */
export function firstFailure(outcome: DomainOutcome, registry: SectionRegistry = SECTIONS): Finding | undefined {
  const unknown = listSections(outcome.report, registry).filter(({ entry }) => outcome.dnsErrors.includes(entry.name));
  const findings = unknown.flatMap(({ section }) => section.findings);
  return findings.find((finding) => finding.cause !== undefined) ?? findings[0];
}
