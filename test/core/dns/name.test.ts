import { describe, expect, it } from 'vitest';
import { checkQueryName, parseDomain, quoteInput } from '../../../core/dns/index.js';

describe('parseDomain', () => {
  it.each([
    ['example.com', 'example.com'],
    ['Example.COM.', 'example.com'],
    ['  mail.example.org ', 'mail.example.org'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['ÉCOLE.fr', 'xn--cole-9oa.fr'],
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['例え.テスト', 'xn--r8jz45g.xn--zckzah'],
    ['_dmarc.example.com', '_dmarc.example.com'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    [`${'a'.repeat(63)}.example`, `${'a'.repeat(63)}.example`],
  ])('accepts %j as %s', (input, expected) => {
    const result = parseDomain(input);
    expect(result).toMatchObject({ ok: true, name: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['.', 'empty'],
    ['com', 'single-label'],
    ['a..example', 'label-empty'],
    ['.example.com', 'label-empty'],
    [`${'a'.repeat(64)}.example`, 'label-too-long'],
    [`${'abcdefghi.'.repeat(26)}com`, 'too-long'],
    ['192.0.2.1', 'ip-literal'],
    ['2001:db8::1', 'ip-literal'],
    ['[2001:db8::1]', 'ip-literal'],
    ['exa mple.com', 'invalid-character'],
    ['example.com/path', 'url'],
    ['http://example.com', 'url'],
    ['https://example.com/x?y', 'url'],
    ['example.com:25', 'invalid-character'],
    ['user@example.com', 'invalid-character'],
    ['ex\u0000ample.com', 'invalid-character'],
    ['-leading.example', 'invalid-character'],
    ['trailing-.example', 'invalid-character'],
    ['<script>.example', 'invalid-character'],
    ['a"b.example', 'invalid-character'],
    ['x'.repeat(5000), 'too-long'],
  ])('rejects %j with %s', (input, code) => {
    const result = parseDomain(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });
});

describe('parseDomain and hosts a URL parser reads as IPv4 (WHATWG URL §3.5 "ends in a number")', () => {
  it.each([
    '0x7f.0.0.1',
    '0X7F.0.0.1',
    '0177.0.0.1',
    '127.1',
    '127.0.1',
    '2130706433.',
    '0x7f000001',
    'mail.example.0x',
    'mail.example.09',
    'host.0xff',
    'example.123.',
    '0x7f.１',
    '例.１２３',
    'ｍａｉｌ．１２７',
  ])('refuses %j as ip-literal', (input) => {
    const parsed = parseDomain(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe('ip-literal');
    // The platform's URL parser agrees that the host is no domain name: an IPv4 address or a failure.
    let host: string | undefined;
    try {
      host = new URL(`http://${input}/`).hostname;
    } catch {
      host = undefined;
    }
    if (host !== undefined) expect(host).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it.each([
    ['0x7f.example', '0x7f.example'],
    ['1.2.3.example', '1.2.3.example'],
    ['127.0.0.1.nip.example', '127.0.0.1.nip.example'],
    ['x0x7f.example', 'x0x7f.example'],
    ['mail.0xg', 'mail.0xg'],
    ['mail.123a', 'mail.123a'],
  ])('accepts %j, whose last label is not a number', (input, name) => {
    expect(parseDomain(input)).toMatchObject({ ok: true, name });
  });
});

describe('parseDomain: what the messages say', () => {
  it.each([
    ['http://example.com', 'Give the domain, not a URL: example.com.'],
    ['HTTPS://Bücher.Example/page', 'Give the domain, not a URL: xn--bcher-kva.example.'],
    ['example.com/dmarc', 'Give the domain, not a URL: example.com.'],
    ['http://', 'Give the domain, not a URL.'],
    ['user@example.com', 'This is an email address; give its domain: example.com.'],
    ['192.0.2.1', '"192.0.2.1" is an IP address; give a domain name.'],
    ['2001:db8::1', '"2001:db8::1" is an IP address; give a domain name.'],
    ['example.com:25', 'A domain name has no ":"; give the name alone, without a port.'],
    ['<b>.example', 'A label may hold only letters, digits and inner hyphens.'],
    ['a_b-.example', 'The label "a_b-" may hold only letters, digits and inner hyphens.'],
  ])('%j: %s', (input, message) => {
    const result = parseDomain(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe(message);
  });

  it('never repeats markup it was given', () => {
    for (const input of ['<b>.example', '<script>alert(1)</script>', 'a"b.example', "x'.example", '<b>:1', 'a..<i>']) {
      const result = parseDomain(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).not.toMatch(/[<>]|a"b|x'/);
    }
  });
});

describe('quoteInput', () => {
  it('quotes plain text and refuses markup, spaces, control characters and long text', () => {
    expect(quoteInput('example.com')).toBe('"example.com"');
    for (const text of ['<b>', 'a b', 'a"b', "a'b", 'a`b', 'a\\b', 'a&b', 'é', '\u0000', 'x'.repeat(81), '']) {
      expect(quoteInput(text), text).toBeUndefined();
    }
  });
});

describe('checkQueryName', () => {
  it('accepts names up to the limits and refuses longer ones', () => {
    expect(checkQueryName(`${'a'.repeat(63)}.example`)).toBeUndefined();
    expect(checkQueryName(`${'a'.repeat(64)}.example`)).toMatch(/63/);
    expect(checkQueryName(`${'a.'.repeat(125)}abc`)).toBeUndefined();
    expect(checkQueryName(`${'a.'.repeat(126)}ab`)).toMatch(/253/);
    expect(checkQueryName('a..b')).toMatch(/empty label/);
    expect(checkQueryName('')).toMatch(/empty/);
  });
});
