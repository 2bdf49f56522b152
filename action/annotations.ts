import { explainsFinding, listSections, SECTIONS, type SectionRegistry } from '../core/index.js';
import { escapeAnnotation } from './markdown.js';
import type { RunResult } from './run.js';
import { answeredFindings, sectionLabel } from './verdict.js';

/** One workflow annotation (`::error`, `::warning`, `::notice`). */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
}

/**
 * The annotations of a run: one per regression, per grade below the minimum, per finding of severity `error` (and
 * `warning` with `fail-on: warning`) that no regression already names, and per section DNS could not answer. The
 * level is `error` when the item fails the run under the chosen `fail-on`, else `warning`; for a domain whose current
 * state the run wrote to the baseline (update-baseline), what would have failed is a `notice` of what was accepted. Text from DNS in them is made inert
 * (`escapeAnnotation`).
 */
export function buildAnnotations(result: RunResult, registry: SectionRegistry = SECTIONS): Annotation[] {
  const label = (section: string) => sectionLabel(section, registry);
  const { failOn } = result;
  const failing = (yes: boolean): Annotation['level'] => (yes && failOn !== 'never' ? 'error' : 'warning');
  const annotations: Annotation[] = [];
  for (const outcome of result.domains) {
    const { domain, report } = outcome;
    const accepted = result.verdict.accepted.filter((failure) => failure.domain === domain);
    const wasAccepted = written(result, domain);
    const acceptedNote = ' Accepted into the baseline (update-baseline): commit the baseline file to keep it.';
    const regressions = outcome.diff?.regressions ?? [];
    for (const change of regressions) {
      const detail = change.before !== undefined || change.after !== undefined;
      annotations.push({
        level: wasAccepted ? 'notice' : failing(true),
        title: `${domain}: ${label(change.section)} regressed (${change.kind})${wasAccepted ? ', accepted' : ''}`,
        message:
          [
            change.message,
            detail ? `Before: ${change.before ?? '—'}; now: ${change.after ?? '—'}.` : '',
            change.fix ? `Fix: ${change.fix}` : '',
          ]
            .filter(Boolean)
            .join(' ') + (wasAccepted ? acceptedNote : ''),
      });
    }
    const gradeFailure = [...result.verdict.failures, ...accepted].find(
      (f) => f.kind === 'grade' && f.domain === domain,
    );
    if (gradeFailure) {
      annotations.push({
        level: wasAccepted ? 'notice' : failing(true),
        title: `${domain}: grade ${report.grade}${wasAccepted ? ', accepted' : ''}`,
        message: gradeFailure.message + (wasAccepted ? `.${acceptedNote}` : ''),
      });
    }
    for (const { section, finding } of answeredFindings(report, registry)) {
      // A finding a regression brought (or explains, in its own section or another: a lost PTR explains the sending
      // section's finding on the same IP) is annotated once, as that regression.
      if (regressions.some((change) => explainsFinding(change, finding, registry))) continue;
      if (finding.severity === 'error' || (finding.severity === 'warning' && failOn === 'warning')) {
        annotations.push({
          level: wasAccepted ? 'notice' : failing(failOn === 'error' || failOn === 'warning'),
          title: `${domain}: ${finding.id}`,
          message: `${label(section)}: ${finding.message} Fix: ${finding.fix} (${finding.rfc})`,
        });
      }
    }
    const sections = listSections(report, registry);
    for (const name of outcome.dnsErrors) {
      const section = sections.find(({ entry }) => entry.name === name)?.section;
      if (!section) continue;
      const messages = section.findings.map((finding) => finding.message);
      const more = messages.length > 3 ? ` (and ${messages.length - 3} more)` : '';
      const details = messages.slice(0, 3).join(' ') + more;
      annotations.push({
        level: failing(failOn === 'error'),
        title: `${domain}: DNS could not answer for ${label(name)}`,
        message: `${details || section.summary} Not compared with the baseline; run again later.`,
      });
    }
    if (outcome.baseline === 'missing' && result.baseline.status !== 'none' && !result.baseline.written) {
      annotations.push({
        level: 'notice',
        title: `${domain}: no baseline`,
        message: `${result.baseline.label ?? 'The baseline'} has no entry for ${domain}: run once with update-baseline: true and commit the file to start catching regressions.`,
      });
    }
  }
  if (result.baseline.written) {
    annotations.push({
      level: 'notice',
      title: 'baseline updated',
      message: `${baselineChanges(result).join(' ')} Commit ${result.baseline.label ?? 'the baseline file'} so later runs compare with it.`,
    });
  }
  return annotations.map((annotation) => ({
    ...annotation,
    title: escapeAnnotation(annotation.title),
    message: escapeAnnotation(annotation.message),
  }));
}

/**
 * Whether the baseline holds the domain's current state after this run (update-baseline, DNS answered every check):
 * written now, or already there, so the file was left as it was.
 */
export function written(result: RunResult, domain: string): boolean {
  return (result.baseline.written || result.baseline.unchanged) && !result.baseline.kept.includes(domain);
}

/** What the baseline this run wrote changed, one sentence per domain. */
export function baselineChanges(result: RunResult): string[] {
  return result.domains.map((outcome) => {
    const { domain, report, diff } = outcome;
    if (!written(result, domain)) {
      return `${domain}: previous entry kept (DNS could not answer for ${outcome.dnsErrors.join(', ')}).`;
    }
    const known =
      report.exists === false ? 'no grade (the domain does not exist)' : `grade ${report.grade ?? 'unknown'}`;
    if (!diff) return `${domain}: added with ${known}.`;
    const grade =
      diff.regressions.find((c) => c.section === 'grade') ?? diff.improvements.find((c) => c.section === 'grade');
    const parts = [
      grade ? `grade ${grade.before} → ${grade.after}` : known,
      `${diff.regressions.length} regression${diff.regressions.length === 1 ? '' : 's'} accepted`,
      `${diff.improvements.length} improvement${diff.improvements.length === 1 ? '' : 's'}`,
    ];
    return `${domain}: ${parts.join(', ')}.`;
  });
}
