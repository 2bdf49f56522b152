import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDkimKey } from '../../core/dkim/index.js';
import { parseDmarc } from '../../core/dmarc/index.js';
import { checkQueryName, parseDomain, utf8Length } from '../../core/dns/index.js';
import { parseIp } from '../../core/ptr/index.js';
import {
  expandMacroString,
  type MacroContext,
  type MacroToken,
  parseMacroString,
  parseSpf,
  truncateDomain,
} from '../../core/spf/index.js';
import { type PropertyTally, runProperty } from './run-property.js';

// Every parser and input validator of core/, fed generated input: it never throws, never hangs (inputs are bounded by
// the generators and a hang fails the property), and what can be printed back parses to the same terms.
const tally: PropertyTally = { properties: 0, cases: 0 };
afterAll(() => {
  process.stdout.write(`[hardening] properties: ${tally.properties}, cases run: ${tally.cases}\n`);
});

/** Printable ASCII with the characters that matter to these grammars over-represented. */
const grammarChar = fc.oneof(
  fc.constantFrom(' ', '\t', ';', '=', ':', '/', '.', '-', '%', '{', '}', '!', ',', '@', '_', '+', '~', '?'),
  fc.constantFrom('v', 'p', 'a', 'k', 'x', 'D', 'M', 'A', 'R', 'C', '1', '0', '9'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const grammarText = fc.string({ unit: grammarChar, maxLength: 400 });
/** Long runs of one piece: the shapes that make backtracking patterns quadratic. */
const runs = fc
  .array(
    fc.tuple(fc.constantFrom(' ', '\t', 'a', '1', '.', '-', '/', '!', ';', 'a-', '.a', ' \t', '%{'), fc.nat(3000)),
    {
      maxLength: 4,
    },
  )
  .map((parts) => parts.map(([piece, count]) => piece.repeat(count)).join(''));
const prefixes = [
  '',
  'v=spf1 ',
  'v=spf1 include:',
  'v=spf1 a:',
  'v=DMARC1; ',
  'v=DMARC1; rua=',
  'v',
  'p=',
  'k=rsa; p=',
];
const hostile = fc.oneof(
  grammarText,
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.tuple(fc.constantFrom(...prefixes), runs, grammarText).map((parts) => parts.join('')),
);

const letters = 'abcdefghijklmnopqrstuvwxyz';
const label = fc
  .string({ unit: fc.constantFrom(...`${letters}0123456789-`), minLength: 1, maxLength: 20 })
  .filter((text) => !text.startsWith('-') && !text.endsWith('-'));
const topLabel = fc.string({ unit: fc.constantFrom(...letters), minLength: 2, maxLength: 8 });
const hostName = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 4 }), topLabel)
  .map(([labels, top]) => [...labels, top].join('.'));

describe('parsers never throw and never hang on hostile text', () => {
  it('parseSpf, parseDmarc, parseDkimKey, parseDomain, parseIp and parseMacroString return values', async () => {
    await runProperty(
      tally,
      fc.property(hostile, (text) => {
        const spf = parseSpf(text);
        expect(typeof spf.ok).toBe('boolean');
        if (!spf.ok) expect(spf.error.position).toBeLessThanOrEqual(text.length);
        expect(typeof parseDmarc(text).ok).toBe('boolean');
        expect(typeof parseDkimKey(text).ok).toBe('boolean');
        expect(typeof parseDomain(text).ok).toBe('boolean');
        expect(typeof parseIp(text).ok).toBe('boolean');
        expect(typeof parseMacroString(text).ok).toBe('boolean');
        expect(typeof parseMacroString(text, { explanation: true }).ok).toBe('boolean');
      }),
      3000,
    );
  });

  it('answers a 64 KB pathological record (the largest a DNS message holds) at once, for every parser', () => {
    // Each of these shapes took 13–17 s before the fixes in core (quadratic backtracking); a hang bound, not a timing.
    const size = 65_000;
    const shapes: Array<[string, () => unknown]> = [
      ['spf domain-end', () => parseSpf(`v=spf1 include:.${'a'.repeat(size)}!`)],
      ['spf hyphen label', () => parseSpf(`v=spf1 include:x.${'a-'.repeat(size / 2)}!`)],
      ['dmarc trailing WSP', () => parseDmarc(`v ${' '.repeat(size)}x`)],
      ['dkim trailing FWS', () => parseDkimKey(`p=a${' \t'.repeat(size / 2)}!;`)],
      ['dkim FWS run', () => parseDkimKey(`p=${'a '.repeat(size / 2)};`)],
      ['macro run', () => parseMacroString('%{d'.repeat(size / 3))],
      ['domain', () => parseDomain(`${'a.'.repeat(size / 2)}b`)],
      ['ip', () => parseIp(':'.repeat(size))],
    ];
    for (const [name, parse] of shapes) {
      const started = performance.now();
      parse();
      expect(performance.now() - started, name).toBeLessThan(2000);
    }
  });
});

