import { utf8Length } from '../dns/name.js';
import { createLookupSession, type LookupBudget } from '../dns/session.js';
import type { RecordType, Resolver } from '../dns/types.js';
import { type ClientIp, inNetwork, parseClientIp } from './ip.js';
import { expandMacroString, type MacroContext, parseMacroString, truncateDomain } from './macro.js';
import { parseSpfShared } from './parse.js';
import { lookupSpfRecords } from './records.js';
import type { MacroString, SpfCheckInput, SpfCheckResult, SpfMechanism, SpfQualifier, SpfResult } from './types.js';

/** RFC 7208 §4.6.4 limits. */
export const SPF_LOOKUP_LIMIT = 10;
export const SPF_VOID_LIMIT = 2;
export const SPF_MX_LIMIT = 10;
export const SPF_PTR_LIMIT = 10;

/** The explanation of a fail when the record gives none (RFC 7208 §6.2 leaves it to the receiver). */
export const DEFAULT_EXPLANATION = '%{o} does not designate %{c} as a permitted sender (RFC 7208).';

/** Options of `checkHost`. */
export interface CheckHostOptions {
  resolver: Resolver;
  /** Bounds of the whole check on top of RFC 7208's limits (query count, wall time). */
  budget?: LookupBudget;
  /** A macro-string used as the explanation when a fail has none of its own. */
  defaultExplanation?: string;
  /** %{r}: the name of the receiving host (RFC 7208 §7.2). */
  receiver?: string;
  /** %{t}: seconds since the epoch; the current time when absent. */
  timestamp?: number;
}

const QUALIFIER_RESULT: Record<SpfQualifier, SpfResult> = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' };

/** A result that ends the evaluation at once: permerror or temperror (RFC 7208 §2.6.6, §2.6.7). */
class Abort {
  constructor(
    readonly result: 'permerror' | 'temperror',
    readonly reason: string,
  ) {}
}

interface Evaluation {
  result: SpfResult;
  mechanism?: SpfMechanism;
  mechanismDomain?: string;
  explanation?: string;
  reason?: string;
}

interface State {
  resolver: Resolver;
  client: ClientIp;
  context: Omit<MacroContext, 'domain'>;
  counts: { dns: number; void: number };
}

/** RFC 7208 §4.3: a domain must be a multi-label name with labels of 1–63 octets, within 253 octets. */
function isCheckableDomain(domain: string): boolean {
  const bare = domain.endsWith('.') ? domain.slice(0, -1) : domain;
  if (bare.startsWith('[') || !/^[\x21-\x7e]+$/.test(bare)) return false;
  return isQueryableName(bare);
}

/** A name built by macro expansion can be sent when its labels are 1–63 octets and it has two or more. */
function isQueryableName(name: string): boolean {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  if (bare.length === 0 || utf8Length(bare) > 253 || !bare.includes('.')) return false;
  return bare.split('.').every((label) => label.length > 0 && utf8Length(label) <= 63);
}

/**
 * Evaluates the SPF policy of a domain for a client IP and sender: check_host() of RFC 7208 §4, with every
 * mechanism (§5) and modifier (§6), macro expansion (§7), the limits of §4.6.4 (10 DNS-querying terms, 10 MX and
 * PTR names, 2 void lookups) and the explanation of a fail (§6.2). Never throws.
 */
export async function checkHost(input: SpfCheckInput, options: CheckHostOptions): Promise<SpfCheckResult> {
  const helo = input.helo ?? '';
  const rawSender = input.sender ?? '';
  // RFC 7208 §2.4: with an empty MAIL FROM, check "postmaster@" the HELO name.
  const sender = rawSender === '' ? `postmaster@${helo}` : rawSender;
  const at = sender.lastIndexOf('@');
  // RFC 7208 §4.3: a sender without a local-part is treated as "postmaster".
  const localPart = at <= 0 ? 'postmaster' : sender.slice(0, at);
  const senderDomain = at < 0 ? sender : sender.slice(at + 1);
  const domain = (input.domain ?? senderDomain).toLowerCase();
  const counts = { dns: 0, void: 0 };
  const done = (result: SpfResult, reason: string): SpfCheckResult => ({ result, domain, reason, lookups: counts });
  const client = parseClientIp(input.ip);
  if (!client) return done('permerror', `"${input.ip}" is not an IP address.`);
  if (!isCheckableDomain(domain)) return done('none', `"${domain}" is not a valid domain name (RFC 7208 §4.3).`);

  const session = createLookupSession(options.resolver, options.budget);
  const state: State = {
    resolver: session,
    client,
    counts,
    context: {
      sender: `${localPart}@${senderDomain}`,
      localPart,
      senderDomain,
      ipDotted: client.dotted,
      ipReadable: client.readable,
      ipVersion: client.family === 4 ? 'in-addr' : 'ip6',
      helo,
      receiver: options.receiver ?? 'unknown',
      timestamp: options.timestamp ?? Math.floor(Date.now() / 1000),
      validatedName: () => validatedName(state, domain),
    },
  };
  try {
    const evaluation = await evaluate(state, domain, true);
    const out: SpfCheckResult = { result: evaluation.result, domain, lookups: counts };
    if (evaluation.mechanism) {
      out.mechanism = evaluation.mechanism.text;
      if (evaluation.mechanismDomain) out.mechanismDomain = evaluation.mechanismDomain;
    }
    if (evaluation.result === 'fail') {
      out.explanation =
        evaluation.explanation ??
        (await expandExplanation(state, domain, options.defaultExplanation ?? DEFAULT_EXPLANATION));
    }
    if (evaluation.reason) out.reason = evaluation.reason;
    return out;
  } catch (error) {
    if (error instanceof Abort) return done(error.result, error.reason);
    throw error;
  } finally {
    session.close();
  }
}

