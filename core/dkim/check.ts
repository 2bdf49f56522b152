import { mapBounded } from '../concurrency.js';
import { canonicalName } from '../dns/name.js';
import type { DnsResult, Resolver } from '../dns/types.js';
import { createFinding, type Finding, type Severity, sectionStatus } from '../finding.js';
import { COMMON_DKIM_SELECTORS, DKIM_PROBE_CONCURRENCY } from './common-selectors.js';
import { dkimFindings } from './findings.js';
import { inspectDkimKey } from './inspect.js';
import { isSha1Only, parseDkimKey, servesEmail } from './parse.js';
import type { DkimCheck, DkimDiscovery, DkimSelectorResult, DkimSelectorSource } from './types.js';

/** Options of `checkDkim`. */
export interface CheckDkimOptions {
  resolver: Resolver;
  /** Selectors the user names; always checked, before the common list. */
  selectors?: readonly string[];
  /** Probe the common selectors too (default true). */
  discover?: boolean;
  /**
   * Whether the domain is expected to sign mail (default true). A domain that declares it sends none (null MX,
   * `v=spf1 -all`, DMARC reject) needs no key, so a missing key is then only `info`.
   */
  expectKeys?: boolean;
}

// RFC 6376 §3.1: selector = sub-domain *( "." sub-domain ); underscores are seen in the wild and resolve fine.
const SELECTOR_LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;

const isValidSelector = (selector: string) => selector.split('.').every((label) => SELECTOR_LABEL.test(label));

/** Whether a TXT record looks like a DKIM key record at all (a wildcard TXT elsewhere in the zone does not). */
const looksLikeKeyRecord = (text: string) => /(^|;)\s*(v\s*=\s*DKIM1|p\s*=)/.test(text);

interface SelectorOutcome {
  result: DkimSelectorResult;
  findings: Finding[];
  dnsFailed: boolean;
}

/**
 * Looks up one selector and judges what is there. Not an async function: a probe of a common selector that finds
 * nothing (most of them) is dropped in a small callback, without the frame of `judgeSelector`.
 */
function checkSelector(
  selector: string,
  domain: string,
  source: DkimSelectorSource,
  resolver: Resolver,
): Promise<SelectorOutcome | undefined> {
  const name = `${selector}._domainkey.${domain}`;
  // Nothing waits on a key record; a guessed selector is a probe, served last and cut first.
  return resolver
    .resolve(name, 'TXT', { priority: source === 'named' ? 'leaf' : 'probe' })
    .then((answer) =>
      source === 'discovered' && answer.status !== 'answer' && answer.status !== 'error'
        ? undefined
        : judgeSelector(selector, name, source, answer),
    );
}

