import { describe, expect, it } from 'vitest';
import { parseMtaStsRecord, parseTlsRptRecord } from '../../../core/index.js';
import { isRecordCandidate, splitRecordFields } from '../../../core/tls/record-fields.js';

// RFC 8461 §3.1 and RFC 8460 §3 share the record grammar: one splitter, the same answers for both versions.
describe('splitRecordFields', () => {
  it('splits the fields after the version, allowing spaces around ";" and one trailing ";"', () => {
    expect(splitRecordFields('v=STSv1; id=20260101 ;ext=1;', 'v=STSv1')).toEqual({
      ok: true,
      fields: [
        { field: 'id=20260101', name: 'id', value: '20260101' },
        { field: 'ext=1', name: 'ext', value: '1' },
      ],
    });
    expect(splitRecordFields('v=TLSRPTv1;rua=mailto:a@example.com', 'v=TLSRPTv1')).toMatchObject({
      ok: true,
      fields: [{ name: 'rua', value: 'mailto:a@example.com' }],
    });
  });

  it.each([
    ['x; id=a', 'it does not start with "V"'],
    ['V ; id=a', 'it does not start with "V;" exactly, so senders discard it'],
    ['V; id=a;; x=y', 'it has an empty field (two ";" in a row)'],
    ['V; id=a; novalue', '"novalue" is not a name=value field'],
    ['V; =a', '"=a" is not a name=value field'],
  ])('refuses %j the same way for both records', (shape, error) => {
    for (const version of ['v=STSv1', 'v=TLSRPTv1']) {
      const text = shape.replace('V', version);
      const message = error.replace('V', version);
      expect(splitRecordFields(text, version)).toEqual({ ok: false, error: message });
      const parse = version === 'v=STSv1' ? parseMtaStsRecord : parseTlsRptRecord;
      expect(parse(text)).toEqual({ ok: false, error: message });
    }
  });

  it('takes a record as a candidate only when the version is a whole field (case-sensitive, RFC 7405 %s)', () => {
    expect(isRecordCandidate('v=STSv1', 'v=STSv1')).toBe(true);
    expect(isRecordCandidate('v=STSv1 \t; id=a', 'v=STSv1')).toBe(true);
    expect(isRecordCandidate('v=STSv10; id=a', 'v=STSv1')).toBe(false);
    expect(isRecordCandidate('v=stsv1; id=a', 'v=STSv1')).toBe(false);
  });
});