/** check_host() on one domain (RFC 7208 §4.4–§4.7); `top` says whether its exp= may be used (§6.2). */
async function evaluate(state: State, domain: string, top: boolean): Promise<Evaluation> {
  const lookup = await lookupSpfRecords(state.resolver, domain);
  if (lookup.status === 'error')
    throw new Abort('temperror', `TXT lookup of ${domain} failed: ${lookup.error.message}`);
  if (lookup.status === 'none') return { result: 'none', reason: `${domain} has no SPF record.` };
  if (lookup.records.length > 1) throw new Abort('permerror', `${domain} has ${lookup.records.length} SPF records.`);
  const parsed = parseSpfShared(lookup.records[0]!.text);
  if (!parsed.ok) throw new Abort('permerror', `The SPF record of ${domain} is invalid: ${parsed.error.message}`);
  const { record } = parsed;
  for (const mechanism of record.mechanisms) {
    if (await matches(state, domain, mechanism)) {
      const result = QUALIFIER_RESULT[mechanism.qualifier];
      const evaluation: Evaluation = { result, mechanism, mechanismDomain: domain };
      if (result === 'fail' && top && record.exp) {
        const explanation = await explain(state, domain, record.exp.value);
        if (explanation !== undefined) evaluation.explanation = explanation;
      }
      return evaluation;
    }
  }
  // RFC 7208 §6.1: redirect applies when nothing matched, and is ignored beside an "all".
  if (record.redirect && !record.mechanisms.some((mechanism) => mechanism.name === 'all')) {
    countLookup(state);
    const target = await targetName(state, domain, record.redirect.value);
    if (target === undefined) throw new Abort('permerror', `redirect= of ${domain} expands to an invalid name.`);
    const redirected = await evaluate(state, target, top);
    // RFC 7208 §6.1: a redirect to a domain without an SPF record is a permerror.
    if (redirected.result === 'none') throw new Abort('permerror', `redirect=${target}: ${target} has no SPF record.`);
    return redirected;
  }
  // RFC 7208 §4.7: no match and no redirect is neutral.
  return { result: 'neutral' };
}

/** RFC 7208 §4.6.4: each DNS-querying term counts; the 11th is a permerror. */
function countLookup(state: State) {
  state.counts.dns++;
  if (state.counts.dns > SPF_LOOKUP_LIMIT) {
    throw new Abort('permerror', `More than ${SPF_LOOKUP_LIMIT} DNS-querying terms (RFC 7208 §4.6.4).`);
  }
}

/** RFC 7208 §4.6.4: a term whose lookup finds nothing is void; the third one is a permerror. */
function countVoid(state: State) {
  state.counts.void++;
  if (state.counts.void > SPF_VOID_LIMIT) {
    throw new Abort('permerror', `More than ${SPF_VOID_LIMIT} void lookups (RFC 7208 §4.6.4).`);
  }
}

/** The target of a term: its expanded domain-spec, or the current domain (RFC 7208 §4.8). */
async function targetName(state: State, domain: string, spec: MacroString | undefined): Promise<string | undefined> {
  if (!spec) return domain;
  const expanded = truncateDomain(await expandMacroString(spec, { ...state.context, domain }));
  return isQueryableName(expanded) ? expanded.toLowerCase() : undefined;
}

const addressType = (state: State): RecordType => (state.client.family === 4 ? 'A' : 'AAAA');

/** Looks up addresses of `name`; undefined when there are none (void). */
async function addresses(state: State, name: string, type: RecordType): Promise<string[] | undefined> {
  const answer = await state.resolver.resolve(name, type);
  if (answer.status === 'error')
    throw new Abort('temperror', `${type} lookup of ${name} failed: ${answer.error.message}`);
  if (answer.status !== 'answer') return undefined;
  return answer.records.map((record) => String(record.data));
}