/** RFC 7208 §7.1 domain-end as one regular expression: the reference the unambiguous check must agree with. */
const DOMAIN_END_REFERENCE = /\.(?:[a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9])\.?$/i;

describe('SPF (RFC 7208)', () => {
  const qualifier = fc.constantFrom('', '+', '-', '~', '?');
  const cidr4 = fc.option(fc.integer({ min: 0, max: 32 }), { nil: undefined });
  const cidr6 = fc.option(fc.integer({ min: 0, max: 128 }), { nil: undefined });
  const domainArg = fc.oneof(
    hostName,
    hostName.map((name) => `%{d}.${name}`),
    fc.constant('%{ir}.%{v}._spf.%{d2}'),
  );
  const dual = (c4: number | undefined, c6: number | undefined) =>
    `${c4 === undefined ? '' : `/${c4}`}${c6 === undefined ? '' : `//${c6}`}`;
  const mechanism = fc.oneof(
    qualifier.map((q) => ({ text: `${q}all`, name: 'all' })),
    fc.tuple(qualifier, domainArg).map(([q, d]) => ({ text: `${q}include:${d}`, name: 'include', domain: d })),
    fc.tuple(qualifier, domainArg).map(([q, d]) => ({ text: `${q}exists:${d}`, name: 'exists', domain: d })),
    fc
      .tuple(qualifier, fc.constantFrom('a', 'mx'), fc.option(domainArg, { nil: undefined }), cidr4, cidr6)
      .map(([q, name, d, c4, c6]) => ({
        text: `${q}${name}${d === undefined ? '' : `:${d}`}${dual(c4, c6)}`,
        name,
        domain: d,
        cidr4: c4,
        cidr6: c6,
      })),
    fc.tuple(qualifier, fc.option(domainArg, { nil: undefined })).map(([q, d]) => ({
      text: `${q}ptr${d === undefined ? '' : `:${d}`}`,
      name: 'ptr',
      domain: d,
    })),
    fc
      .tuple(qualifier, fc.ipV4(), cidr4)
      .map(([q, ip, c]) => ({ text: `${q}ip4:${ip}${c === undefined ? '' : `/${c}`}`, name: 'ip4', prefix: c ?? 32 })),
    fc
      .tuple(qualifier, fc.ipV6(), cidr6)
      .map(([q, ip, c]) => ({ text: `${q}ip6:${ip}${c === undefined ? '' : `/${c}`}`, name: 'ip6', prefix: c ?? 128 })),
  );
  const unknownModifier = fc
    .tuple(fc.constantFrom('foo', 'x-tag', 'v2.x'), fc.constantFrom('bar', '%{d}', 'a%_b', ''))
    .map(([name, value]) => `${name}=${value}`);
  const record = fc.record({
    mechanisms: fc.array(mechanism, { maxLength: 12 }),
    redirect: fc.option(domainArg, { nil: undefined }),
    exp: fc.option(domainArg, { nil: undefined }),
    unknown: fc.array(unknownModifier, { maxLength: 2 }),
    upper: fc.boolean(),
    spaces: fc.integer({ min: 1, max: 3 }),
  });

  it('a printed record parses to the terms it was printed from, and reprinting is a fixed point', async () => {
    await runProperty(
      tally,
      fc.property(record, (shape) => {
        const terms = [
          ...shape.mechanisms.map((m) => m.text),
          ...(shape.redirect === undefined ? [] : [`redirect=${shape.redirect}`]),
          ...(shape.exp === undefined ? [] : [`exp=${shape.exp}`]),
          ...shape.unknown,
        ];
        const version = shape.upper ? 'V=SPF1' : 'v=spf1';
        const text = [version, ...terms].join(' '.repeat(shape.spaces));
        const parsed = parseSpf(text);
        if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
        expect(parsed.record.terms.map((term) => term.text)).toEqual(terms);
        parsed.record.mechanisms.forEach((parsedMechanism, index) => {
          const expected = shape.mechanisms[index]!;
          expect(parsedMechanism.name).toBe(expected.name);
          const q = expected.text[0]!;
          expect(parsedMechanism.qualifier).toBe('+-~?'.includes(q) ? q : '+');
          if ('domain' in expected) expect(parsedMechanism.domainSpec?.text).toBe(expected.domain);
          if ('prefix' in expected) expect(parsedMechanism.network?.prefix).toBe(expected.prefix);
          if ('cidr4' in expected) expect(parsedMechanism.cidr4).toBe(expected.cidr4);
          if ('cidr6' in expected) expect(parsedMechanism.cidr6).toBe(expected.cidr6);
        });
        expect(parsed.record.redirect?.value.text).toBe(shape.redirect);
        expect(parsed.record.exp?.value.text).toBe(shape.exp);
        const reprinted = parseSpf(['v=spf1', ...parsed.record.terms.map((term) => term.text)].join(' '));
        expect(reprinted.ok && reprinted.record.terms).toEqual(
          parsed.record.terms.map((term) => ({
            ...term,
            position: expect.any(Number),
          })),
        );
      }),
      1500,
    );
  });

  it('the unambiguous domain-end check agrees with the RFC 7208 §7.1 pattern on short names', async () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'Z', '1', '-', '.', '!', '_'), maxLength: 24 });
    await runProperty(
      tally,
      fc.property(name, (spec) => {
        const parsed = parseSpf(`v=spf1 include:${spec}`);
        const syntacticallyValid = parseMacroString(spec).ok && spec !== '';
        if (!syntacticallyValid) return;
        expect(parsed.ok).toBe(DOMAIN_END_REFERENCE.test(spec));
      }),
      3000,
    );
  });
});

