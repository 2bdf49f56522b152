import { describe, expect, it } from 'vitest';
import {
  judgeTlsa,
  judgeTlsaSet,
  matchesMxPattern,
  parseMtaStsPolicy,
  parseMtaStsRecord,
  parseTlsRptRecord,
  tlsRptUriProblem,
} from '../../../core/tls/index.js';

describe('parseMtaStsRecord (RFC 8461 §3.1)', () => {
  it.each([
    // The RFC's example, with its trailing delimiter.
    ['v=STSv1; id=20160831085700Z;', '20160831085700Z'],
    ['v=STSv1;id=abc', 'abc'],
    ['v=STSv1; id=a; ext-1=x.y', 'a'],
    // A repeated field counts once, the first (§3.2).
    ['v=STSv1; id=first; id=second', 'first'],
    [`v=STSv1; id=${'a'.repeat(32)}`, 'a'.repeat(32)],
  ])('accepts %j', (text, id) => {
    const parsed = parseMtaStsRecord(text);
    expect(parsed).toMatchObject({ ok: true, record: { id } });
  });

  it.each([
    ['v=STSv1;', /no id/],
    ['v=STSv1; id=', /not a valid field|no valid id/],
    ['v=STSv1; id=has-dash', /"has-dash" is not 1 to 32 letters or digits/],
    [`v=STSv1; id=${'a'.repeat(33)}`, /not 1 to 32/],
    ['v=STSv1; id=a;; x=y', /empty field/],
    ['v=STSv1; id=a; novalue', /not a name=value field/],
    ['v=STSv1; id=a; bad name=x', /not a valid field/],
    ['v=STSv1 ; id=a', /"v=STSv1;" exactly/],
    ['v=stsv1; id=a', /does not start/],
  ])('rejects %j', (text, error) => {
    const parsed = parseMtaStsRecord(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});

describe('parseMtaStsPolicy (RFC 8461 §3.2)', () => {
  it('parses the RFC example policy', () => {
    const body =
      'version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmx: *.example.net\r\nmx: backupmx.example.com\r\nmax_age: 604800\r\n';
    expect(parseMtaStsPolicy(body)).toEqual({
      ok: true,
      problems: [],
      policy: {
        version: 'STSv1',
        mode: 'enforce',
        maxAge: 604800,
        mx: ['mail.example.com', '*.example.net', 'backupmx.example.com'],
        extensions: [],
      },
    });
  });

  it('takes LF lines, trailing whitespace, extensions, and the first of a repeated field', () => {
    const parsed = parseMtaStsPolicy(
      'version: STSv1  \nmode: testing\nmode: enforce\nmx:MX.Example.COM\nfoo_bar: x y\nmax_age: 86400',
    );
    expect(parsed).toMatchObject({
      ok: true,
      problems: [],
      policy: { mode: 'testing', mx: ['mx.example.com'], extensions: [['foo_bar', 'x y']] },
    });
  });

  it('needs no mx in mode none', () => {
    expect(parseMtaStsPolicy('version: STSv1\nmode: none\nmax_age: 86400\n')).toMatchObject({
      ok: true,
      problems: [],
      policy: { mode: 'none', mx: [] },
    });
  });

  it.each([
    ['mode: enforce\nmx: a.example\nmax_age: 86400', /no "version"/],
    ['version: STSv2\nmode: enforce\nmx: a.example\nmax_age: 86400', /not "STSv1"/],
    ['version: STSv1\nmode: Enforce\nmx: a.example\nmax_age: 86400', /mode "Enforce"/],
    ['version: STSv1\nmx: a.example\nmax_age: 86400', /no "mode"/],
    ['version: STSv1\nmode: enforce\nmx: a.example', /no "max_age"/],
    ['version: STSv1\nmode: enforce\nmx: a.example\nmax_age: -1', /not 1 to 10 digits/],
    ['version: STSv1\nmode: enforce\nmx: a.example\nmax_age: 12345678901', /not 1 to 10 digits/],
  ])('refuses a policy without a usable required field: %j', (body, message) => {
    const parsed = parseMtaStsPolicy(body);
    expect(parsed.ok).toBe(false);
    expect(parsed.problems.map((p) => p.message).join(' ')).toMatch(message);
    expect(parsed.problems.every((p) => p.id === 'mtasts.policy-invalid')).toBe(true);
  });

  it('reports a policy in enforce or testing mode without mx, and lines that are not fields', () => {
    const parsed = parseMtaStsPolicy('version: STSv1\nmode: enforce\nmax_age: 86400\n<html>\n');
    expect(parsed.problems.map((p) => p.message)).toEqual([
      'Line 4 ("<html>") is not a "key: value" field.',
      'A policy in mode enforce needs at least one "mx" pattern.',
    ]);
  });

  it.each(['mail*.example.com', '*.*.example.com', '*', 'exa mple.com', '-a.example.com', 'a..example.com'])(
    'reports the mx pattern %j as invalid and leaves it out',
    (pattern) => {
      const parsed = parseMtaStsPolicy(`version: STSv1\nmode: enforce\nmx: ${pattern}\nmx: ok.example\nmax_age: 86400`);
      expect(parsed).toMatchObject({ ok: true, policy: { mx: ['ok.example'] } });
      expect(parsed.problems.map((p) => p.id)).toEqual(['mtasts.mx-pattern-invalid']);
    },
  );

  it.each([
    [31557600, []],
    [31557601, ['mtasts.max-age-too-long']],
    [63115200, ['mtasts.max-age-too-long']],
    [86400, []],
    [86399, ['mtasts.max-age-too-short']],
    [0, ['mtasts.max-age-too-short']],
  ])('judges max_age %i against one year and one day', (maxAge, ids) => {
    const parsed = parseMtaStsPolicy(`version: STSv1\nmode: enforce\nmx: a.example\nmax_age: ${maxAge}`);
    expect(parsed.ok).toBe(true);
    expect(parsed.problems.map((p) => p.id)).toEqual(ids);
  });

  it('lets mode none have a short max_age (RFC 8461 §8.3 removes a policy that way)', () => {
    expect(parseMtaStsPolicy('version: STSv1\nmode: none\nmax_age: 3600').problems).toEqual([]);
  });
});

describe('matchesMxPattern (RFC 8461 §4.1)', () => {
  it.each([
    ['mail.example.com', 'mail.example.com', true],
    ['Mail.Example.com', 'mail.example.COM.', true],
    ['mail.example.com', 'mail2.example.com', false],
    // The RFC's own examples.
    ['*.example.com', 'mail.example.com', true],
    ['*.example.com', 'example.com', false],
    ['*.example.com', 'foo.bar.example.com', false],
    ['*.example.com', 'mailexample.com', false],
    ['*.example.com', '.example.com', false],
  ])('%s against %s: %s', (pattern, host, expected) => {
    expect(matchesMxPattern(pattern, host)).toBe(expected);
  });
});

describe('parseTlsRptRecord (RFC 8460 §3)', () => {
  it.each([
    // The RFC's examples (§3.1.1, §3.1.2).
    ['v=TLSRPTv1;rua=mailto:reports@example.com', ['mailto:reports@example.com']],
    ['v=TLSRPTv1; rua=https://reporting.example.com/v1/tlsrpt', ['https://reporting.example.com/v1/tlsrpt']],
    ['v=TLSRPTv1; rua=mailto:a@example.com , https://r.example/x;', ['mailto:a@example.com', 'https://r.example/x']],
    ['v=TLSRPTv1; rua=mailto:a@example.com; ext=1', ['mailto:a@example.com']],
  ])('accepts %j', (text, rua) => {
    expect(parseTlsRptRecord(text)).toMatchObject({ ok: true, record: { rua } });
  });

  it.each([
    ['v=TLSRPTv1;', /no rua/],
    ['v=TLSRPTv1; ext=1', /no rua/],
    ['v=TLSRPTv1; rua=mailto:a@example.com,,mailto:b@example.com', /empty URI/],
    ['v=TLSRPTv1 ; rua=mailto:a@example.com', /exactly/],
    ['v=TLSRPTv1; rua', /not a name=value/],
  ])('rejects %j', (text, error) => {
    const parsed = parseTlsRptRecord(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });

  it.each([
    ['mailto:reports@example.com', undefined],
    ['MAILTO:reports@example.com?subject=x', undefined],
    ['https://reporting.example.com/v1/tlsrpt', undefined],
    ['ftp://reports.example/', /scheme ftp:/],
    ['http://reports.example/', /scheme http:/],
    ['mailto:nobody', /no usable email address/],
    ['reports@example.com', /not a URI/],
  ])('judges the report URI %s', (uri, problem) => {
    const found = tlsRptUriProblem(uri);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});

describe('judgeTlsa (RFC 7672 §3.1, RFC 6698 §2.1)', () => {
  const sha256 = 'ab'.repeat(32);
  const sha512 = 'cd'.repeat(64);
  it.each([
    [3, 1, 1, sha256, true, true, []],
    [2, 0, 1, sha256, true, true, []],
    [2, 1, 1, sha256, true, false, ['dane.not-recommended']],
    [3, 0, 2, sha512, true, false, ['dane.not-recommended']],
    [3, 1, 0, '3082', true, false, ['dane.not-recommended']],
    [1, 0, 1, sha256, false, false, ['dane.pkix-usage']],
    [0, 0, 1, sha256, false, false, ['dane.pkix-usage']],
    [4, 1, 1, sha256, false, false, ['dane.unusable-record']],
    [3, 2, 1, sha256, false, false, ['dane.unusable-record']],
    [3, 1, 3, sha256, false, false, ['dane.unusable-record']],
    [3, 1, 1, 'ab'.repeat(20), false, false, ['dane.unusable-record']],
  ])('%i %i %i: usable %s, recommended %s', (usage, selector, matchingType, data, usable, recommended, ids) => {
    const judged = judgeTlsa({ usage, selector, matchingType, data });
    expect(judged.info).toMatchObject({ usable, recommended });
    expect(judged.problems.map((p) => p.id)).toEqual(ids);
  });

  it('wants a SHA2-256 record beside SHA2-512 ones', () => {
    const only512 = judgeTlsaSet([{ usage: 3, selector: 1, matchingType: 2, data: sha512 }]);
    expect(only512.problems.map((p) => p.id)).toEqual(['dane.not-recommended', 'dane.no-sha256']);
    const both = judgeTlsaSet([
      { usage: 3, selector: 1, matchingType: 2, data: sha512 },
      { usage: 3, selector: 1, matchingType: 1, data: sha256 },
    ]);
    expect(both.problems.map((p) => p.id)).toEqual(['dane.not-recommended']);
  });
});