async function matches(state: State, domain: string, mechanism: SpfMechanism): Promise<boolean> {
  const { client } = state;
  switch (mechanism.name) {
    case 'all':
      return true;
    case 'ip4':
    case 'ip6': {
      const network = mechanism.network!;
      if (network.family !== client.family) return false;
      return inNetwork(client, network.address, network.prefix);
    }
    case 'a': {
      countLookup(state);
      const target = await targetName(state, domain, mechanism.domainSpec);
      if (target === undefined) return false;
      const found = await addresses(state, target, addressType(state));
      if (!found) {
        countVoid(state);
        return false;
      }
      return found.some((address) => inNetwork(client, address, prefixFor(state, mechanism)));
    }
    case 'mx': {
      countLookup(state);
      const target = await targetName(state, domain, mechanism.domainSpec);
      if (target === undefined) return false;
      const answer = await state.resolver.resolve(target, 'MX');
      if (answer.status === 'error')
        throw new Abort('temperror', `MX lookup of ${target} failed: ${answer.error.message}`);
      if (answer.status !== 'answer') {
        countVoid(state);
        return false;
      }
      const hosts = answer.records.map((record) => record.data.exchange).filter((host) => host !== '');
      // RFC 7208 §4.6.4: more than 10 MX names is a permerror.
      if (hosts.length > SPF_MX_LIMIT) {
        throw new Abort('permerror', `${target} has ${hosts.length} MX names; the limit is ${SPF_MX_LIMIT}.`);
      }
      const results = await Promise.all(hosts.map((host) => addresses(state, host, addressType(state))));
      return results.some((found) => found?.some((address) => inNetwork(client, address, prefixFor(state, mechanism))));
    }
    case 'ptr': {
      countLookup(state);
      const target = await targetName(state, domain, mechanism.domainSpec);
      if (target === undefined) return false;
      const names = await validatedNames(state);
      if (names === 'void') {
        countVoid(state);
        return false;
      }
      return names.some((name) => name === target || name.endsWith(`.${target}`));
    }
    case 'exists': {
      countLookup(state);
      const target = await targetName(state, domain, mechanism.domainSpec);
      if (target === undefined) return false;
      // RFC 7208 §5.7: exists always looks up A, whatever the client's address family.
      const found = await addresses(state, target, 'A');
      if (!found) countVoid(state);
      return found !== undefined;
    }
    case 'include': {
      countLookup(state);
      const target = await targetName(state, domain, mechanism.domainSpec);
      if (target === undefined) throw new Abort('permerror', `${mechanism.text} expands to an invalid name.`);
      const included = await evaluate(state, target, false);
      // RFC 7208 §5.2: the result of the included check decides whether include matches.
      switch (included.result) {
        case 'pass':
          return true;
        case 'fail':
        case 'softfail':
        case 'neutral':
          return false;
        case 'temperror':
          throw new Abort('temperror', included.reason ?? `include:${target} failed.`);
        case 'permerror':
        case 'none':
          throw new Abort('permerror', `include:${target}: ${included.reason ?? 'no SPF record'}`);
      }
    }
  }
}

function prefixFor(state: State, mechanism: SpfMechanism): number {
  return state.client.family === 4 ? (mechanism.cidr4 ?? 32) : (mechanism.cidr6 ?? 128);
}

/**
 * The client's host names whose addresses lead back to it (RFC 7208 §5.5): PTR names, the first 10 only, each
 * kept when one of its A/AAAA records is the client address. DNS errors skip a name; a failed PTR lookup matches
 * nothing.
 */
async function validatedNames(state: State): Promise<string[] | 'void'> {
  const answer = await state.resolver.resolve(state.client.reverseName, 'PTR');
  if (answer.status === 'nxdomain' || answer.status === 'nodata') return 'void';
  if (answer.status !== 'answer') return [];
  const names = answer.records.slice(0, SPF_PTR_LIMIT).map((record) => record.data.toLowerCase());
  const checked = await Promise.all(
    names.map(async (name) => {
      const found = await state.resolver.resolve(name, addressType(state));
      if (found.status !== 'answer') return undefined;
      const ok = found.records.some((record) =>
        inNetwork(state.client, String(record.data), state.client.family === 4 ? 32 : 128),
      );
      return ok ? name : undefined;
    }),
  );
  return checked.filter((name): name is string => name !== undefined);
}

/** %{p} (RFC 7208 §7.3): a validated name, preferring the domain itself or one below it; else "unknown". */
async function validatedName(state: State, domain: string): Promise<string> {
  const names = await validatedNames(state);
  if (names === 'void' || names.length === 0) return 'unknown';
  return names.find((name) => name === domain) ?? names.find((name) => name.endsWith(`.${domain}`)) ?? names[0]!;
}

/** RFC 7208 §6.2: the explanation at the exp= target; any problem there means "no explanation". */
async function explain(state: State, domain: string, spec: MacroString): Promise<string | undefined> {
  try {
    const target = await targetName(state, domain, spec);
    if (target === undefined) return undefined;
    const answer = await state.resolver.resolve(target, 'TXT');
    if (answer.status !== 'answer' || answer.records.length !== 1) return undefined;
    return await expandExplanation(state, domain, answer.records[0]!.data.text);
  } catch (error) {
    if (error instanceof Abort) return undefined;
    throw error;
  }
}

async function expandExplanation(state: State, domain: string, text: string): Promise<string | undefined> {
  const parsed = parseMacroString(text, { explanation: true });
  if (!parsed.ok) return undefined;
  return expandMacroString(parsed.value, { ...state.context, domain });
}