describe('SPF macro-strings (RFC 7208 §7)', () => {
  const literalChar = fc.constantFrom(...'abcXYZ019.-_+=/!#$&*~'.split(''));
  const token = fc.oneof(
    fc.string({ unit: literalChar, minLength: 1, maxLength: 8 }).map((text) => ({ kind: 'literal' as const, text })),
    fc.constantFrom(
      { kind: 'literal' as const, text: '%', printed: '%%' },
      { kind: 'literal' as const, text: ' ', printed: '%_' },
      { kind: 'literal' as const, text: '%20', printed: '%-' },
    ),
    fc
      .record({
        letter: fc.constantFrom(...'slodiphv'.split('')),
        escape: fc.boolean(),
        keep: fc.option(fc.integer({ min: 1, max: 128 }), { nil: undefined }),
        reverse: fc.boolean(),
        delimiters: fc.string({ unit: fc.constantFrom(...'.-+,/_='.split('')), maxLength: 3 }),
      })
      .map((macro) => ({ kind: 'macro' as const, ...macro })),
  );

  it('a printed macro-string parses to its tokens (literals merged, escapes decoded)', async () => {
    await runProperty(
      tally,
      fc.property(fc.array(token, { maxLength: 10 }), (tokens) => {
        let printed = '';
        const expected: MacroToken[] = [];
        for (const piece of tokens) {
          if (piece.kind === 'literal') {
            printed += 'printed' in piece ? piece.printed : piece.text;
            const last = expected[expected.length - 1];
            if (last?.kind === 'literal') last.text += piece.text;
            else expected.push({ kind: 'literal', text: piece.text });
            continue;
          }
          const letter = piece.escape ? piece.letter.toUpperCase() : piece.letter;
          printed += `%{${letter}${piece.keep ?? ''}${piece.reverse ? 'r' : ''}${piece.delimiters}}`;
          const macro: MacroToken = {
            kind: 'macro',
            letter: piece.letter,
            escape: piece.escape,
            reverse: piece.reverse,
            delimiters: piece.delimiters === '' ? '.' : piece.delimiters,
          };
          if (piece.keep !== undefined) macro.keep = piece.keep;
          expected.push(macro);
        }
        const parsed = parseMacroString(printed);
        if (!parsed.ok) throw new Error(`${printed}: ${parsed.error.message}`);
        expect(parsed.value.tokens).toEqual(expected);
        expect(parsed.value.hasMacros).toBe(tokens.some((piece) => piece.kind === 'macro'));
      }),
      2000,
    );
  });

  it('expansion of any macro-string over hostile values never throws, and truncation keeps a sendable name', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.nat(2000).map((count) => 'a.'.repeat(count)),
      fc.nat(400).map((count) => 'x'.repeat(count)),
    );
    await runProperty(
      tally,
      fc.asyncProperty(fc.array(token, { maxLength: 8 }), value, value, async (tokens, sender, helo) => {
        const printed = tokens
          .map((piece) =>
            piece.kind === 'literal'
              ? 'printed' in piece
                ? piece.printed
                : piece.text
              : `%{${piece.escape ? piece.letter.toUpperCase() : piece.letter}${piece.keep ?? ''}${piece.reverse ? 'r' : ''}${piece.delimiters}}`,
          )
          .join('');
        const parsed = parseMacroString(printed);
        if (!parsed.ok) throw new Error(parsed.error.message);
        const context: MacroContext = {
          sender,
          localPart: sender,
          senderDomain: helo,
          domain: helo,
          ipDotted: '192.0.2.1',
          ipReadable: '192.0.2.1',
          ipVersion: 'in-addr',
          helo,
          receiver: 'mx.example',
          timestamp: 0,
          validatedName: async () => 'unknown',
        };
        const expanded = await expandMacroString(parsed.value, context);
        expect(typeof expanded).toBe('string');
        const truncated = truncateDomain(`${expanded}.example.com`);
        expect(new TextEncoder().encode(truncated).length).toBeLessThanOrEqual(253);
        // A name that still cannot be sent (an over-long label) is refused by checkQueryName, never sent.
        expect(['string', 'undefined']).toContain(typeof checkQueryName(truncated));
      }),
      800,
    );
  });
});