/** Judges the answer at one selector: its key records (RFC 6376 §3.6.2, RFC 8301 §3) or why there are none. */
async function judgeSelector(
  selector: string,
  name: string,
  source: DkimSelectorSource,
  answer: DnsResult<'TXT'>,
): Promise<SelectorOutcome> {
  const result: DkimSelectorResult = { selector, name, source, found: false, records: [] };
  const findings: Finding[] = [];
  const add = (id: keyof typeof dkimFindings, message: string, severity?: Severity) =>
    findings.push(createFinding(dkimFindings, id, message, severity ? { at: name, severity } : { at: name }));

  if (answer.status === 'error') {
    result.dnsError = answer.error.code;
    result.problem = answer.error.message;
    add('dkim.dns-error', `The TXT lookup of ${name} failed (${answer.error.code}): ${answer.error.message}`);
    return { result, findings, dnsFailed: true };
  }
  const target = answer.cnames.at(-1);
  if (target !== undefined) result.cnameTarget = target;
  const texts = answer.status === 'answer' ? answer.records.map((record) => record.data.text) : [];
  // A discovered selector only counts when its TXT looks like a key: a wildcard TXT must not pass for one.
  const keyTexts = source === 'named' ? texts : texts.filter(looksLikeKeyRecord);
  if (keyTexts.length === 0) {
    if (source === 'named') {
      const where = target ? ` (its CNAME points to ${target}, which has no TXT record)` : '';
      add('dkim.selector-not-found', `No key record is published at ${name}${where}.`);
    }
    return { result, findings, dnsFailed: false };
  }
  result.found = true;
  result.records = keyTexts;
  if (keyTexts.length > 1) {
    add('dkim.multiple-records', `${name} has ${keyTexts.length} TXT records; verifiers may use any one of them.`);
  }
  for (const text of keyTexts) {
    const parsed = parseDkimKey(text);
    if (!parsed.ok) {
      result.problem ??= parsed.error.message;
      add('dkim.invalid-key', `The key record at ${name} cannot be used: ${parsed.error.message}`);
      continue;
    }
    const { record } = parsed;
    result.keyType ??= record.keyType;
    result.testing ??= record.testing;
    result.revoked ??= record.revoked;
    if (record.hashAlgorithms) result.hashAlgorithms ??= record.hashAlgorithms;
    result.serviceTypes ??= record.serviceTypes;
    if (record.testing) {
      add('dkim.testing', `The key at ${name} has t=y: verifiers may treat failed signatures as unsigned mail.`);
    }
    if (isSha1Only(record)) {
      add('dkim.sha1-only', `The key at ${name} allows only h=${record.hashAlgorithms?.join(':')}, no sha256.`);
    }
    if (!servesEmail(record)) {
      add('dkim.not-for-email', `The key at ${name} has s=${record.serviceTypes.join(':')}, which excludes email.`);
    }
    const key = await inspectDkimKey(record);
    switch (key.status) {
      case 'revoked':
        add('dkim.revoked', `The key at ${name} is revoked (empty p=): signatures with selector ${selector} fail.`);
        break;
      case 'invalid':
        result.problem ??= key.reason;
        add('dkim.invalid-key', `The key at ${name} cannot be used: ${key.reason}`);
        break;
      case 'valid':
        result.keyBits ??= key.bits;
        result.keyFormat ??= key.format;
        // RFC 8301 §3.2: signers MUST use at least 1024 bits and SHOULD use 2048; verifiers MUST NOT accept < 1024.
        if (key.keyType === 'rsa' && key.bits < 1024) {
          add('dkim.insecure-key', `The RSA key at ${name} has ${key.bits} bits; verifiers reject keys under 1024.`);
        } else if (key.keyType === 'rsa' && key.bits < 2048) {
          add('dkim.weak-key', `The RSA key at ${name} has ${key.bits} bits; 2048 is the recommended minimum.`);
        } else if (key.keyType === 'rsa' && key.bits > 4096) {
          // RFC 8301 §3.2: verifiers MUST handle 1024 to 4096 bits and only MAY handle larger keys.
          add(
            'dkim.large-key',
            `The RSA key at ${name} has ${key.bits} bits; verifiers need only support keys of 1024 to 4096 bits, so some may not verify its signatures.`,
          );
        }
        break;
    }
  }
  return { result, findings, dnsFailed: false };
}

/** One line on the keys found, for the section summary. */
function describeKey(result: DkimSelectorResult): string {
  if (result.revoked) return `${result.selector}: revoked`;
  if (result.keyBits === undefined) return `${result.selector}: unusable`;
  return `${result.selector}: ${result.keyType === 'ed25519' ? 'Ed25519' : `RSA ${result.keyBits}`}`;
}

/**
 * Checks a domain's DKIM keys (RFC 6376 §3.6): the selectors the user names, plus the common selectors of large
 * providers probed concurrently unless `_domainkey.<domain>` is NXDOMAIN (RFC 8020: then nothing exists below it).
 */
