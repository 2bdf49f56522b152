import type { Grade } from '../core/index.js';

/** A colour as shields.io names it, its hex value, and the text colour readable on it (WCAG 2.2 contrast ≥ 4.5:1). */
export interface GradeColour {
  name: string;
  hex: string;
  text: string;
}

/**
 * The grade colours, once, for the badges (SVG and shields.io) and the report page alike: shields.io's named colours
 * and their hex values, so the two badges and the page show a grade the same way.
 */
export const GRADE_COLOURS: Record<Grade, GradeColour> = {
  A: { name: 'brightgreen', hex: '44cc11', text: '000000' },
  B: { name: 'green', hex: '97ca00', text: '000000' },
  C: { name: 'yellowgreen', hex: 'a4a61d', text: '000000' },
  D: { name: 'yellow', hex: 'dfb317', text: '000000' },
  E: { name: 'orange', hex: 'fe7d37', text: '000000' },
  F: { name: 'red', hex: 'e05d44', text: '000000' },
};

/** The colour of "no grade": DNS failed, or an error badge. */
export const ERROR_COLOUR: GradeColour = { name: 'lightgrey', hex: '9f9f9f', text: '000000' };

/** The report page's CSS rules for the grade box, from the same table. */
export function gradeCss(): string {
  return (Object.entries(GRADE_COLOURS) as Array<[Grade, GradeColour]>)
    .map(([grade, colour]) => `.grade-${grade} { background: #${colour.hex}; color: #${colour.text}; }`)
    .join('\n');
}
