import { describe, expect, it } from 'vitest';
import { parseHelo, parseSender } from '../../../core/dns/index.js';
import { parseIp } from '../../../core/dns/reverse-name.js';

// RFC 5321 §4.1.2 (Mailbox, Local-part, Dot-string, Quoted-string), §4.1.3 (address literals), §4.5.3.1 (sizes).
describe('parseSender', () => {
  it.each([
    ['bounce@example.com', 'bounce@example.com', 'bounce', 'example.com'],
    ['  Bounce+tag@Example.COM ', 'Bounce+tag@example.com', 'Bounce+tag', 'example.com'],
    ['<bounce@example.com>', 'bounce@example.com', 'bounce', 'example.com'],
    ['first.last@bücher.example', 'first.last@xn--bcher-kva.example', 'first.last', 'xn--bcher-kva.example'],
    [
      "o'brien!#$%&*/=?^_`{|}~-@example.com",
      "o'brien!#$%&*/=?^_`{|}~-@example.com",
      "o'brien!#$%&*/=?^_`{|}~-",
      'example.com',
    ],
    ['"john doe"@example.com', '"john doe"@example.com', '"john doe"', 'example.com'],
    ['"a@b"@example.com', '"a@b"@example.com', '"a@b"', 'example.com'],
    ['"quote\\"d"@example.com', '"quote\\"d"@example.com', '"quote\\"d"', 'example.com'],
    ['postmaster@[192.0.2.1]', 'postmaster@[192.0.2.1]', 'postmaster', '[192.0.2.1]'],
    ['x@[IPv6:2001:DB8::1]', 'x@[IPv6:2001:db8::1]', 'x', '[IPv6:2001:db8::1]'],
    // RFC 7208 §4.3: a sender with no local-part is the domain alone; check_host() puts "postmaster" before it.
    ['example.com', 'example.com', undefined, 'example.com'],
    [`${'a'.repeat(64)}@example.com`, `${'a'.repeat(64)}@example.com`, 'a'.repeat(64), 'example.com'],
  ])('accepts %j', (input, sender, localPart, domain) => {
    expect(parseSender(input)).toEqual({ ok: true, sender, localPart, domain });
  });

  it.each([
    ['', 'is empty'],
    ['<>', 'is empty'],
    ['@example.com', 'has nothing before the "@"'],
    ['a..b@example.com', 'has a local-part with characters'],
    ['.a@example.com', 'has a local-part with characters'],
    ['a b@example.com', 'has a local-part with characters'],
    ['<b>@example.com', 'has a local-part with characters'],
    ['"unterminated@example.com', 'has a local-part with characters'],
    ['"bad\\"@example.com', 'has a local-part with characters'],
    ['jöhn@example.com', 'has a local-part with characters'],
    [`${'a'.repeat(65)}@example.com`, 'longer than 64 octets'],
    [`a@${`${'b'.repeat(60)}.`.repeat(5)}example`, 'longer than a path may be'],
    ['a@<b>.example', 'has an invalid domain after the "@"'],
    ['a@example', 'has an invalid domain after the "@"'],
    ['a@[999.1.1.1]', 'IPv4 literal whose numbers are not 0–255'],
    ['a@[IPv6:nope]', 'IPv6 literal that is no IPv6 address'],
    ['a@[x400:c=us]', 'other than IPv4 or IPv6'],
    ['<script>', 'is neither a mailbox nor a domain'],
  ])('refuses %j (%s), without repeating it', (input, reason) => {
    const result = parseSender(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-sender');
    expect(result.error.message).toContain(reason);
    expect(result.error.message).toContain(
      'give a mailbox such as bounce@example.com, or a domain such as example.com',
    );
    expect(result.error.message).not.toContain('<b>');
    expect(result.error.message).not.toContain('<script>');
  });
});

describe('parseHelo', () => {
  it.each([
    ['mail.example.com', 'mail.example.com', 'domain'],
    ['MAIL.Example.com.', 'mail.example.com', 'domain'],
    ['mx.bücher.example', 'mx.xn--bcher-kva.example', 'domain'],
    ['[192.0.2.1]', '[192.0.2.1]', 'address-literal'],
    ['[IPv6:2001:0db8:0:0::25]', '[IPv6:2001:db8::25]', 'address-literal'],
  ])('accepts %j', (input, helo, kind) => {
    expect(parseHelo(input)).toEqual({ ok: true, helo, kind });
  });

  it.each([
    ['', 'is empty'],
    ['<b>', 'is not a domain'],
    ['<b>.example', 'is not a domain'],
    ['localhost', 'is not a domain'],
    ['192.0.2.1', 'is a bare IP address; write it as the address literal [192.0.2.1]'],
    ['2001:db8::1', 'write it as the address literal [IPv6:2001:db8::1]'],
    ['[2001:db8::1]', 'an IPv6 literal needs its tag: [IPv6:2001:db8::1]'],
    ['[mail.example.com]', 'neither [IPv4] nor [IPv6:…]'],
    ['[256.1.1.1]', 'not 0–255'],
    ['mail.example.com/x', 'is not a domain (Give the domain, not a URL: mail.example.com)'],
  ])('refuses %j (%s)', (input, reason) => {
    const result = parseHelo(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-helo');
    expect(result.error.message).toContain(reason);
    expect(result.error.message).toContain('[IPv6:2001:db8::1]');
    expect(result.error.message).not.toContain('<b>');
  });
});

describe('parseIp: what the message says', () => {
  it.each([
    ['999.1.1.1', '"999.1.1.1" is not an IP address: 999 is above 255; an IPv4 address is four numbers from 0 to 255'],
    ['01.2.3.4', 'a part has a leading zero'],
    ['fe80::1%eth0', 'a zone index (%…) has no place here'],
    ['nope', '"nope" is not an IP address: an IPv4 address is four numbers'],
    ['<b>', 'This is not an IP address: an IPv4 address is four numbers'],
  ])('%j', (input, message) => {
    const result = parseIp(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain(message);
      expect(result.error.message).toContain('(2001:db8::1)');
    }
  });
});