describe('DMARC (RFC 9989 §4.7–4.8)', () => {
  const policy = fc.constantFrom('none', 'quarantine', 'reject');
  const cased = (value: string) => fc.boolean().map((upper) => (upper ? value.toUpperCase() : value));
  const mailto = fc
    .tuple(fc.string({ unit: fc.constantFrom(...`${letters}0123456789.+`), minLength: 1, maxLength: 10 }), hostName)
    .filter(([local]) => !local.startsWith('.'))
    .map(([local, host]) => `mailto:${local}@${host}`);
  const tags = fc.record(
    {
      p: policy.chain(cased),
      sp: policy,
      np: policy,
      adkim: fc.constantFrom('r', 's').chain(cased),
      aspf: fc.constantFrom('r', 's'),
      fo: fc.array(fc.constantFrom('0', '1', 'd', 's'), { minLength: 1, maxLength: 4 }).map((o) => o.join(':')),
      psd: fc.constantFrom('y', 'n', 'u'),
      t: fc.constantFrom('y', 'n'),
      rua: fc.array(mailto, { minLength: 1, maxLength: 3 }).map((uris) => uris.join(',')),
      ruf: fc.array(mailto, { minLength: 1, maxLength: 2 }).map((uris) => uris.join(',')),
    },
    { requiredKeys: ['p'] },
  );
  const record = fc.record({
    tags,
    order: fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
    space: fc.constantFrom('', ' ', '  ', '\t'),
    trailing: fc.boolean(),
  });

  it('a printed record parses to the tags it was printed from, with their meaning', async () => {
    await runProperty(
      tally,
      fc.property(record, ({ tags: values, order, space, trailing }) => {
        const entries = Object.entries(values).filter(([, value]) => value !== undefined) as Array<[string, string]>;
        const shuffled = entries
          .map((entry, index) => ({ entry, key: order[index] ?? 0 }))
          .sort((a, b) => a.key - b.key)
          .map(({ entry }) => entry);
        const text = `v=DMARC1;${space}${shuffled.map(([name, value]) => `${name}${space}=${space}${value}`).join(`;${space}`)}${trailing ? ';' : ''}`;
        const parsed = parseDmarc(text);
        if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
        const { record: result, issues } = parsed;
        expect(issues).toEqual([]);
        expect(result.tags).toEqual([['v', 'DMARC1'], ...shuffled]);
        expect(result.p).toBe(values.p.toLowerCase());
        expect(result.policy).toBe(values.p.toLowerCase());
        expect(result.sp).toBe(values.sp);
        expect(result.np).toBe(values.np);
        expect(result.adkim).toBe(values.adkim?.toLowerCase() ?? 'r');
        expect(result.aspf).toBe(values.aspf ?? 'r');
        expect(result.fo).toEqual(values.fo?.split(':') ?? ['0']);
        expect(result.psd).toBe(values.psd ?? 'u');
        expect(result.testing).toBe(values.t === 'y');
        expect(result.rua.map((uri) => uri.uri)).toEqual(values.rua?.split(',') ?? []);
        expect(result.ruf.map((uri) => uri.uri)).toEqual(values.ruf?.split(',') ?? []);
        // Printing the parsed tags back gives the same record.
        const reprinted = parseDmarc(result.tags.map(([name, value]) => `${name}=${value}`).join('; '));
        expect(reprinted.ok && reprinted.record.tags).toEqual(result.tags);
      }),
      1500,
    );
  });
});

