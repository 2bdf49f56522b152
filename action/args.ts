import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_BASELINE,
  FAIL_ON_VALUES,
  GRADES,
  parseCount,
  parseDohUrls,
  parseFailOn,
  parseGrade,
  parsePerDomain,
  type RunOptions,
  UsageError,
} from './options.js';

/** The CLI's usage text. */
export const USAGE = `Usage: mailposture check <domain…> [options]

Checks the email authentication (SPF, DMARC, DKIM, MX, PTR) of each domain over DNS-over-HTTPS.

Options:
  --selector S        DKIM selector to check (repeatable; "example.com: s1, s2" for one domain)
  --ip IP             sending IP to judge as receivers do: SPF, DMARC alignment, reverse DNS (repeatable, at most
                      10 per domain; "example.com: 192.0.2.1" for one domain)
  --sender ADDR       the MAIL FROM of the sending IPs: a mailbox or a domain (default the checked domain;
                      "example.com: bounce@esp.example" for one domain)
  --helo NAME         the HELO name of the sending IPs, checked as SPF's HELO identity (RFC 7208 §2.3)
  --json              print the run as JSON instead of a table
  --baseline FILE     the baseline to compare with and update (default ${DEFAULT_BASELINE},
                      the file the GitHub Action uses; read when it exists)
  --update-baseline   write the current state to the baseline: accepts every change, so the run passes
  --min-grade G       fail when a domain's grade is worse than G (${GRADES.join(', ')})
  --fail-on WHEN      ${FAIL_ON_VALUES.join(' | ')} (default regression)
  --doh-url URL       DNS-over-HTTPS endpoint (repeatable for failover; default Cloudflare)
  --dns-timeout-ms N  time allowed for one DoH exchange (default 3000)
  --dns-retries N     retries after a transient DNS failure (default 2)
  -h, --help          show this help
  -V, --version       print the version

Exit codes: 0 fine · 1 regression, grade below --min-grade, or a finding --fail-on counts · 2 usage error ·
3 DNS could not answer (some check has no result; never with --fail-on never)`;

/** What the command line asks for: a run, or the help text. */
export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'check';
      json: boolean;
      options: RunOptions;
      /** Whether the baseline is the default path (no `--baseline`), which the output says. */
      defaultBaseline: boolean;
    };

/** Parses the CLI's arguments (without `node` and the script); throws `UsageError` on anything it cannot use. */
export function parseCliArgs(argv: readonly string[], cwd: string): CliCommand {
  const { values, positionals } = parse(argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...domains] = positionals;
  if (command === undefined) throw new UsageError('No command: use "mailposture check <domain…>".');
  if (command !== 'check') throw new UsageError(`Unknown command "${command}": use "mailposture check <domain…>".`);
  if (domains.length === 0) throw new UsageError('No domain given: "mailposture check example.com".');
  // The baseline is read where --update-baseline writes it, so the two defaults agree (a missing file is no error).
  const baseline = values.baseline ?? DEFAULT_BASELINE;
  return {
    kind: 'check',
    json: values.json ?? false,
    defaultBaseline: values.baseline === undefined,
    options: {
      domains,
      selectors: parsePerDomain((values.selector ?? []).join('\n')),
      sendingIps: parsePerDomain((values.ip ?? []).join('\n')),
      senders: parsePerDomain((values.sender ?? []).join('\n')),
      helos: parsePerDomain((values.helo ?? []).join('\n')),
      baselinePath: resolve(cwd, baseline),
      baselineLabel: baseline,
      updateBaseline: values['update-baseline'] ?? false,
      minGrade: parseGrade(values['min-grade'] ?? ''),
      failOn: parseFailOn(values['fail-on'] ?? ''),
      dohUrls: parseDohUrls((values['doh-url'] ?? []).join('\n')),
      dnsTimeoutMs: parseCount(values['dns-timeout-ms'] ?? '', '--dns-timeout-ms', 3000),
      dnsRetries: parseCount(values['dns-retries'] ?? '', '--dns-retries', 2),
    },
  };
}

const OPTIONS = {
  selector: { type: 'string', multiple: true, hint: 'S' },
  ip: { type: 'string', multiple: true, hint: 'IP' },
  sender: { type: 'string', multiple: true, hint: 'ADDR' },
  helo: { type: 'string', multiple: true, hint: 'NAME' },
  json: { type: 'boolean' },
  baseline: { type: 'string', hint: 'FILE' },
  'update-baseline': { type: 'boolean' },
  'min-grade': { type: 'string', hint: 'G' },
  'fail-on': { type: 'string', hint: 'WHEN' },
  'doh-url': { type: 'string', multiple: true, hint: 'URL' },
  'dns-timeout-ms': { type: 'string', hint: 'N' },
  'dns-retries': { type: 'string', hint: 'N' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

type OptionName = keyof typeof OPTIONS;
const NAMES = Object.keys(OPTIONS) as OptionName[];

/** Edit distance with adjacent transpositions (optimal string alignment), to suggest the option a typo meant. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

function unknownOption(raw: string): UsageError {
  const name = raw.replace(/^-+/, '');
  const near = NAMES.map((candidate) => ({ candidate, d: distance(name, candidate) }))
    .filter(({ candidate, d }) => d <= Math.max(1, Math.floor(candidate.length / 3)) || candidate.startsWith(name))
    .sort((x, y) => x.d - y.d)[0];
  const hint = near ? ` Did you mean --${near.candidate}?` : '';
  return new UsageError(`Unknown option ${raw}.${hint}`);
}

/**
 * Reads the arguments leniently with `parseArgs`' tokens, then checks them here, so every mistake gets the CLI's own
 * message (the option, what it needs, the nearest real option) rather than Node's wording.
 */
function parse(argv: readonly string[]) {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: Object.fromEntries(
      NAMES.map((name) => {
        const { hint: _hint, ...option } = OPTIONS[name] as (typeof OPTIONS)[OptionName] & { hint?: string };
        return [name, option];
      }),
    ),
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!(token.name in OPTIONS)) throw unknownOption(token.rawName);
    const option = OPTIONS[token.name as OptionName] as { type: 'string' | 'boolean'; hint?: string };
    if (option.type === 'boolean' && token.value !== undefined) {
      throw new UsageError(`--${token.name} takes no value; got "${token.value}".`);
    }
    if (option.type === 'string') {
      const usage = `--${token.name} ${option.hint ?? 'VALUE'}`;
      if (token.value === undefined || token.value === '') {
        throw new UsageError(`${token.rawName} needs a value: ${usage}.`);
      }
      if (!token.inlineValue && token.value.startsWith('-') && token.value.length > 1 && !/^-\d/.test(token.value)) {
        throw new UsageError(`${token.rawName} needs a value (${usage}); got the option ${token.value}.`);
      }
    }
  }
  return {
    values: values as {
      selector?: string[];
      ip?: string[];
      sender?: string[];
      helo?: string[];
      json?: boolean;
      baseline?: string;
      'update-baseline'?: boolean;
      'min-grade'?: string;
      'fail-on'?: string;
      'doh-url'?: string[];
      'dns-timeout-ms'?: string;
      'dns-retries'?: string;
      help?: boolean;
      version?: boolean;
    },
    positionals,
  };
}
