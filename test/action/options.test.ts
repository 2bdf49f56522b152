import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../action/args.js';
import { readActionInputs } from '../../action/inputs.js';
import {
  itemsFor,
  meetsGrade,
  parseBoolean,
  parseDohUrls,
  parseFailOn,
  parseGrade,
  parseList,
  parsePerDomain,
  UsageError,
  worstGrade,
} from '../../action/options.js';

describe('parseList', () => {
  it.each([
    ['example.com', ['example.com']],
    ['a.example, b.example', ['a.example', 'b.example']],
    ['a.example\nb.example\n\n', ['a.example', 'b.example']],
    [' a.example ,\n a.example ', ['a.example']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(parseList(text)).toEqual(expected);
  });
});

describe('parsePerDomain', () => {
  it.each<[string, Record<string, string[]>]>([
    ['example.com: s1, s2', { 'example.com': ['s1', 's2'] }],
    ['example.com: s1\nexample.org: s2, s3', { 'example.com': ['s1'], 'example.org': ['s2', 's3'] }],
    ['example.com: s1; example.org: s2', { 'example.com': ['s1'], 'example.org': ['s2'] }],
    ['s1, s2', { '*': ['s1', 's2'] }],
    ['Example.COM.: s1', { 'example.com': ['s1'] }],
    // IPv6 addresses contain colons but no dot before the first one: never a domain prefix.
    ['2001:db8::1, 192.0.2.1', { '*': ['2001:db8::1', '192.0.2.1'] }],
    ['example.com: 2001:db8::1, 192.0.2.1', { 'example.com': ['2001:db8::1', '192.0.2.1'] }],
    ['::ffff:192.0.2.1', { '*': ['::ffff:192.0.2.1'] }],
    ['example.com: s1\nexample.com: s2, s1', { 'example.com': ['s1', 's2'] }],
    ['', {}],
  ])('%j', (text, expected) => {
    expect(Object.fromEntries(parsePerDomain(text))).toEqual(expected);
  });

  it('gives each domain its own items plus those for every domain', () => {
    const map = parsePerDomain('google\nexample.com: s1');
    expect(itemsFor(map, 'Example.com')).toEqual(['google', 's1']);
    expect(itemsFor(map, 'example.org')).toEqual(['google']);
  });
});

describe('scalar inputs', () => {
  it('reads fail-on, with regression as the default', () => {
    expect(parseFailOn('')).toBe('regression');
    expect(parseFailOn(' Error ')).toBe('error');
    expect(() => parseFailOn('sometimes')).toThrow(UsageError);
  });

  it('reads min-grade', () => {
    expect(parseGrade('')).toBeUndefined();
    expect(parseGrade('b')).toBe('B');
    expect(() => parseGrade('G')).toThrow(/min-grade must be one of A, B, C, D, E, F/);
  });

  it('reads booleans as Actions spells them', () => {
    expect(parseBoolean('true', 'x')).toBe(true);
    expect(parseBoolean('False', 'x')).toBe(false);
    expect(parseBoolean('', 'x')).toBe(false);
    expect(() => parseBoolean('maybe', 'x')).toThrow(UsageError);
  });

  it('accepts only http(s) DoH URLs', () => {
    expect(parseDohUrls('https://a.example/dns-query, http://127.0.0.1:1/dns-query')).toHaveLength(2);
    expect(() => parseDohUrls('a.example')).toThrow(UsageError);
    expect(() => parseDohUrls('ftp://a.example/')).toThrow(UsageError);
  });

  it('orders grades with A best', () => {
    expect(meetsGrade('A', 'B')).toBe(true);
    expect(meetsGrade('B', 'B')).toBe(true);
    expect(meetsGrade('C', 'B')).toBe(false);
    expect(worstGrade(['B', 'A', 'D', 'C'])).toBe('D');
    expect(worstGrade([])).toBeUndefined();
  });
});

describe('readActionInputs', () => {
  it('reads the inputs of action.yml and resolves the baseline in the workspace', () => {
    const inputs: Record<string, string> = {
      domains: 'a.example\nb.example',
      'dkim-selectors': 'a.example: s1',
      'fail-on': 'warning',
      'min-grade': 'c',
      'update-baseline': 'true',
      'doh-url': 'http://127.0.0.1:5380/dns-query',
    };
    const options = readActionInputs((name) => inputs[name] ?? '', '/ws');
    expect(options.domains).toEqual(['a.example', 'b.example']);
    expect(options.baselinePath).toBe('/ws/.github/email-auth-baseline.json');
    expect(options).toMatchObject({ failOn: 'warning', minGrade: 'C', updateBaseline: true, dnsRetries: 2 });
    expect(readActionInputs((name) => (name === 'baseline' ? '/abs/b.json' : ''), '/ws').baselinePath).toBe(
      '/abs/b.json',
    );
  });
});

describe('parseCliArgs', () => {
  it('reads a check with every option', () => {
    const command = parseCliArgs(
      [
        'check',
        'a.example',
        'b.example',
        '--selector',
        's1',
        '--selector',
        'b.example: s2',
        '--ip',
        '192.0.2.1',
        '--json',
        '--baseline',
        'b.json',
        '--min-grade',
        'B',
        '--fail-on',
        'never',
        '--doh-url',
        'http://127.0.0.1:1/dns-query',
      ],
      '/cwd',
    );
    expect(command.kind).toBe('check');
    if (command.kind !== 'check') return;
    expect(command.json).toBe(true);
    expect(command.options.domains).toEqual(['a.example', 'b.example']);
    expect(itemsFor(command.options.selectors, 'b.example')).toEqual(['s1', 's2']);
    expect(itemsFor(command.options.sendingIps, 'a.example')).toEqual(['192.0.2.1']);
    expect(command.options).toMatchObject({
      baselinePath: '/cwd/b.json',
      minGrade: 'B',
      failOn: 'never',
      updateBaseline: false,
    });
  });

  it('reads and writes the Action default baseline path when no --baseline is given, and says it is the default', () => {
    for (const argv of [
      ['check', 'a.example', '--update-baseline'],
      ['check', 'a.example'],
    ]) {
      const command = parseCliArgs(argv, '/cwd');
      expect(command.kind === 'check' && command.options.baselinePath).toBe('/cwd/.github/email-auth-baseline.json');
      expect(command.kind === 'check' && command.defaultBaseline).toBe(true);
    }
    const given = parseCliArgs(['check', 'a.example', '--baseline', 'b.json'], '/cwd');
    expect(given.kind === 'check' && given.defaultBaseline).toBe(false);
  });

  it('reads --version and -V', () => {
    expect(parseCliArgs(['--version'], '/cwd')).toEqual({ kind: 'version' });
    expect(parseCliArgs(['-V'], '/cwd')).toEqual({ kind: 'version' });
  });

  it.each([
    [[], 'No command'],
    [['check'], 'No domain given'],
    [['scan', 'a.example'], 'Unknown command "scan"'],
    [['check', 'a.example', '--nope'], 'Unknown option --nope.'],
    [['check', 'a.example', '--jsno'], 'Unknown option --jsno. Did you mean --json?'],
    [['check', 'a.example', '--update-baselin'], 'Did you mean --update-baseline?'],
    [['check', 'a.example', '-x'], 'Unknown option -x.'],
    [['check', 'a.example', '--min-grade'], '--min-grade needs a value: --min-grade G.'],
    [['check', 'a.example', '--baseline='], '--baseline needs a value: --baseline FILE.'],
    [['check', 'a.example', '--selector', '--json'], '--selector needs a value (--selector S); got the option --json.'],
    [['check', 'a.example', '--json=yes'], '--json takes no value; got "yes".'],
  ])("refuses %j with the CLI's own usage error", (argv, message) => {
    let error: unknown;
    try {
      parseCliArgs(argv, '/cwd');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(message);
    // Node's own parseArgs wording never reaches the user.
    expect((error as Error).message).not.toMatch(/To specify a positional argument|argument missing/);
  });
});
