import { describe, expect, it } from 'vitest';
import { dkimFindings } from '../../core/dkim/findings.js';
import { createFinding, type FindingCatalogue, type FindingId, sectionStatus } from '../../core/finding.js';
import type { spfFindings } from '../../core/spf/findings.js';

const catalogue = {
  'demo.one': { severity: 'warning', title: 'One', fix: 'Fix one.', rfc: 'RFC 0000 §1' },
  'demo.two': { severity: 'error', title: 'Two', fix: 'Fix two.', rfc: 'RFC 0000 §2' },
} as const satisfies FindingCatalogue;

describe('createFinding', () => {
  it('builds a finding from its catalogue entry, with the overrides given', () => {
    expect(createFinding(catalogue, 'demo.one', 'One found.')).toEqual({
      id: 'demo.one',
      severity: 'warning',
      message: 'One found.',
      fix: 'Fix one.',
      rfc: 'RFC 0000 §1',
    });
    expect(createFinding(catalogue, 'demo.two', 'Two.', { at: 'x.test', severity: 'info', fix: 'Other.' })).toEqual({
      id: 'demo.two',
      severity: 'info',
      message: 'Two.',
      fix: 'Other.',
      rfc: 'RFC 0000 §2',
      at: 'x.test',
    });
  });

  it('takes only an id of the catalogue given: an unknown one fails the type check', () => {
    // Each line below is a type error (`npm run typecheck` fails if one is not); at run time it still throws.
    // @ts-expect-error: not an id of this catalogue
    expect(() => createFinding(catalogue, 'demo.three', 'x')).toThrow(/Unknown finding id demo.three/);
    // @ts-expect-error: an SPF id given with the DKIM catalogue
    expect(() => createFinding(dkimFindings, 'spf.missing', 'x')).toThrow(/Unknown finding id spf.missing/);
    const known: FindingId<typeof spfFindings> = 'spf.missing';
    // @ts-expect-error: FindingId is the catalogue's keys only
    const unknown: FindingId<typeof spfFindings> = 'spf.no-such-finding';
    expect([known, unknown]).toHaveLength(2);
  });

  it('gives a section its status: error when DNS failed, else the worst severity', () => {
    const warning = createFinding(catalogue, 'demo.one', 'x');
    const error = createFinding(catalogue, 'demo.two', 'x');
    expect(sectionStatus([])).toBe('pass');
    expect(sectionStatus([warning])).toBe('warn');
    expect(sectionStatus([warning, error])).toBe('fail');
    expect(sectionStatus([], true)).toBe('error');
  });
});