describe('DKIM key records (RFC 6376 §3.6.1, RFC 8463)', () => {
  const fws = fc.constantFrom('', ' ', '\t', ' \r\n ', '  ');
  const key = fc.uint8Array({ minLength: 0, maxLength: 600 }).map((bytes) => Buffer.from(bytes).toString('base64'));
  const folded = fc.tuple(key, fc.array(fc.nat(), { maxLength: 4 }), fws).map(([base64, cuts, space]) => {
    if (space === '' || base64 === '') return base64;
    const points = [...new Set(cuts.map((cut) => 1 + (cut % base64.length)))].sort((a, b) => a - b);
    let out = '';
    let from = 0;
    for (const point of points) {
      out += base64.slice(from, point) + space;
      from = point;
    }
    return out + base64.slice(from);
  });
  const record = fc.record(
    {
      v: fc.constant('DKIM1'),
      k: fc.constantFrom('rsa', 'ed25519', 'RSA'),
      h: fc
        .array(fc.constantFrom('sha256', 'sha1', 'sha512'), { minLength: 1, maxLength: 3 })
        .map((h) => ['sha256', ...h].join(':')),
      s: fc.constantFrom('*', 'email', 'email:other'),
      t: fc.constantFrom('y', 's', 'y:s'),
      n: fc.constantFrom('a note', 'x'),
    },
    { requiredKeys: [] },
  );

  it('a printed key record parses to its tags, whatever the folding whitespace', async () => {
    await runProperty(
      tally,
      fc.property(record, folded, fws, fc.boolean(), (tags, p, space, trailing) => {
        const entries = Object.entries(tags) as Array<[string, string]>;
        const all = [
          ...entries.filter(([name]) => name === 'v'),
          ...entries.filter(([name]) => name !== 'v'),
          ['p', p],
        ];
        const text =
          all.map(([name, value]) => `${space}${name}${space}=${space}${value}${space}`).join(';') +
          (trailing ? ';' : '');
        const parsed = parseDkimKey(text);
        if (!parsed.ok) throw new Error(`${JSON.stringify(text)}: ${parsed.error.message}`);
        const result = parsed.record;
        const bare = p.replace(/[ \t\r\n]+/g, '');
        expect(result.publicKey).toBe(bare);
        expect(result.revoked).toBe(bare === '');
        expect(result.keyType).toBe((tags.k ?? 'rsa').toLowerCase());
        expect(result.version).toBe(tags.v);
        expect(result.hashAlgorithms).toEqual(tags.h?.split(':'));
        expect(result.serviceTypes).toEqual((tags.s ?? '*').split(':'));
        expect(result.testing).toBe(tags.t?.split(':').includes('y') ?? false);
        expect(result.strict).toBe(tags.t?.split(':').includes('s') ?? false);
        expect(result.unknownTags).toEqual([]);
        const reprinted = parseDkimKey(`${text.replace(/;$/, '')}`);
        expect(reprinted).toEqual(parsed);
      }),
      1500,
    );
  });
});

