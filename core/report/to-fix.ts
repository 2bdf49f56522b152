import { type Finding, isLookupFailure, type Section } from '../finding.js';

/**
 * The findings of a section that its reader can act on, as every output lists them (the page, the CLI's table, the
 * Action's summary):
 * - none when the domain does not exist (`exists: false`): its records are not there to mend, and "publish an SPF
 *   record" would send someone to mend a name that is not there (the outputs say once that it does not exist);
 * - in a section DNS could not answer (`error`), all but the failed lookups, which the outputs name once per cause;
 * - otherwise all of them.
 */
export function findingsToFix(report: { exists?: boolean }, section: Pick<Section, 'status' | 'findings'>): Finding[] {
  if (report.exists === false) return [];
  if (section.status === 'error') return section.findings.filter((finding) => !isLookupFailure(finding));
  return section.findings;
}
