import { type Finding, isLookupFailure, type Section, type SectionStatus, sectionStatus } from '../finding.js';
import type { NameOf, SectionRegistry } from './define-section.js';
import { compareGrades } from './grade.js';
import { SECTIONS, type Sections } from './registry.js';
import type { DomainReport, ReportChange, ReportDiff } from './types.js';

const STATUS_RANK: Record<Exclude<SectionStatus, 'error'>, number> = { pass: 0, warn: 1, fail: 2 };

/**
 * Whether a regression accounts for a finding of the current report (the finding it brought, or one its value change
 * explains, as the change's section declares in the registry), so an adapter reports the two once, not as a
 * regression and again as a finding.
 */
export function explainsFinding(
  change: ReportChange<string>,
  finding: { id: string; at?: string | undefined },
  registry: SectionRegistry = SECTIONS,
): boolean {
  const explained = registry.entry(change.section)?.explains?.[change.kind] ?? [];
  if (change.kind !== finding.id && !explained.includes(finding.id)) return false;
  return change.at === undefined || finding.at === undefined || change.at === finding.at;
}

const findingKey = (finding: Finding) => `${finding.id}|${finding.at ?? ''}`;
const counts = (finding: Finding) => finding.severity !== 'info' && !isLookupFailure(finding);

/**
 * A section's status as far as it is known: a failed lookup that left the section judged (a report destination, one
 * MX host's addresses) still lowers its status, so the status is taken from its other findings (core/finding.ts
 * `sectionStatus`) — an unknown neither worsens nor improves it.
 */
function knownStatus(section: Section): SectionStatus {
  if (section.status === 'error' || !section.findings.some((f) => isLookupFailure(f) && f.severity !== 'info')) {
    return section.status;
  }
  return sectionStatus(section.findings.filter((finding) => !isLookupFailure(finding)));
}

/** Whether a report's grade rests on a failed lookup: a section judged with one that lowers its status. */
function gradeRestsOnFailure(report: DomainReport<unknown>, names: readonly string[]): boolean {
  const sections = report.sections as Partial<Record<string, Section>> | undefined;
  return names.some((name) => {
    const section = sections?.[name];
    return section !== undefined && section.status !== 'error' && knownStatus(section) !== section.status;
  });
}

/** New warning/error findings are regressions; warning/error findings that went away are improvements. */
function findingChanges(section: string, before: Finding[], after: Finding[], diff: ReportDiff<string>) {
  const old = new Set(before.filter(counts).map(findingKey));
  const now = new Set(after.filter(counts).map(findingKey));
  for (const finding of after.filter(counts)) {
    if (!old.has(findingKey(finding))) {
      const change: ReportChange<string> = { section, kind: finding.id, message: finding.message, fix: finding.fix };
      if (finding.at !== undefined) change.at = finding.at;
      diff.regressions.push(change);
    }
  }
  for (const finding of before.filter(counts)) {
    if (!now.has(findingKey(finding))) {
      diff.improvements.push({ section, kind: finding.id, message: `Resolved: ${finding.message}` });
    }
  }
}

/**
 * Compares a baseline report with the current one: grade, section statuses, findings and the values that matter
 * (policy, selectors, key sizes, `all`, FCrDNS). A section in `error` in either report is skipped — a DNS failure is
 * never a regression — and the grade is compared only when both reports are complete.
 */
