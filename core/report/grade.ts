import type { SectionStatus } from '../finding.js';
import type { Grade, SectionName } from './types.js';

/** How much each section weighs in the score (docs/grading.md). DMARC is what receivers enforce, so it weighs most. */
export const SECTION_WEIGHTS: Record<SectionName, number> = { spf: 25, dmarc: 30, dkim: 25, mx: 5, ptr: 15 };

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

/** A failing SPF or DMARC section caps the grade here: receivers then cannot authenticate the domain's mail. */
export const FAIL_CAP: Grade = 'D';

const GRADE_ORDER: Grade[] = ['A', 'B', 'C', 'D', 'E', 'F'];

/** Compares grades: negative when `a` is better than `b`. */
export function compareGrades(a: Grade, b: Grade): number {
  return GRADE_ORDER.indexOf(a) - GRADE_ORDER.indexOf(b);
}

/** The result of grading: the score (0–100), the grade, and whether sections in `error` were left out. */
export interface GradeResult {
  score: number;
  grade: Grade;
  /** Sections left out because DNS could not answer. */
  unknown: SectionName[];
}

/**
 * Grades a domain from its section statuses, as docs/grading.md tabulates: score = Σ weight × points ÷ Σ weight over
 * the sections that could be determined, rounded; grade from the thresholds; SPF or DMARC failing caps it at D.
 */
export function gradeSections(statuses: Record<SectionName, SectionStatus>): GradeResult {
  let earned = 0;
  let possible = 0;
  const unknown: SectionName[] = [];
  for (const section of Object.keys(SECTION_WEIGHTS) as SectionName[]) {
    const status = statuses[section];
    if (status === 'error') {
      unknown.push(section);
      continue;
    }
    earned += SECTION_WEIGHTS[section] * STATUS_POINTS[status];
    possible += SECTION_WEIGHTS[section];
  }
  const score = possible === 0 ? 0 : Math.round((earned / possible) * 100);
  let grade = GRADE_THRESHOLDS.find(([, min]) => score >= min)?.[0] ?? 'F';
  if ((statuses.spf === 'fail' || statuses.dmarc === 'fail') && compareGrades(grade, FAIL_CAP) < 0) grade = FAIL_CAP;
  return { score, grade, unknown };
}
