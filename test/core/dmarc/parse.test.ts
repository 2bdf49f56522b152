import { describe, expect, it } from 'vitest';
import {
  type DmarcRecord,
  effectivePolicies,
  organizationalDomainOf,
  parseDmarc,
  parseReportUri,
  type TreeWalkStep,
  treeWalkTargets,
} from '../../../core/dmarc/index.js';

const record = (text: string): DmarcRecord => {
  const parsed = parseDmarc(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.record;
};

describe('parseDmarc: RFC 9989 examples and tags', () => {
  // Records in the style of RFC 9989 Appendix B and RFC 7489 Appendix B.
  it.each([
    [
      'v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com',
      { policy: 'none', rua: ['dmarc-feedback@example.com'] },
    ],
    [
      'v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com; ruf=mailto:auth-reports@thirdparty.example.net',
      { policy: 'none', ruf: ['auth-reports@thirdparty.example.net'] },
    ],
    [
      'v=DMARC1; p=quarantine; rua=mailto:dmarc-feedback@example.com,mailto:tld-test@thirdparty.example.net',
      { policy: 'quarantine', rua: ['dmarc-feedback@example.com', 'tld-test@thirdparty.example.net'] },
    ],
    ['v=DMARC1; p=reject; sp=quarantine; np=none', { policy: 'reject', sp: 'quarantine', np: 'none' }],
    ['v=DMARC1; p=reject; psd=y', { psd: 'y' }],
    ['v=DMARC1; p=reject; t=y', { testing: true }],
    ['v=DMARC1; p=Reject; adkim=S; aspf=s', { policy: 'reject', adkim: 's', aspf: 's' }],
    ['V = DMARC1 ; P = reject ;', { policy: 'reject' }],
    ['v=DMARC1; p=none; fo=1:d', { fo: ['1', 'd'] }],
  ])('%s', (text, want) => {
    const parsed = record(text);
    const { rua, ruf, ...rest } = want as Record<string, unknown>;
    expect(parsed).toMatchObject(rest);
    if (rua) expect(parsed.rua.map((uri) => uri.address)).toEqual(rua);
    if (ruf) expect(parsed.ruf.map((uri) => uri.address)).toEqual(ruf);
  });

  it('applies the defaults of RFC 9989 §4.7', () => {
    expect(record('v=DMARC1; p=reject')).toMatchObject({
      adkim: 'r',
      aspf: 'r',
      fo: ['0'],
      psd: 'u',
      testing: false,
      rua: [],
      ruf: [],
    });
  });

  it.each([
    ['', 'not-dmarc'],
    ['v=dmarc1; p=none', 'not-dmarc'],
    ['v=DMARC1x; p=reject', 'not-dmarc'],
    ['v=DMARC1 p=none', 'not-dmarc'],
    ['v=spf1 -all', 'not-dmarc'],
    ['p=reject; v=DMARC1', 'not-dmarc'],
    ['v=DMARC1; p=none; p=reject', 'duplicate-tag'],
    ['v=DMARC1; p=reject; rua=mailto:d@example.com; P=reject', 'duplicate-tag'],
  ])('rejects %j (%s)', (text, code) => {
    const parsed = parseDmarc(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe(code);
  });

  it('treats a record without p but with a valid rua as p=none (RFC 9989 §4.10.1)', () => {
    const parsed = parseDmarc('v=DMARC1; rua=mailto:d@example.com');
    expect(parsed.ok && parsed.record.policy).toBe('none');
    expect(parsed.ok && parsed.record.policyMode).toBe('as-none');
    expect(parsed.issues.map((issue) => issue.code)).toEqual(['missing-policy']);
  });

  // RFC 9989 §4.8: "Syntax errors in the remainder of the record MUST be discarded in favor of default values (if
  // any) or ignored outright."
  it.each([
    ['v=DMARC1; p', ['malformed', 'no-policy'], 'no-dmarc'],
    ['v=DMARC1; p=none; bogus;', ['malformed'], 'published'],
    ['v=DMARC1; p=reject; this is not a tag; rua=mailto:d@example.com', ['malformed'], 'published'],
  ])('discards a part that is not tag=value: %j', (text, codes, mode) => {
    const parsed = parseDmarc(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.issues.map((issue) => issue.code)).toEqual(codes);
    expect(parsed.record.policyMode).toBe(mode);
  });

  // RFC 9989 §4.10.1: "If a retrieved DMARC Policy Record does not contain a valid "p" tag, or contains an "sp" or
  // "np" tag that is not valid, then: If a "rua" tag is present and contains at least one syntactically valid
  // reporting URI, the Mail Receiver MUST act as if a record containing "p=none" was retrieved [...]; Otherwise, the
  // Mail Receiver applies no DMARC processing to this message."
  it.each([
    ['v=DMARC1; p=reject; sp=rejected; rua=mailto:d@example.com', 'as-none', 'invalid-policy', 'sp'],
    ['v=DMARC1; p=reject; np=rejct; rua=mailto:d@example.com', 'as-none', 'invalid-policy', 'np'],
    ['v=DMARC1; p=bob; sp=reject; rua=mailto:d@example.com', 'as-none', 'invalid-policy', 'p'],
    ['v=DMARC1; p=reject; sp=; rua=mailto:d@example.com', 'as-none', 'invalid-policy', 'sp'],
    ['v=DMARC1; p=reject; sp=rejected', 'no-dmarc', 'no-policy', 'sp'],
    ['v=DMARC1; p=bob', 'no-dmarc', 'no-policy', 'p'],
    ['v=DMARC1; adkim=s', 'no-dmarc', 'no-policy', 'p'],
  ])('an invalid or missing policy tag: %j → %s', (text, mode, code, tag) => {
    const parsed = parseDmarc(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.record.policyMode).toBe(mode);
    expect(parsed.record.policy).toBe('none');
    const issue = parsed.issues.find((found) => found.code === code)!;
    expect(issue.tag).toBe(tag);
    expect(issue.message).toMatch(mode === 'as-none' ? /only p=none/ : /no DMARC processing/);
    // The published policy is not silently replaced by another one: nothing applies sp or np from such a record.
    expect(effectivePolicies(parsed.record, { inherited: true }).subdomains.published).toBe('none');
  });

  it('keeps unknown tags aside and notes historic ones without validating them', () => {
    const parsed = parseDmarc('v=DMARC1; p=reject; pct=500; rf=bob; ri=abc; future=1');
    if (!parsed.ok) throw new Error('expected a record');
    expect(parsed.record.unknown).toEqual({ future: '1' });
    expect(parsed.record.historic).toEqual({ pct: '500', rf: 'bob', ri: 'abc' });
    expect(parsed.issues.map((issue) => `${issue.code}:${issue.tag}`)).toEqual([
      'historic-tag:pct',
      'historic-tag:rf',
      'historic-tag:ri',
      'unknown-tag:future',
    ]);
  });

  it('reports a bad tag value and falls back to the default (p, sp and np excepted)', () => {
    const parsed = parseDmarc('v=DMARC1; p=reject; sp=never; adkim=x; fo=2; t=maybe; psd=q');
    if (!parsed.ok) throw new Error('expected a record');
    expect(parsed.record.sp).toBeUndefined();
    expect(parsed.record).toMatchObject({ adkim: 'r', fo: ['0'], testing: false, psd: 'u' });
    expect(parsed.issues.map((issue) => `${issue.code}:${issue.tag}`)).toEqual([
      'invalid-value:adkim',
      'invalid-value:fo',
      'invalid-value:t',
      'invalid-value:psd',
      'no-policy:sp',
    ]);
  });

  it('notes an empty tag between separators but allows one trailing separator', () => {
    expect(parseDmarc('v=DMARC1; p=none;').issues).toEqual([]);
    expect(parseDmarc('v=DMARC1;; p=none').issues.map((issue) => issue.code)).toEqual(['empty-tag']);
  });
});

describe('parseReportUri (RFC 9989 §4.7, RFC 6068)', () => {
  it.each([
    ['mailto:dmarc@example.com', { scheme: 'mailto', address: 'dmarc@example.com', host: 'example.com' }],
    ['mailto:d@Example.COM!10m', { host: 'example.com', sizeLimit: '10m', uri: 'mailto:d@Example.COM' }],
    ['mailto:d%2Bx@example.com', { address: 'd+x@example.com' }],
    ['https://reports.example.net/dmarc', { scheme: 'https', host: 'reports.example.net' }],
    ['ftp://abuse.com', { scheme: 'ftp', host: 'abuse.com' }],
  ])('accepts %s', (text, want) => {
    const parsed = parseReportUri(text);
    expect(parsed.ok && parsed.uri).toMatchObject(want);
  });

  it.each([
    '',
    'bogus',
    'reports@example.com',
    '__mailto:d@example.com',
    'mailto:',
    'mailto://abuse.com',
    'mailto:d@example.com!',
    'mailto:d@example.com!10p',
  ])('rejects %j', (text) => {
    expect(parseReportUri(text).ok).toBe(false);
  });
});

describe('treeWalkTargets (RFC 9989 §4.10)', () => {
  it.each([
    ['example.com', ['example.com', 'com']],
    ['a.mail.example.com', ['a.mail.example.com', 'mail.example.com', 'example.com', 'com']],
    [
      'a.b.c.d.e.f.g.h.i.j.k.example.com',
      [
        'a.b.c.d.e.f.g.h.i.j.k.example.com',
        'g.h.i.j.k.example.com',
        'h.i.j.k.example.com',
        'i.j.k.example.com',
        'j.k.example.com',
        'k.example.com',
        'example.com',
        'com',
      ],
    ],
    [
      'a.b.c.d.e.f.g.h',
      ['a.b.c.d.e.f.g.h', 'b.c.d.e.f.g.h', 'c.d.e.f.g.h', 'd.e.f.g.h', 'e.f.g.h', 'f.g.h', 'g.h', 'h'],
    ],
  ])('%s', (domain, targets) => {
    expect(treeWalkTargets(domain)).toEqual(targets);
    expect(treeWalkTargets(domain).length).toBeLessThanOrEqual(8);
  });
});

describe('organizationalDomainOf (RFC 9989 §4.10.2)', () => {
  const step = (domain: string, text?: string): TreeWalkStep =>
    text
      ? { domain, name: `_dmarc.${domain}`, outcome: 'record', records: [text], lookalikes: [], record: record(text) }
      : { domain, name: `_dmarc.${domain}`, outcome: 'none', records: [], lookalikes: [] };

  it('takes the record with the fewest labels', () => {
    const walk = [
      step('a.b.example.com'),
      step('b.example.com', 'v=DMARC1; p=none'),
      step('example.com', 'v=DMARC1; p=reject'),
      step('com'),
    ];
    expect(organizationalDomainOf('a.b.example.com', walk)).toBe('example.com');
  });
  it('stops at psd=n', () => {
    const walk = [step('a.b.example.com'), step('b.example.com', 'v=DMARC1; p=reject; psd=n')];
    expect(organizationalDomainOf('a.b.example.com', walk)).toBe('b.example.com');
  });
  it('puts it one label below a psd=y record', () => {
    const walk = [
      step('x.y.shop.bank.example'),
      step('y.shop.bank.example'),
      step('shop.bank.example'),
      step('bank.example', 'v=DMARC1; p=reject; psd=y'),
    ];
    expect(organizationalDomainOf('x.y.shop.bank.example', walk)).toBe('shop.bank.example');
  });
  it('ignores psd=y at the starting domain', () => {
    expect(organizationalDomainOf('bank.example', [step('bank.example', 'v=DMARC1; p=reject; psd=y')])).toBe(
      'bank.example',
    );
  });
  it('is the domain itself with no record', () => {
    expect(organizationalDomainOf('x.example', [step('x.example'), step('example')])).toBe('x.example');
  });
});

describe('effectivePolicies (RFC 9989 §4.7, t=y)', () => {
  it('defaults np to sp and sp to p', () => {
    const policies = effectivePolicies(record('v=DMARC1; p=reject; sp=quarantine'), { inherited: false });
    expect(policies.domain).toMatchObject({ published: 'reject', source: 'p' });
    expect(policies.subdomains).toMatchObject({ published: 'quarantine', source: 'sp' });
    expect(policies.nonExistentSubdomains).toMatchObject({ published: 'quarantine', source: 'sp' });
  });
  it('applies sp or np to a domain that inherits the record, by whether it exists', () => {
    const parsed = record('v=DMARC1; p=reject; sp=none; np=quarantine');
    expect(effectivePolicies(parsed, { inherited: true, domainExists: true }).domain.published).toBe('none');
    expect(effectivePolicies(parsed, { inherited: true, domainExists: false }).domain.published).toBe('quarantine');
  });
  it('makes every policy one step milder under t=y', () => {
    const policies = effectivePolicies(record('v=DMARC1; p=reject; sp=quarantine; np=none; t=y'), { inherited: false });
    expect([policies.domain.applied, policies.subdomains.applied, policies.nonExistentSubdomains.applied]).toEqual([
      'quarantine',
      'none',
      'none',
    ]);
    expect(policies.domain.testing).toBe(true);
  });
});
