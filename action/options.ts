import type { Grade } from '../core/index.js';

/** When a run fails: on a regression only (default), also on warning or error findings, or never. */
export type FailOn = 'regression' | 'warning' | 'error' | 'never';

/** Every value of `fail-on`, in the order the docs list them. */
export const FAIL_ON_VALUES: readonly FailOn[] = ['regression', 'warning', 'error', 'never'];

/** Every grade, best first (core's `Grade`). */
export const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E', 'F'];

/** Where the Action keeps the baseline unless told otherwise (relative to the workspace). */
export const DEFAULT_BASELINE = '.github/email-auth-baseline.json';

/** What one run checks and how it judges the outcome; built from Action inputs or CLI arguments. */
export interface RunOptions {
  /** Domains as given (core converts them to A-labels). */
  domains: string[];
  /** DKIM selectors per domain as typed; key `*` applies to every domain. */
  selectors: Map<string, string[]>;
  /** Sending IPs per domain as typed; key `*` applies to every domain. */
  sendingIps: Map<string, string[]>;
  /** The MAIL FROM of the sending IPs per domain (one each); key `*` applies to every domain. */
  senders?: Map<string, string[]>;
  /** The HELO name of the sending IPs per domain (one each); key `*` applies to every domain. */
  helos?: Map<string, string[]>;
  /** Absolute path of the baseline file, or undefined to compare with nothing. */
  baselinePath: string | undefined;
  /** The baseline path as the user wrote it, for messages. */
  baselineLabel?: string;
  updateBaseline: boolean;
  minGrade: Grade | undefined;
  failOn: FailOn;
  /** DoH endpoints; core's default resolver when empty. */
  dohUrls: string[];
  /** Time allowed for one DoH exchange. */
  dnsTimeoutMs: number;
  /** Extra rounds over the DoH endpoints after a transient failure. */
  dnsRetries: number;
}

/** A problem with what the user asked for (exit code 2 in the CLI, a failed step in the Action). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Splits a list given as lines and/or commas into trimmed, non-empty, unique items. */
export function parseList(text: string): string[] {
  const items = text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...new Set(items)];
}

// "example.com: s1, s2" — the part before the first colon is a domain when it has a dot and no space; an IPv6
// address ("2001:db8::1") has no dot before its first colon, so a bare IPv6 list is never mistaken for a prefix.
const DOMAIN_PREFIX = /^([^\s:,]+\.[^\s:,]+)\s*:(.*)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Parses a per-domain list: one line per domain, `domain: item, item`; a line without a domain applies to every
 * domain (key `*`). Lines may also be separated by `;`.
 */
export function parsePerDomain(text: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const rawLine of text.split(/[\n;]/)) {
    const line = rawLine.trim();
    if (line === '') continue;
    const match = DOMAIN_PREFIX.exec(line);
    const prefixed = match && !IPV4.test(match[1]!);
    const key = prefixed ? match[1]!.toLowerCase().replace(/\.$/, '') : '*';
    const items = parseList(prefixed ? match[2]! : line);
    result.set(key, [...new Set([...(result.get(key) ?? []), ...items])]);
  }
  return result;
}

/** The items of a per-domain list that apply to `domain` (its own line plus the lines for every domain). */
export function itemsFor(perDomain: Map<string, string[]>, domain: string): string[] {
  const key = domain.trim().toLowerCase().replace(/\.$/, '');
  return [...new Set([...(perDomain.get('*') ?? []), ...(perDomain.get(key) ?? [])])];
}

/**
 * The one value of a per-domain list for `domain` (a MAIL FROM, a HELO name): the domain's own line, else the line
 * for every domain; undefined when neither gives one. More than one is a usage error, named by `name`.
 */
export function oneFor(perDomain: Map<string, string[]> | undefined, domain: string, name: string): string | undefined {
  if (!perDomain) return undefined;
  const key = domain.trim().toLowerCase().replace(/\.$/, '');
  const items = perDomain.get(key) ?? perDomain.get('*') ?? [];
  if (items.length > 1) {
    throw new UsageError(`${name} takes one value per domain; ${domain} got ${items.length}: ${items.join(', ')}.`);
  }
  return items[0];
}

/** Reads `fail-on`; an empty value is the default, `regression`. */
export function parseFailOn(value: string): FailOn {
  const text = value.trim().toLowerCase();
  if (text === '') return 'regression';
  const found = FAIL_ON_VALUES.find((candidate) => candidate === text);
  if (!found) throw new UsageError(`fail-on must be one of ${FAIL_ON_VALUES.join(', ')}; got "${value}".`);
  return found;
}

/** Reads `min-grade`; empty means no threshold. */
export function parseGrade(value: string): Grade | undefined {
  const text = value.trim().toUpperCase();
  if (text === '') return undefined;
  const found = GRADES.find((grade) => grade === text);
  if (!found) throw new UsageError(`min-grade must be one of ${GRADES.join(', ')}; got "${value}".`);
  return found;
}

/** Reads a yes/no value the way Actions spells booleans (true/false, also yes/no, 1/0); empty is false. */
export function parseBoolean(value: string, name: string): boolean {
  const text = value.trim().toLowerCase();
  if (['', 'false', 'no', '0', 'off'].includes(text)) return false;
  if (['true', 'yes', '1', 'on'].includes(text)) return true;
  throw new UsageError(`${name} must be true or false; got "${value}".`);
}

/** Reads a non-negative whole number, or `fallback` when empty. */
export function parseCount(value: string, name: string, fallback: number): number {
  const text = value.trim();
  if (text === '') return fallback;
  if (!/^\d+$/.test(text)) throw new UsageError(`${name} must be a whole number; got "${value}".`);
  return Number(text);
}

/** Reads DoH endpoints: one or more http(s) URLs. */
export function parseDohUrls(value: string): string[] {
  const urls = parseList(value);
  for (const url of urls) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      throw new UsageError(
        `doh-url must be an http(s) URL such as https://cloudflare-dns.com/dns-query; got "${url}".`,
      );
    }
  }
  return urls;
}

/** Whether grade `actual` is at least as good as `minimum` (A is best). */
export function meetsGrade(actual: Grade, minimum: Grade): boolean {
  return GRADES.indexOf(actual) <= GRADES.indexOf(minimum);
}

/** The worst of some grades, or undefined when there are none. */
export function worstGrade(grades: readonly Grade[]): Grade | undefined {
  let worst: Grade | undefined;
  for (const grade of grades) if (worst === undefined || !meetsGrade(grade, worst)) worst = grade;
  return worst;
}
