import { describe, expect, it } from 'vitest';
import { parseSpf } from '../../../core/spf/index.js';

/** Valid records, most of them from RFC 7208 (§5, §6, §10.1.x, Appendix A and D), with their term summary. */
const VALID: Array<[record: string, terms: string[]]> = [
  ['v=spf1 +all', ['+all']],
  ['v=spf1 a -all', ['+a', '-all']],
  ['v=spf1 a:example.org -all', ['+a:example.org', '-all']],
  ['v=spf1 mx -all', ['+mx', '-all']],
  ['v=spf1 mx:example.org -all', ['+mx:example.org', '-all']],
  ['v=spf1 mx mx:example.org -all', ['+mx', '+mx:example.org', '-all']],
  ['v=spf1 mx/30 mx:example.org/30 -all', ['+mx/30', '+mx:example.org/30', '-all']],
  ['v=spf1 ptr -all', ['+ptr', '-all']],
  ['v=spf1 ip4:192.0.2.128/28 -all', ['+ip4:192.0.2.128/28', '-all']],
  ['v=spf1 include:example.com include:example.net -all', ['+include:example.com', '+include:example.net', '-all']],
  ['v=spf1 redirect=example.org', ['redirect=example.org']],
  [
    'v=spf1 -include:ip4._spf.%{d} -include:ptr._spf.%{d} +all',
    ['-include:ip4._spf.%{d}', '-include:ptr._spf.%{d}', '+all'],
  ],
  ['v=spf1 -ip4:192.0.2.0/24 +all', ['-ip4:192.0.2.0/24', '+all']],
  ['v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} -all', ['+exists:%{ir}.%{l1r+-}._spf.%{d}', '-all']],
  [
    'v=spf1 ip6:2001:db8::/32 a//64 a:mail.example.com/24//56 ~all',
    ['+ip6:2001:db8::/32', '+a//64', '+a:mail.example.com/24//56', '~all'],
  ],
  ['V=SPF1 A -ALL', ['+a', '-all']],
  ['v=spf1 ?all exp=explain._spf.%{d} moo.cow-2=%{s}  ', ['?all', 'exp=explain._spf.%{d}', 'moo.cow-2=%{s}']],
  ['v=spf1', []],
];

/** Invalid records with the error code and the position (0-based) where the error is. */
const INVALID: Array<[record: string, code: string, position: number]> = [
  ['v=spf10 -all', 'not-spf', 0],
  ['spf1 -all', 'not-spf', 0],
  ['v=spf1 foo:bar -all', 'unknown-mechanism', 7],
  ['v=spf1 ip4:1.2.3.4/33', 'invalid-cidr', 18],
  ['v=spf1 ip4:1.2.3.4/032', 'invalid-cidr', 18],
  ['v=spf1 ip4:1.2.3', 'invalid-ip', 11],
  ['v=spf1 ip4:01.2.3.4', 'invalid-ip', 11],
  ['v=spf1 ip6::CAFE::BABE', 'invalid-ip', 11],
  ['v=spf1 -all a:museum', 'invalid-domain-spec', 14],
  ['v=spf1 a:111.222.33.44', 'invalid-domain-spec', 9],
  ['v=spf1 include:', 'invalid-domain-spec', 15],
  ['v=spf1 include:example.com/24', 'invalid-domain-spec', 15],
  ['v=spf1 all:x', 'invalid-term', 10],
  ['v=spf1 redirect=a.example redirect=b.example', 'duplicate-modifier', 26],
  ['v=spf1 exists:%{z}.example.com', 'invalid-macro', 14],
  ['v=spf1 exists:%{d0}.example.com', 'invalid-macro', 14],
  ['v=spf1 exists:100%.example.com', 'invalid-macro', 17],
  ['v=spf1 a:x.example\0 -all', 'control-character', 18],
  ['v=spf1 a:ctrl.example.com\rptr -all', 'control-character', 25],
  ['v=spf1 -all \u00e9', 'non-ascii', 12],
];

describe('parseSpf', () => {
  it.each(VALID)('parses %j', (record, terms) => {
    const parsed = parseSpf(record);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const summary = parsed.record.terms.map((term) =>
      term.kind === 'mechanism' ? `${term.qualifier}${term.text.replace(/^[+\-~?]/, '').toLowerCase()}` : term.text,
    );
    expect(summary).toEqual(terms);
    for (const term of parsed.record.terms)
      expect(record.slice(term.position, term.position + term.text.length)).toBe(term.text);
  });

  it.each(INVALID)('rejects %j', (record, code, position) => {
    const parsed = parseSpf(record);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe(code);
    expect(parsed.error.position).toBe(position);
  });

  it('reads the details of a and ip terms', () => {
    const parsed = parseSpf('v=spf1 -a:mail.example.com/24//56 ip6:2001:DB8::/32 redirect=_spf.example.com');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const [a, ip6] = parsed.record.mechanisms;
    expect(a).toMatchObject({ name: 'a', qualifier: '-', cidr4: 24, cidr6: 56 });
    expect(a?.domainSpec?.text).toBe('mail.example.com');
    expect(ip6?.network).toEqual({ family: 6, address: '2001:DB8::', prefix: 32 });
    expect(parsed.record.redirect?.value.text).toBe('_spf.example.com');
  });

  it('returns a value for hostile input, never a throw', () => {
    const thousands = `v=spf1 ${'ip4:45.33.20.1 '.repeat(5000)}-all`;
    const parsed = parseSpf(thousands);
    expect(parsed.ok && parsed.record.terms.length).toBe(5001);
    expect(parseSpf(`v=spf1 ${'a'.repeat(10_000)}`)).toMatchObject({ ok: false, error: { code: 'unknown-mechanism' } });
    expect(parseSpf(`v=spf1 ${'%'.repeat(4000)}`)).toMatchObject({ ok: false, error: { code: 'invalid-term' } });
    expect(parseSpf('v=spf1 exists:%{').ok).toBe(false);
  });
});
