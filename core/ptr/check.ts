import { mapBounded } from '../concurrency.js';
import { describeDnsFailure } from '../dns/failure.js';
import { canonicalName } from '../dns/name.js';
import { parseIp, sameAddress } from '../dns/reverse-name.js';
import type { LookupPriority, Resolver } from '../dns/types.js';
import { createFinding, type Finding, type Severity, sectionStatus } from '../finding.js';
import { ptrFindings } from './findings.js';
import { looksGeneric } from './generic-name.js';
import type { PtrAddressResult, PtrCheck, PtrForward, PtrSource } from './types.js';

/** Options of `checkPtr`. */
export interface CheckPtrOptions {
  resolver: Resolver;
  /** Where the address came from; an MX host's address that lacks PTR is a warning, a sending IP's an error. */
  source?: PtrSource;
  /** The MX host the address belongs to. */
  host?: string;
  /** How many PTR names are resolved forward; 10 by default. */
  maxNames?: number;
  /** The priority of its lookups for a session's scheduler: `leaf` by default (no other lookup waits on them). */
  priority?: LookupPriority;
}

export const DEFAULT_MAX_PTR_NAMES = 10;
const FORWARD_CONCURRENCY = 5;

/**
 * Checks the reverse DNS of one address, as a section: its PTR names (RFC 1035 §3.5, RFC 3596 §2.5), whether one of
 * them resolves back to it (forward-confirmed reverse DNS, RFC 8601 §3's "iprev"), and whether the name looks generic.
 * An input that is not an address gives a `ptr.invalid-ip` value and sends no query.
 */
export async function checkPtr(input: string, options: CheckPtrOptions): Promise<PtrCheck> {
  const { status, summary, findings, records, ...data } = await checkPtrAddress(input, options);
  return { status, summary, findings, records, data };
}

/** What `checkPtr` checks, as one flat item of the ptr section's `results` (its verdict beside its data). */
export async function checkPtrAddress(input: string, options: CheckPtrOptions): Promise<PtrAddressResult> {
  const { resolver } = options;
  const source = options.source ?? 'sending';
  const maxNames = options.maxNames ?? DEFAULT_MAX_PTR_NAMES;
  // Spreads come last in these literals: a literal that opens with a spread and goes on is a slow path in V8.
  const result = (fields: Omit<PtrAddressResult, 'input' | 'source' | 'host'>): PtrAddressResult => {
    const check: PtrAddressResult = { input, source, ...fields };
    if (options.host) check.host = options.host;
    return check;
  };
  const none = { records: [], names: [], skippedNames: 0, forward: [], fcrdns: false, generic: false };
  const parsed = parseIp(input);
  if (!parsed.ok) {
    const findings = [createFinding(ptrFindings, 'ptr.invalid-ip', parsed.error.message, { at: input })];
    return result({ error: parsed.error, status: 'fail', summary: parsed.error.message, findings, ...none });
  }
  const { ip, version, reverseName } = parsed.address;
  const head = { ip, version, reverseName };
  // What a sending IP without FCrDNS costs is rejection (the large receivers' rules); for an MX host, less.
  const missingSeverity: Severity = source === 'sending' ? 'error' : 'warning';
  const finding = (id: keyof typeof ptrFindings, message: string, severity?: Severity): Finding =>
    createFinding(ptrFindings, id, message, severity ? { at: ip, severity } : { at: ip });

  const priority = options.priority ?? 'leaf';
  const answer = await resolver.resolve(reverseName, 'PTR', { priority });
  if (answer.status === 'error') {
    const findings = [
      createFinding(ptrFindings, 'ptr.dns-error', `The PTR lookup of ${reverseName} failed (${answer.error.code}).`, {
        at: ip,
        ...describeDnsFailure(answer.error, 'PTR'),
      }),
    ];
    return result({
      status: 'error',
      summary: `Reverse DNS of ${ip} could not be checked: DNS failed.`,
      findings,
      ...none,
      ...head,
    });
  }
  if (answer.status !== 'answer') {
    const findings = [finding('ptr.missing', `${ip} has no PTR record (${reverseName}).`, missingSeverity)];
    return result({
      status: sectionStatus(findings),
      summary: `${ip} has no reverse DNS.`,
      findings,
      ...none,
      ...head,
    });
  }

  const all = [...new Set(answer.records.map((record) => canonicalName(record.data)))];
  const names = all.slice(0, maxNames);
  const records = all.map((name) => `${reverseName} PTR ${name}`);
  const type = version === 4 ? 'A' : 'AAAA';
  const forward = await mapBounded(names, FORWARD_CONCURRENCY, async (name): Promise<PtrForward> => {
    const result = await resolver.resolve(name, type, { priority });
    if (result.status === 'error') return { name, addresses: [], confirmed: false, error: result.error.code };
    const addresses = result.status === 'answer' ? result.records.map((record) => record.data) : [];
    const entry: PtrForward = { name, addresses, confirmed: addresses.some((address) => sameAddress(address, ip)) };
    // RFC 1912 §2.1: a PTR must point at a name with the address, not at an alias (CNAME) of one.
    if (result.cnames.length > 0) entry.alias = result.cnames.at(-1)!;
    return entry;
  });
  const confirmed = forward.find((entry) => entry.confirmed);
  const findings: Finding[] = [];
  if (all.length > 1) {
    findings.push(
      finding(
        'ptr.multiple',
        `${ip} has ${all.length} PTR records (${names.join(', ')}${all.length > names.length ? ', …' : ''}).`,
      ),
    );
  }
  const failed = forward.filter((entry) => entry.error);
  const unknown = !confirmed && failed.length > 0;
  if (unknown) {
    findings.push(
      createFinding(
        ptrFindings,
        'ptr.dns-error',
        `The forward lookup of ${failed.map((entry) => `${entry.name} (${entry.error})`).join(', ')} failed.`,
        { at: ip, ...(failed[0]?.error ? describeDnsFailure({ code: failed[0].error }) : {}) },
      ),
    );
  } else if (!confirmed) {
    const seen = forward.map((entry) => `${entry.name} → ${entry.addresses.join(', ') || 'no address'}`).join('; ');
    findings.push(finding('ptr.mismatch', `No PTR name of ${ip} resolves back to it (${seen}).`, missingSeverity));
  }
  for (const entry of forward) {
    if (entry.alias !== undefined) {
      findings.push(
        finding(
          'ptr.cname',
          `The PTR name ${entry.name} of ${ip} is an alias (CNAME) of ${entry.alias}; a PTR should name the host itself.`,
        ),
      );
    }
  }
  const judged = confirmed?.name ?? names[0]!;
  const generic = looksGeneric(judged, ip);
  if (generic) findings.push(finding('ptr.generic', `The PTR name ${judged} of ${ip} looks like a generic ISP name.`));

  const check = result({
    records,
    names,
    skippedNames: all.length - names.length,
    forward,
    fcrdns: confirmed !== undefined,
    generic,
    status: sectionStatus(findings, unknown),
    summary: confirmed
      ? `${ip} has forward-confirmed reverse DNS: ${confirmed.name}.`
      : unknown
        ? `Reverse DNS of ${ip} could not be confirmed: DNS failed.`
        : `${ip} points to ${names.join(', ')}, which does not resolve back to it.`,
    findings,
    ...head,
  });
  if (confirmed) check.confirmedName = confirmed.name;
  return check;
}