export function diffReports<R extends SectionRegistry = Sections>(
  baseline: DomainReport<unknown>,
  current: DomainReport<unknown>,
  registry: R = SECTIONS as unknown as R,
): ReportDiff<NameOf<R>> {
  const diff: ReportDiff<string> = { regressions: [], improvements: [], skipped: [] };
  // A baseline written by another version may lack a section: it is skipped like one DNS could not answer.
  const sectionOf = (report: DomainReport<unknown>, name: string) =>
    (report.sections as Partial<Record<string, Section>> | undefined)?.[name];
  const names = registry.names;
  const skip = new Set<string>();
  // A section neither report has (sending, with no sending IPs named) is not compared, nor said to be skipped.
  const absent = new Set(names.filter((name) => !sectionOf(baseline, name) && !sectionOf(current, name)));
  // Sections whose two results cannot be compared (the entry's `comparable`): the grade then is not compared either.
  let incomparable = false;
  for (const section of names) {
    const a = sectionOf(baseline, section)?.status;
    const b = sectionOf(current, section)?.status;
    if (a === undefined || b === undefined || a === 'error' || b === 'error') skip.add(section);
    else if (
      registry.entry(section)?.comparable?.(sectionOf(baseline, section)!, sectionOf(current, section)!) === false
    ) {
      skip.add(section);
      incomparable = true;
    }
  }
  diff.skipped = names.filter((section) => skip.has(section) && !absent.has(section));

  // An unknown grade (null: a section unknown, or a domain that does not exist) is never compared; nor is a grade that
  // a failed lookup lowered, nor one over a section that could not be compared.
  if (
    baseline.complete &&
    current.complete &&
    baseline.grade !== null &&
    current.grade !== null &&
    !incomparable &&
    !gradeRestsOnFailure(baseline, names) &&
    !gradeRestsOnFailure(current, names)
  ) {
    const order = compareGrades(current.grade, baseline.grade);
    if (order !== 0) {
      (order > 0 ? diff.regressions : diff.improvements).push({
        section: 'grade',
        kind: order > 0 ? 'grade-down' : 'grade-up',
        message: `The grade went from ${baseline.grade} to ${current.grade} (score ${baseline.score} → ${current.score}).`,
        before: baseline.grade,
        after: current.grade,
      });
    }
  }

  for (const section of names) {
    if (skip.has(section)) continue;
    const before = sectionOf(baseline, section)!;
    const after = sectionOf(current, section)!;
    const regressionsBefore = diff.regressions.length;
    findingChanges(section, before.findings, after.findings, diff);
    const a = STATUS_RANK[knownStatus(before) as Exclude<SectionStatus, 'error'>];
    const b = STATUS_RANK[knownStatus(after) as Exclude<SectionStatus, 'error'>];
    // A worse status always comes with a new finding; report it on its own only when no finding explains it.
    if (b > a && diff.regressions.length === regressionsBefore) {
      diff.regressions.push({
        section,
        kind: 'status-down',
        message: `The ${section} section went from ${before.status} to ${after.status}: ${after.summary}`,
        before: before.status,
        after: after.status,
      });
    } else if (b < a) {
      diff.improvements.push({
        section,
        kind: 'status-up',
        message: `The ${section} section went from ${before.status} to ${after.status}.`,
        before: before.status,
        after: after.status,
      });
    }
  }
  const findingRegressions = diff.regressions.length;
  // The values that matter beyond findings (policy strength, selectors and key sizes, `all`, FCrDNS): each section's
  // own comparison, declared with it in the registry.
  for (const entry of registry.entries) {
    if (skip.has(entry.name) || !entry.compare) continue;
    const changes = entry.compare(sectionOf(baseline, entry.name)!, sectionOf(current, entry.name)!);
    for (const { regression, ...change } of changes) {
      (regression ? diff.regressions : diff.improvements).push({ section: entry.name, ...change });
    }
  }
  // A value change names the cause better than the finding it brings (a removed selector, not "no key at s1"):
  // such a finding is not counted again — also in another section, when the change's entry names its id (a lost
  // PTR explains the sending section's sending.ptr-missing on the same IP).
  const causes = diff.regressions.slice(findingRegressions);
  diff.regressions = diff.regressions.filter(
    (change, index) =>
      index >= findingRegressions ||
      !causes.some((cause) => explainsFinding(cause, { id: change.kind, at: change.at }, registry)),
  );
  return diff as ReportDiff<NameOf<R>>;
}