export async function checkDkim(domain: string, options: CheckDkimOptions): Promise<DkimCheck> {
  const { resolver } = options;
  const apex = canonicalName(domain);
  const findings: Finding[] = [];
  const named: string[] = [];
  for (const raw of options.selectors ?? []) {
    const selector = canonicalName(raw.trim());
    if (!isValidSelector(selector)) {
      findings.push(
        createFinding(dkimFindings, 'dkim.invalid-selector', `"${raw}" is not a valid selector name.`, { at: raw }),
      );
    } else if (!named.includes(selector)) named.push(selector);
  }

  // The named selectors do not depend on the hint: they are looked up while it is in flight. Only the probes wait
  // for it, so that an NXDOMAIN hint (RFC 8020) spares every one of them.
  const namedOutcomes = mapBounded(named, DKIM_PROBE_CONCURRENCY, (selector) =>
    checkSelector(selector, apex, 'named', resolver),
  );
  const hintResult = await resolver.resolve(`_domainkey.${apex}`, 'TXT');
  const hint: DkimDiscovery['hint'] =
    hintResult.status === 'nxdomain' ? 'nxdomain' : hintResult.status === 'error' ? 'error' : 'exists';
  const discover = options.discover !== false && hint !== 'nxdomain';
  const probes = discover ? COMMON_DKIM_SELECTORS.filter((selector) => !named.includes(selector)) : [];
  const [namedResults, probeResults] = await Promise.all([
    namedOutcomes,
    mapBounded(probes, DKIM_PROBE_CONCURRENCY, (selector) => checkSelector(selector, apex, 'discovered', resolver)),
  ]);
  const outcomes: SelectorOutcome[] = [];
  for (const outcome of [...namedResults, ...probeResults]) if (outcome) outcomes.push(outcome);

  const selectors = outcomes
    .filter((outcome) => outcome.result.source === 'named' || outcome.result.found || outcome.dnsFailed)
    .map((outcome) => outcome.result);
  const found = selectors.filter((result) => result.found);
  const failed = outcomes.filter((outcome) => outcome.dnsFailed);
  const namedFailed = failed.some((outcome) => outcome.result.source === 'named');
  const usable = found.some((result) => result.keyBits !== undefined && !result.revoked);

  for (const outcome of outcomes) {
    for (const finding of outcome.findings) {
      // A failed probe of a guessed selector, when a key was found anyway, leaves the verdict standing: a warning.
      const downgrade = finding.id === 'dkim.dns-error' && outcome.result.source === 'discovered' && found.length > 0;
      findings.push(downgrade ? { ...finding, severity: 'warning' } : finding);
    }
  }
  if (hint === 'error' && hintResult.status === 'error' && failed.length === 0) {
    findings.push(
      createFinding(
        dkimFindings,
        'dkim.dns-error',
        `The lookup of _domainkey.${apex} failed (${hintResult.error.code}): ${hintResult.error.message}`,
        { at: `_domainkey.${apex}`, severity: found.length > 0 ? 'warning' : 'error' },
      ),
    );
  }
  const unknown = namedFailed || (found.length === 0 && (failed.length > 0 || hint === 'error'));
  if (found.length === 0 && !unknown) {
    const searched =
      hint === 'nxdomain'
        ? `_domainkey.${apex} does not exist, so no selector is published`
        : `none of the ${named.length > 0 ? `${named.length} named and ` : ''}${probes.length} common selectors has a key`;
    findings.push(
      createFinding(
        dkimFindings,
        'dkim.no-selector-found',
        `No DKIM key found for ${apex}: ${searched}.`,
        options.expectKeys === false ? { at: apex, severity: 'info' } : { at: apex },
      ),
    );
  }

  const status = sectionStatus(findings, unknown);
  const summary = unknown
    ? `DKIM could not be checked for ${apex}: DNS lookups failed.`
    : found.length === 0
      ? `No DKIM key found for ${apex}.`
      : `${found.length} DKIM key record${found.length === 1 ? '' : 's'} found${usable ? '' : ', none usable'} (${found.map(describeKey).join(', ')}).`;
  return {
    status,
    summary,
    findings,
    records: found.flatMap((result) => result.records),
    selectors,
    discovery: { used: discover, hint, probed: probes.length },
  };
}
