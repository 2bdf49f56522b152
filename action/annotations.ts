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
 * `warning` with `fail-on: warning`), and per section DNS could not answer. The level is `error` when the item fails
 * the run under the chosen `fail-on`, else `warning`.
 */
export function buildAnnotations(result: RunResult): Annotation[] {
  const { failOn } = result;
  const failing = (yes: boolean): Annotation['level'] => (yes && failOn !== 'never' ? 'error' : 'warning');
  const annotations: Annotation[] = [];
  for (const outcome of result.domains) {
    const { domain, report } = outcome;
    for (const change of outcome.diff?.regressions ?? []) {
      const detail = change.before !== undefined || change.after !== undefined;
      annotations.push({
        level: failing(true),
        title: `${domain}: ${sectionLabel(change.section)} regressed (${change.kind})`,
        message: [
          change.message,
          detail ? `Before: ${change.before ?? '—'}; now: ${change.after ?? '—'}.` : '',
          change.fix ? `Fix: ${change.fix}` : '',
        ]
          .filter(Boolean)
          .join(' '),
      });
    }
    const gradeFailure = result.verdict.failures.find((f) => f.kind === 'grade' && f.domain === domain);
    if (gradeFailure) {
      annotations.push({
        level: failing(true),
        title: `${domain}: grade ${report.grade}`,
        message: gradeFailure.message,
      });
    }
    for (const { section, finding } of answeredFindings(report)) {
      if (finding.severity === 'error' || (finding.severity === 'warning' && failOn === 'warning')) {
        annotations.push({
          level: failing(failOn === 'error' || failOn === 'warning'),
          title: `${domain}: ${finding.id}`,
          message: `${sectionLabel(section)}: ${finding.message} Fix: ${finding.fix} (${finding.rfc})`,
        });
      }
    }
    for (const section of outcome.dnsErrors) {
      const messages = report.sections[section].findings.map((finding) => finding.message);
      const more = messages.length > 3 ? ` (and ${messages.length - 3} more)` : '';
      const details = messages.slice(0, 3).join(' ') + more;
      annotations.push({
        level: failing(failOn === 'error'),
        title: `${domain}: DNS could not answer for ${sectionLabel(section)}`,
        message: `${details || report.sections[section].summary} Not compared with the baseline; run again later.`,
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
  return annotations;
}
