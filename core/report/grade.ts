import type { SectionStatus } from '../finding.js';
import type { NameOf, SectionRegistry } from './define-section.js';
import { SECTIONS, type Sections } from './registry.js';
import type { Grade, SectionName } from './types.js';

/**
 * How much each section weighs in the score (docs/grading.md), as the registry declares it. DMARC is what receivers
 * enforce, so it weighs most.
 */
export const SECTION_WEIGHTS = Object.fromEntries(
  SECTIONS.entries.map((entry) => [entry.name, entry.weight]),
) as Record<SectionName, number>;

/** The share of a section's weight each status earns; `error` sections are left out of the score. */
export const STATUS_POINTS: Record<Exclude<SectionStatus, 'error'>, number> = { pass: 1, warn: 0.5, fail: 0 };

/** Lowest score for each grade, best first. */
export const GRADE_THRESHOLDS: ReadonlyArray<readonly [Grade, number]> = [
  ['A', 90],
  ['B', 75],
  ['C', 60],
  ['D', 45],
  ['E', 30],
  ['F', 0],
];

/** A failing section that caps the grade (SPF, DMARC) caps it here: receivers then cannot authenticate the mail. */
export const FAIL_CAP: Grade = 'D';

const GRADE_ORDER: Grade[] = ['A', 'B', 'C', 'D', 'E', 'F'];

/** Compares grades: negative when `a` is better than `b`. */
export function compareGrades(a: Grade, b: Grade): number {
  return GRADE_ORDER.indexOf(a) - GRADE_ORDER.indexOf(b);
}

/** The result of grading: the score (0–100) and the grade, both null when a section is unknown. */
export interface GradeResult<Name extends string = SectionName> {
  score: number | null;
  grade: Grade | null;
  /** Sections DNS could not answer (`error`): with any, the grade and the score are unknown (null). */
  unknown: Name[];
}

/**
 * Grades a domain from its section statuses, as docs/grading.md tabulates: score = Σ weight × points ÷ Σ weight over
 * the registry's sections, rounded; grade from the thresholds; a failing section that caps the grade (SPF, DMARC)
 * caps it at D. A section in `error` is unknown, and an unknown is never shown as a grade: both are then null.
 */
export function gradeSections<R extends SectionRegistry = Sections>(
  statuses: Partial<Record<NameOf<R>, SectionStatus>>,
  registry: R = SECTIONS as unknown as R,
): GradeResult<NameOf<R>> {
  let earned = 0;
  let possible = 0;
  let capped = false;
  const unknown: NameOf<R>[] = [];
  for (const entry of registry.entries) {
    const name = entry.name as NameOf<R>;
    const status: SectionStatus | undefined = statuses[name];
    // A section the report does not have (sending without sending IPs) neither earns nor costs points.
    if (status === undefined) continue;
    if (status === 'error') {
      unknown.push(name);
      continue;
    }
    earned += entry.weight * STATUS_POINTS[status];
    possible += entry.weight;
    if (status === 'fail' && entry.capsGrade) capped = true;
  }
  if (unknown.length > 0 || possible === 0) return { score: null, grade: null, unknown };
  const score = Math.round((earned / possible) * 100);
  let grade = GRADE_THRESHOLDS.find(([, min]) => score >= min)?.[0] ?? 'F';
  if (capped && compareGrades(grade, FAIL_CAP) < 0) grade = FAIL_CAP;
  return { score, grade, unknown };
}