describe('domain names (RFC 1035 §2.3.4, RFC 5891)', () => {
  it('an accepted name is a fixed point, within the DNS limits, and sendable', async () => {
    const input = fc.oneof(
      fc.domain(),
      fc.webUrl().map((url) => new URL(url).hostname),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.tuple(hostName, fc.constantFrom('', '.', ' ', '..', '\u00e9', 'ß', 'Ａ')).map(([name, tail]) => name + tail),
      hostile,
    );
    await runProperty(
      tally,
      fc.property(input, (text) => {
        const parsed = parseDomain(text);
        if (!parsed.ok) {
          expect(parsed.error.input).toBe(text);
          return;
        }
        expect(parsed.name.length).toBeLessThanOrEqual(253);
        expect(parsed.name).toBe(parsed.name.toLowerCase());
        expect(checkQueryName(parsed.name)).toBeUndefined();
        const again = parseDomain(parsed.name);
        expect(again.ok && again.name).toBe(parsed.name);
      }),
      3000,
    );
  });

  it.each([
    ['𝟎', '0.0.0.0'],
    ['１２７.０.０.１', '127.0.0.1'],
    ['１２７。０。０。１', '127.0.0.1'],
    ['0x7f.１', '127.0.0.1'],
    ['𝟏𝟐𝟕.𝟎.𝟎.𝟏', '127.0.0.1'],
  ])('refuses %s, which Unicode mapping turns into the IP address %s', (input, address) => {
    const parsed = parseDomain(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('ip-literal');
      expect(parsed.error.message).toContain(address);
    }
  });

  it('every generated host name is accepted', async () => {
    await runProperty(
      tally,
      fc.property(fc.domain(), (name) => {
        const parsed = parseDomain(name);
        if (!parsed.ok) throw new Error(`${name}: ${parsed.error.message}`);
        expect(parsed.name).toBe(name.toLowerCase());
      }),
      1500,
    );
  });
});

describe('IP addresses (core/ptr parseIp)', () => {
  it('IPv4: the address round-trips and its reverse name is its octets reversed under in-addr.arpa', async () => {
    await runProperty(
      tally,
      fc.property(fc.ipV4(), (ip) => {
        const parsed = parseIp(ip);
        if (!parsed.ok) throw new Error(`${ip}: ${parsed.error.message}`);
        expect(parsed.address).toEqual({
          ip,
          version: 4,
          reverseName: `${ip.split('.').reverse().join('.')}.in-addr.arpa`,
        });
      }),
      1500,
    );
  });

  it('IPv6: the canonical form is a fixed point with a 32-nibble ip6.arpa name; mapped IPv4 becomes IPv4', async () => {
    await runProperty(
      tally,
      fc.property(fc.ipV6(), fc.boolean(), (ip, bracketed) => {
        const parsed = parseIp(bracketed ? `[${ip}]` : ip);
        if (!parsed.ok) throw new Error(`${ip}: ${parsed.error.message}`);
        const again = parseIp(parsed.address.ip);
        expect(again).toEqual(parsed);
        if (parsed.address.version === 6) {
          const labels = parsed.address.reverseName.split('.');
          expect(labels).toHaveLength(34);
          expect(labels.slice(32)).toEqual(['ip6', 'arpa']);
        } else {
          expect(parsed.address.reverseName.endsWith('.in-addr.arpa')).toBe(true);
        }
      }),
      1500,
    );
  });

  it('what is not an address is refused as a value, never thrown', async () => {
    await runProperty(
      tally,
      fc.property(
        fc.oneof(
          fc.ipV4Extended(),
          fc.string({ maxLength: 60 }),
          hostile,
          fc.ipV6().map((ip) => `${ip}%eth0`),
        ),
        (text) => {
          const parsed = parseIp(text);
          if (parsed.ok) expect(parseIp(parsed.address.ip)).toEqual(parsed);
          else expect(parsed.error.code).toBe('invalid-ip');
        },
      ),
      2000,
    );
  });

  it('utf8Length counts the octets TextEncoder writes, lone surrogates included', async () => {
    const encoder = new TextEncoder();
    await runProperty(
      tally,
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 80 }),
          // UTF-16 units of every kind, so lone and reversed surrogates come up.
          fc.string({
            unit: fc
              .oneof(fc.integer({ min: 0xd7f0, max: 0xe010 }), fc.nat(0xffff))
              .map((code) => String.fromCharCode(code)),
            maxLength: 40,
          }),
          hostile,
        ),
        (text) => {
          expect(utf8Length(text)).toBe(encoder.encode(text).length);
        },
      ),
      2000,
    );
  });
});
