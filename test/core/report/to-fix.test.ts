import { describe, expect, it } from 'vitest';
import { type Finding, findingsToFix, isLookupFailure } from '../../../core/index.js';

const finding = (id: string, extra: Partial<Finding> = {}): Finding => ({
  id,
  severity: 'warning',
  message: `${id}.`,
  fix: `Fix ${id}.`,
  rfc: 'RFC 7208 §2.6.7',
  ...extra,
});
const failed = finding('dkim.dns-error', { cause: 'resolver' });
const oldFailed = finding('spf.dns-error'); // a baseline's, from before causes
const weak = finding('dkim.weak-key');

describe('isLookupFailure', () => {
  it('knows a failed lookup by its cause or, in an older report, by its *.dns-error id', () => {
    expect(isLookupFailure(failed)).toBe(true);
    expect(isLookupFailure(oldFailed)).toBe(true);
    expect(isLookupFailure(finding('tls.mta-sts-fetch', { cause: 'limit' }))).toBe(true);
    expect(isLookupFailure(weak)).toBe(false);
  });
});

describe('findingsToFix', () => {
  it('lists every finding of a section that was judged', () => {
    expect(findingsToFix({ exists: true }, { status: 'warn', findings: [weak, failed] })).toEqual([weak, failed]);
    // A baseline from before `exists` is a domain that exists.
    expect(findingsToFix({}, { status: 'fail', findings: [weak] })).toEqual([weak]);
  });

  it('leaves out the failed lookups of a section DNS could not answer, and keeps what there is to fix', () => {
    expect(findingsToFix({ exists: true }, { status: 'error', findings: [failed, oldFailed, weak] })).toEqual([weak]);
  });

  it('lists nothing for a domain that does not exist', () => {
    expect(findingsToFix({ exists: false }, { status: 'fail', findings: [finding('spf.missing')] })).toEqual([]);
    expect(findingsToFix({ exists: false }, { status: 'error', findings: [failed, weak] })).toEqual([]);
  });
});
