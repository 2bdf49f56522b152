import { mapBounded } from '../concurrency.js';
import { describeDnsFailure } from '../dns/failure.js';
import { canonicalName } from '../dns/name.js';
import type { DnsResult, LookupPriority, Resolver } from '../dns/types.js';
import { createFinding, type Finding, groupDnsFailures, type Severity, sectionStatus } from '../finding.js';
import { MAIL_PROVIDERS, type MailProvider, recognizeProviders } from '../providers.js';
import { COMMON_DKIM_SELECTORS, DKIM_PROBE_CONCURRENCY } from './common-selectors.js';
import { dkimFindings } from './findings.js';
import { inspectDkimKey } from './inspect.js';
import { isSha1Only, parseDkimKey, servesEmail } from './parse.js';
import type { DkimCheck, DkimDiscovery, DkimSelectorResult, DkimSelectorSource } from './types.js';

/** Options of `checkDkim`. */
export interface CheckDkimOptions {
  resolver: Resolver;
  /** Selectors the user names; always checked, before any guess. */
  selectors?: readonly string[];
  /** Guess selectors too: the recognised providers' and, when they do not account for the domain, the common list (default true). */
  discover?: boolean;
  /**
   * Whether the domain is expected to sign mail (default true). A domain that declares it sends none (null MX,
   * `v=spf1 -all`, DMARC reject) needs no key, so a missing key is then only `info`.
   */
  expectKeys?: boolean;
  /**
   * Hints that may name the domain's mail providers: its MX hosts and the include and redirect targets of its SPF
   * record (DNS names), and the texts of its other apex TXT records (verification tokens), as the caller (the report)
   * found them — dkim/ reads neither SPF nor MX itself. A promise is awaited only
   * before the first guess; named selectors are looked up meanwhile. Without hints the common list is probed.
   */
  providerHints?: readonly string[] | PromiseLike<readonly string[]>;
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

/** What looking up one selector gave: its judgement (absent for a guess that found nothing) and what it told. */
interface SelectorLookup {
  selector: string;
  outcome: SelectorOutcome | undefined;
  /** The end of the CNAME chain, which may name the provider that hosts the key. */
  cnameTarget: string | undefined;
  /** The name exists (an answer or NODATA): so does `_domainkey.<domain>` above it (RFC 8020). */
  exists: boolean;
  /** A guess that was not looked up: the request's fetch budget went to what the verdict needs. */
  limited: boolean;
  /** A selector of a provider the domain's own DNS names (looked up as a leaf): where its key is expected. */
  expected: boolean;
}

/**
 * Looks up one selector and judges what is there. Not an async function: a probe of a guessed selector that finds
 * nothing (most of them) is dropped in a small callback, without the frame of `judgeSelector`.
 */
function checkSelector(
  selector: string,
  domain: string,
  source: DkimSelectorSource,
  resolver: Resolver,
  priority: LookupPriority,
): Promise<SelectorLookup> {
  const name = `${selector}._domainkey.${domain}`;
  // Nothing waits on a key record: a named or a provider's selector is a leaf, a common one a probe (cut first).
  return resolver.resolve(name, 'TXT', { priority }).then((answer): SelectorLookup | Promise<SelectorLookup> => {
    const exists = answer.status === 'answer' || answer.status === 'nodata';
    const cnameTarget = answer.status === 'error' ? undefined : answer.cnames.at(-1);
    const limited = source === 'discovered' && answer.status === 'error' && answer.error.code === 'budget-exhausted';
    const expected = source === 'discovered' && priority === 'leaf';
    if (limited || (source === 'discovered' && answer.status !== 'answer' && answer.status !== 'error')) {
      return { selector, outcome: undefined, cnameTarget, exists, limited, expected };
    }
    return judgeSelector(selector, name, source, answer).then((outcome) => ({
      selector,
      outcome,
      cnameTarget,
      exists,
      limited: false,
      expected,
    }));
  });
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
    findings.push(
      createFinding(
        dkimFindings,
        'dkim.dns-error',
        `The TXT lookup of ${name} failed (${answer.error.code}): ${answer.error.message}`,
        { at: name, ...describeDnsFailure(answer.error, 'TXT') },
      ),
    );
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

/** How a domain's selectors were guessed: the state `checkDkim` builds wave by wave. */
class Discovery {
  /** Every selector looked up or about to be, named ones included: no selector is asked twice. */
  readonly asked = new Set<string>();
  readonly lookups: SelectorLookup[] = [];
  readonly providers: MailProvider[] = [];
  /** Guessed selectors looked up. */
  probed = 0;
  constructor(
    private readonly apex: string,
    private readonly resolver: Resolver,
  ) {}

  /** Looks up the selectors not asked yet, concurrently. */
  async probe(selectors: readonly string[], priority: LookupPriority): Promise<void> {
    const fresh = selectors.filter((selector) => !this.asked.has(selector));
    for (const selector of fresh) this.asked.add(selector);
    const lookups = await mapBounded(fresh, DKIM_PROBE_CONCURRENCY, (selector) =>
      checkSelector(selector, this.apex, 'discovered', this.resolver, priority),
    );
    for (const lookup of lookups) {
      this.lookups.push(lookup);
      if (!lookup.limited) this.probed++;
    }
  }

  /** Adds the providers not known yet; returns those added. */
  recognize(providers: readonly MailProvider[]): MailProvider[] {
    const added = providers.filter((provider) => !this.providers.includes(provider));
    this.providers.push(...added);
    return added;
  }

  /** Whether a key was found at one of these selectors. */
  foundAt(selectors: readonly string[], named: readonly SelectorLookup[]): boolean {
    return [...named, ...this.lookups].some(
      (lookup) => lookup.outcome?.result.found === true && selectors.includes(lookup.selector),
    );
  }
}

/**
 * Checks a domain's DKIM keys (RFC 6376 §3.6): the selectors the user names, then guesses in waves — the selectors
 * of the providers its MX hosts and SPF includes name (`providerHints`), those of providers the CNAME targets of the
 * answers name, a provider's older selectors when its current ones have no key, and last, only when the providers do
 * not account for the domain, the common list. Before that list it asks `_domainkey.<domain>`: NXDOMAIN there means
 * nothing exists below it (RFC 8020 §2), so the list is skipped — unless a selector below answered, which shows the
 * server does not follow RFC 8020.
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

  const discover = options.discover !== false;
  const discovery = new Discovery(apex, resolver);
  for (const selector of named) discovery.asked.add(selector);
  // Named selectors do not wait for the hints: they are looked up while the report finds the MX hosts and SPF record.
  const namedLookups = mapBounded(named, DKIM_PROBE_CONCURRENCY, (selector) =>
    checkSelector(selector, apex, 'named', resolver, 'leaf'),
  );
  let hintNames: readonly string[] = [];
  let hintedProviders = 0;
  let unrecognized: string[] = [];
  let hintResult: DnsResult<'TXT'> | undefined;
  let commonList: DkimDiscovery['commonList'] = 'off';
  const [namedResults] = await Promise.all([
    namedLookups,
    (async () => {
      if (!discover) return;
      hintNames = (await options.providerHints) ?? [];
      const recognition = recognizeProviders(hintNames);
      unrecognized = recognition.unrecognized;
      // Wave 1: the selectors of the providers the MX hosts and SPF includes name; beside them, as probes, those of
      // the large ESPs a domain's DNS often does not name.
      const hinted = discovery.recognize(recognition.providers);
      hintedProviders = hinted.length;
      const unnamed = MAIL_PROVIDERS.filter((provider) => provider.unnamedSelectors && !hinted.includes(provider));
      await Promise.all([
        discovery.probe(
          hinted.flatMap((provider) => provider.selectors),
          'leaf',
        ),
        discovery.probe(
          unnamed.flatMap((provider) => provider.unnamedSelectors ?? []),
          'probe',
        ),
      ]);
    })(),
  ]);

  if (discover) {
    // Wave 2: providers named by where the selectors' CNAMEs lead, and the older selectors of a recognised provider
    // whose current ones have no key.
    const targets = [...namedResults, ...discovery.lookups].flatMap((lookup) =>
      lookup.cnameTarget ? [lookup.cnameTarget] : [],
    );
    const viaCname = discovery.recognize(recognizeProviders(targets).providers);
    const legacy = discovery.providers.filter(
      (provider) => provider.legacySelectors && !discovery.foundAt(provider.selectors, namedResults),
    );
    await discovery.probe(
      [...viaCname.flatMap((provider) => provider.selectors), ...legacy.flatMap((p) => p.legacySelectors ?? [])],
      'leaf',
    );
    // The common list only when the providers do not account for the domain: the hints name none (nothing better to
    // go on), a mail host or include of no known provider (it may sign with a common selector), or no key found yet.
    const foundSoFar = [...namedResults, ...discovery.lookups].some((lookup) => lookup.outcome?.result.found);
    if (hintedProviders === 0 || unrecognized.length > 0 || !foundSoFar) {
      hintResult = await resolver.resolve(`_domainkey.${apex}`, 'TXT', { priority: 'probe' });
      const below = [...namedResults, ...discovery.lookups].some((lookup) => lookup.exists);
      if (hintResult.status === 'nxdomain' && !below) commonList = 'nxdomain';
      else if (hintResult.status === 'error' && hintResult.error.code === 'budget-exhausted') {
        commonList = 'limited';
        discovery.lookups.push(
          ...COMMON_DKIM_SELECTORS.filter((selector) => !discovery.asked.has(selector)).map((selector) => ({
            selector,
            outcome: undefined,
            cnameTarget: undefined,
            exists: false,
            limited: true,
            expected: false,
          })),
        );
      } else {
        commonList = 'probed';
        await discovery.probe(COMMON_DKIM_SELECTORS, 'probe');
      }
    } else commonList = 'not-needed';
  }

  const hint: DkimDiscovery['hint'] =
    hintResult === undefined
      ? 'not-asked'
      : hintResult.status === 'nxdomain'
        ? 'nxdomain'
        : hintResult.status === 'error'
          ? hintResult.error.code === 'budget-exhausted'
            ? 'not-asked'
            : 'error'
          : 'exists';
  const limited = discovery.lookups.filter((lookup) => lookup.limited).map((lookup) => lookup.selector);
  const outcomes: SelectorOutcome[] = [];
  for (const lookup of [...namedResults, ...discovery.lookups]) if (lookup.outcome) outcomes.push(lookup.outcome);

  const selectors = outcomes
    .filter((outcome) => outcome.result.source === 'named' || outcome.result.found || outcome.dnsFailed)
    .map((outcome) => outcome.result);
  const found = selectors.filter((result) => result.found);
  const failed = outcomes.filter((outcome) => outcome.dnsFailed);
  const namedFailed = failed.some((outcome) => outcome.result.source === 'named');
  const usable = found.some((result) => result.keyBits !== undefined && !result.revoked);

  // What a failed lookup means (docs/grading.md): a named selector, or every lookup failing, leaves DKIM unknown; so
  // does, when no key was found, a failed selector of a provider the domain's DNS names (that is where its key is
  // expected, so "no key" would rest on the failed lookup). A common selector whose probe failed while other lookups
  // answered does not — DKIM is judged from what answered, and the failure is an info finding.
  // A lookup answered: a probe that found nothing (no outcome kept), or any selector whose lookup did not fail.
  const answered = [...namedResults, ...discovery.lookups].some(
    (lookup) => !lookup.limited && (lookup.outcome === undefined || !lookup.outcome.dnsFailed),
  );
  const expectedFailed = discovery.lookups.some((lookup) => lookup.expected && lookup.outcome?.dnsFailed === true);
  const unknown =
    namedFailed || (found.length === 0 && (expectedFailed || (!answered && (failed.length > 0 || hint === 'error'))));
  for (const outcome of outcomes) {
    for (const finding of outcome.findings) {
      const downgrade = finding.id === 'dkim.dns-error' && outcome.result.source === 'discovered' && !unknown;
      findings.push(downgrade ? { ...finding, severity: 'info' } : finding);
    }
  }
  if (hint === 'error' && hintResult?.status === 'error' && failed.length === 0) {
    findings.push(
      createFinding(
        dkimFindings,
        'dkim.dns-error',
        `The lookup of _domainkey.${apex} failed (${hintResult.error.code}): ${hintResult.error.message}`,
        {
          at: `_domainkey.${apex}`,
          severity: unknown ? 'error' : 'info',
          ...describeDnsFailure(hintResult.error, 'TXT'),
        },
      ),
    );
  }
  if (limited.length > 0) {
    findings.push(
      createFinding(
        dkimFindings,
        'dkim.discovery-limited',
        `${limited.length} guessed selector${limited.length === 1 ? ' was' : 's were'} not looked up (${limited.join(', ')}): the request's DNS budget went to the lookups the verdict needs.`,
        { at: apex },
      ),
    );
  }
  if (found.length === 0 && !unknown) {
    const asked = [
      named.length > 0 ? `${named.length} named` : '',
      discovery.probed > 0 ? `${discovery.probed} guessed` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    const none = asked ? `none of the ${asked} selectors has a key` : 'no selector was named or guessed';
    const cut = limited.length > 0 ? ` (${limited.length} more not looked up)` : '';
    const searched =
      commonList === 'nxdomain'
        ? `_domainkey.${apex} does not exist (RFC 8020: nor does anything below it), so the common selectors were not probed${asked ? `, and ${none}` : ''}`
        : `${none}${cut}`;
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
  // A named selector without a key fails the section, so the summary says so beside the keys that were found.
  const namedMissing = selectors.filter((result) => result.source === 'named' && !result.found).map((r) => r.selector);
  const missingNote =
    namedMissing.length === 0
      ? ''
      : `; no key at the named selector${namedMissing.length === 1 ? '' : 's'} ${namedMissing.join(', ')}`;
  const summary = unknown
    ? `DKIM could not be checked for ${apex}: DNS lookups failed.`
    : found.length === 0
      ? `No DKIM key found for ${apex}.`
      : `${found.length} DKIM key record${found.length === 1 ? '' : 's'} found${usable ? '' : ', none usable'} (${found.map(describeKey).join(', ')})${missingNote}.`;
  return {
    status,
    summary,
    // One failure under many selectors (a resolver that is down) is one finding per cause, listing the names.
    findings: groupDnsFailures(findings),
    records: found.flatMap((result) => result.records),
    data: {
      selectors,
      discovery: {
        used: commonList === 'probed',
        hint,
        probed: discovery.probed,
        providers: discovery.providers.map((provider) => provider.id),
        commonList,
        limited,
        asked: [...discovery.asked].filter((selector) => !limited.includes(selector)),
      },
    },
  };
}
