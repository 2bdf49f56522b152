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
  --ip IP             sending IP whose reverse DNS to check (repeatable; "example.com: 192.0.2.1" for one domain)
  --json              print the run as JSON instead of a table
  --baseline FILE     compare with this baseline (the file the GitHub Action uses)
  --update-baseline   write the current state to the baseline (${DEFAULT_BASELINE} unless --baseline)
  --min-grade G       fail when a domain's grade is worse than G (${GRADES.join(', ')})
  --fail-on WHEN      ${FAIL_ON_VALUES.join(' | ')} (default regression)
  --doh-url URL       DNS-over-HTTPS endpoint (repeatable for failover; default Cloudflare)
  --dns-timeout-ms N  time allowed for one DoH exchange (default 3000)
  --dns-retries N     retries after a transient DNS failure (default 2)
  -h, --help          show this help

Exit codes: 0 fine · 1 regression, grade below --min-grade, or a finding --fail-on counts · 2 usage error ·
3 DNS could not answer (some check has no result; never with --fail-on never)`;

/** What the command line asks for: a run, or the help text. */
export type CliCommand = { kind: 'help' } | { kind: 'check'; json: boolean; options: RunOptions };

/** Parses the CLI's arguments (without `node` and the script); throws `UsageError` on anything it cannot use. */
export function parseCliArgs(argv: readonly string[], cwd: string): CliCommand {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, ...domains] = positionals;
  if (command === undefined) throw new UsageError('No command: use "mailposture check <domain…>".');
  if (command !== 'check') throw new UsageError(`Unknown command "${command}": use "mailposture check <domain…>".`);
  if (domains.length === 0) throw new UsageError('No domain given: "mailposture check example.com".');
  const baseline = values.baseline ?? (values['update-baseline'] ? DEFAULT_BASELINE : undefined);
  return {
    kind: 'check',
    json: values.json ?? false,
    options: {
      domains,
      selectors: parsePerDomain((values.selector ?? []).join('\n')),
      sendingIps: parsePerDomain((values.ip ?? []).join('\n')),
      baselinePath: baseline === undefined ? undefined : resolve(cwd, baseline),
      ...(baseline === undefined ? {} : { baselineLabel: baseline }),
      updateBaseline: values['update-baseline'] ?? false,
      minGrade: parseGrade(values['min-grade'] ?? ''),
      failOn: parseFailOn(values['fail-on'] ?? ''),
      dohUrls: parseDohUrls((values['doh-url'] ?? []).join('\n')),
      dnsTimeoutMs: parseCount(values['dns-timeout-ms'] ?? '', '--dns-timeout-ms', 3000),
      dnsRetries: parseCount(values['dns-retries'] ?? '', '--dns-retries', 2),
    },
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      selector: { type: 'string', multiple: true },
      ip: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      baseline: { type: 'string' },
      'update-baseline': { type: 'boolean' },
      'min-grade': { type: 'string' },
      'fail-on': { type: 'string' },
      'doh-url': { type: 'string', multiple: true },
      'dns-timeout-ms': { type: 'string' },
      'dns-retries': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
