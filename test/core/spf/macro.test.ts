import { describe, expect, it } from 'vitest';
import {
  expandMacroString,
  type MacroContext,
  parseClientIp,
  parseMacroString,
  truncateDomain,
} from '../../../core/spf/index.js';

/** The context of RFC 7208 §7.4's examples: strong-bad@email.example.com from 192.0.2.3 (or 2001:db8::cb01). */
function context(ip: string): MacroContext {
  const client = parseClientIp(ip)!;
  return {
    sender: 'strong-bad@email.example.com',
    localPart: 'strong-bad',
    senderDomain: 'email.example.com',
    domain: 'email.example.com',
    ipDotted: client.dotted,
    ipReadable: client.readable,
    ipVersion: client.family === 4 ? 'in-addr' : 'ip6',
    helo: 'mx.example.org',
    receiver: 'receiver.example.net',
    timestamp: 1_000_000_000,
    validatedName: async () => 'mx.example.org',
  };
}

const EXAMPLES: Array<[macro: string, expansion: string]> = [
  ['%{s}', 'strong-bad@email.example.com'],
  ['%{o}', 'email.example.com'],
  ['%{d}', 'email.example.com'],
  ['%{d4}', 'email.example.com'],
  ['%{d3}', 'email.example.com'],
  ['%{d2}', 'example.com'],
  ['%{d1}', 'com'],
  ['%{dr}', 'com.example.email'],
  ['%{d2r}', 'example.email'],
  ['%{l}', 'strong-bad'],
  ['%{l-}', 'strong.bad'],
  ['%{lr}', 'strong-bad'],
  ['%{lr-}', 'bad.strong'],
  ['%{l1r-}', 'strong'],
  ['%{ir}.%{v}._spf.%{d2}', '3.2.0.192.in-addr._spf.example.com'],
  ['%{lr-}.lp._spf.%{d2}', 'bad.strong.lp._spf.example.com'],
  ['%{lr-}.lp.%{ir}.%{v}._spf.%{d2}', 'bad.strong.lp.3.2.0.192.in-addr._spf.example.com'],
  ['%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}', '3.2.0.192.in-addr.strong.lp._spf.example.com'],
  ['%{d2}.trusted-domains.example.net', 'example.com.trusted-domains.example.net'],
  ['%{S}', 'strong-bad%40email.example.com'],
  ['%%%_%-', '% %20'],
  ['%{p}.%{h}', 'mx.example.org.mx.example.org'],
];

describe('macro expansion (RFC 7208 §7.4 examples)', () => {
  it.each(EXAMPLES)('%s → %s', async (macro, expansion) => {
    const parsed = parseMacroString(macro);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(await expandMacroString(parsed.value, context('192.0.2.3'))).toBe(expansion);
  });

  it('expands IPv6 as nibbles', async () => {
    const parsed = parseMacroString('%{ir}.%{v}._spf.%{d2}');
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(await expandMacroString(parsed.value, context('2001:db8::cb01'))).toBe(
      '1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com',
    );
  });

  it('allows c, r and t only in explanations', async () => {
    expect(parseMacroString('%{c}').ok).toBe(false);
    const parsed = parseMacroString('%{c} via %{r} at %{t}', { explanation: true });
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(await expandMacroString(parsed.value, context('2001:db8::cb01'))).toBe(
      '2001:db8::cb01 via receiver.example.net at 1000000000',
    );
  });

  it('shortens names over 253 octets from the left, in one pass', () => {
    const label = 'a'.repeat(60);
    const long = Array.from({ length: 10 }, () => label).join('.');
    const short = truncateDomain(`${long}.example.com`);
    expect(new TextEncoder().encode(short).length).toBeLessThanOrEqual(253);
    expect(short.endsWith('.example.com')).toBe(true);
    expect(truncateDomain(`${'x.'.repeat(500_000)}example.com`).length).toBeLessThanOrEqual(253);
  });
});
