import { badgen } from 'badgen';
import type { DomainReport, Grade } from '../core/index.js';
import { MAX_CACHE_SECONDS } from './cache.js';
import { ERROR_COLOUR, GRADE_COLOURS } from './colours.js';

/** The badge's label. */
export const BADGE_LABEL = 'email auth';

/** What a badge says about a report: the grade, or that DNS failed, so nothing is known. */
export interface BadgeFace {
  message: string;
  grade: Grade | undefined;
  isError: boolean;
}

/**
 * Reads the badge's face off a report: one with no grade shows none — "DNS error" when DNS failed somewhere,
 * "no such domain" when the domain does not exist.
 */
export function badgeFace(report: DomainReport<unknown>): BadgeFace {
  if (report.exists === false) return { message: 'no such domain', grade: undefined, isError: true };
  return report.complete && report.grade !== null
    ? { message: report.grade, grade: report.grade, isError: false }
    : { message: 'DNS error', grade: undefined, isError: true };
}

/** The SVG badge (badgen escapes its text). */
export function renderBadgeSvg(face: BadgeFace): string {
  return badgen({
    label: BADGE_LABEL,
    status: face.message,
    color: (face.grade ? GRADE_COLOURS[face.grade] : ERROR_COLOUR).hex,
  });
}

/** The shields.io endpoint document (https://shields.io/badges/endpoint-badge). */
export function shieldsEndpoint(face: BadgeFace, ttl: number) {
  return {
    schemaVersion: 1 as const,
    label: BADGE_LABEL,
    message: face.message,
    color: (face.grade ? GRADE_COLOURS[face.grade] : ERROR_COLOUR).name,
    cacheSeconds: Math.max(MAX_CACHE_SECONDS, Math.floor(ttl)),
    ...(face.isError ? { isError: true } : {}),
  };
}

/** An SVG badge that says why there is no grade ("rate limited", "invalid domain"), in the error colour. */
export function renderErrorBadgeSvg(text: string): string {
  return badgen({ label: BADGE_LABEL, status: text, color: ERROR_COLOUR.hex });
}

/** The shields.io endpoint document of an error: its text, the error colour and `isError`. */
export function shieldsError(text: string) {
  return {
    schemaVersion: 1 as const,
    label: BADGE_LABEL,
    message: text,
    color: ERROR_COLOUR.name,
    cacheSeconds: MAX_CACHE_SECONDS,
    isError: true,
  };
}
