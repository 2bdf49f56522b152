import { mapBounded } from '../concurrency.js';
import { describeDnsFailure } from '../dns/failure.js';
import { canonicalName } from '../dns/name.js';
import type { DnsResult, Resolver } from '../dns/types.js';
import { createFinding, type Finding, type Severity, sectionStatus } from '../finding.js';
import { publishedMxHostOf } from '../providers.js';
import { isAddressLiteral, isPublicAddress } from './address.js';
import { mxFindings } from './findings.js';
import type { MxCheck, MxCheckData, MxHost } from './types.js';

/** Options of `checkMx`. */
export interface CheckMxOptions {
  resolver: Resolver;
  /** How many hosts (lowest preference first) get their addresses looked up; 10 by default. */
  maxHosts?: number;
  /**
   * Look up the addresses of the MX hosts a recognised mailbox provider publishes for every customer too (default
   * false): the provider runs them and keeps them resolving, so nothing there is the domain owner's to fix.
   */
  checkProviderHosts?: boolean;
}

export const DEFAULT_MAX_MX_HOSTS = 10;
// Every checked host (at most `maxHosts`, 10 by default) in one round trip.
const HOST_CONCURRENCY = 10;

const addressesOf = (result: DnsResult<'A'> | DnsResult<'AAAA'>) =>
  result.status === 'answer' ? result.records.map((record) => record.data) : [];

/** Looks up one host's A and AAAA records. */
async function lookupHost(exchange: string, preference: number, resolver: Resolver): Promise<MxHost> {
  const [a, aaaa] = await Promise.all([resolver.resolve(exchange, 'A'), resolver.resolve(exchange, 'AAAA')]);
  const host: MxHost = { exchange, preference, addresses: [...addressesOf(a), ...addressesOf(aaaa)] };
  const failed = [a, aaaa].find((result) => result.status === 'error');
  if (failed?.status === 'error') host.error = failed.error.code;
  const chain = [a, aaaa].find((result) => result.status !== 'error' && result.cnames.length > 0);
  if (chain && chain.status !== 'error') host.cnameTarget = chain.cnames.at(-1)!;
  return host;
}

/** The findings about the hosts' addresses; whether the address lookups failed. */
function judgeHosts(hosts: MxHost[], implicit: boolean): { findings: Finding[]; dnsFailed: boolean } {
  const findings: Finding[] = [];
  const reachable = hosts.some((host) => host.addresses.length > 0 || host.provider);
  let dnsFailed = false;
  for (const host of hosts) {
    const at = host.exchange;
    // A provider's published host was not looked up: nothing is known of its addresses, and nothing is the owner's.
    if (host.provider) continue;
    if (host.error) {
      dnsFailed ||= host.addresses.length === 0;
      findings.push(
        createFinding(mxFindings, 'mx.dns-error', `The address lookup of ${at} failed (${host.error}).`, {
          at,
          severity: reachable ? 'warning' : 'error',
          ...describeDnsFailure({ code: host.error }),
        }),
      );
      continue;
    }
    if (!implicit && host.addresses.length === 0) {
      // RFC 5321 §5.1: an MX that cannot be resolved to an address is unusable; all of them unusable is an error.
      const severity: Severity = reachable ? 'warning' : 'error';
      findings.push(createFinding(mxFindings, 'mx.no-address', `${at} has no A or AAAA record.`, { at, severity }));
    }
    if (host.cnameTarget && !implicit) {
      findings.push(
        createFinding(mxFindings, 'mx.cname', `${at} is an alias of ${host.cnameTarget}; an MX must name the host.`, {
          at,
        }),
      );
    }
    const unreachable = host.addresses.filter((address) => !isPublicAddress(address));
    if (unreachable.length > 0) {
      findings.push(
        createFinding(
          mxFindings,
          'mx.non-public-address',
          `${at} resolves to ${unreachable.join(', ')}, not a public internet address.`,
          { at },
        ),
      );
    }
  }
  return { findings, dnsFailed };
}

/**
 * Checks where a domain receives mail (RFC 5321 §5.1): its MX records, a null MX (RFC 7505) or the implicit MX, and
 * the A/AAAA addresses of at most `maxHosts` exchanges, looked up concurrently.
 */
export async function checkMx(domain: string, options: CheckMxOptions): Promise<MxCheck> {
  const { resolver } = options;
  const maxHosts = options.maxHosts ?? DEFAULT_MAX_MX_HOSTS;
  const apex = canonicalName(domain);
  // One literal with every field, not a spread of a base (a literal that opens with a spread is a slow path in V8).
  const result = (
    status: MxCheck['status'],
    summary: string,
    findings: Finding[],
    fields: Partial<MxCheckData> & { records?: string[] } = {},
  ): MxCheck => ({
    status,
    summary,
    findings,
    records: fields.records ?? [],
    data: {
      nullMx: fields.nullMx ?? false,
      implicit: fields.implicit ?? false,
      hosts: fields.hosts ?? [],
      skippedHosts: fields.skippedHosts ?? 0,
    },
  });
  const answer = await resolver.resolve(apex, 'MX');

  if (answer.status === 'error') {
    const findings = [
      createFinding(mxFindings, 'mx.dns-error', `The MX lookup of ${apex} failed (${answer.error.code}).`, {
        at: apex,
        ...describeDnsFailure(answer.error, 'MX'),
      }),
    ];
    return result('error', `MX could not be checked for ${apex}: DNS failed.`, findings);
  }

  if (answer.status !== 'answer') {
    if (answer.status === 'nxdomain') {
      const findings = [createFinding(mxFindings, 'mx.missing', `${apex} does not exist in DNS.`, { at: apex })];
      return result(sectionStatus(findings), `${apex} does not exist.`, findings);
    }
    // RFC 5321 §5.1: with no MX, the domain itself is the mail exchanger when it has an address (implicit MX).
    const host = await lookupHost(apex, 0, resolver);
    if (host.error && host.addresses.length === 0) {
      const findings = [
        createFinding(mxFindings, 'mx.dns-error', `The address lookup of ${apex} failed (${host.error}).`, {
          at: apex,
          ...describeDnsFailure({ code: host.error }),
        }),
      ];
      return result('error', `MX could not be checked for ${apex}: DNS failed.`, findings);
    }
    if (host.addresses.length === 0) {
      const findings = [
        createFinding(mxFindings, 'mx.missing', `${apex} has no MX record and no address: it cannot receive mail.`, {
          at: apex,
        }),
      ];
      return result(sectionStatus(findings), `${apex} has no MX record.`, findings);
    }
    const judged = judgeHosts([host], true);
    const findings = [
      createFinding(
        mxFindings,
        'mx.implicit',
        `${apex} has no MX record, so mail goes to its own address (${host.addresses.join(', ')}).`,
        { at: apex },
      ),
      ...judged.findings,
    ];
    return result(
      sectionStatus(findings, judged.dnsFailed),
      `${apex} has no MX record; mail goes to ${apex} itself.`,
      findings,
      { implicit: true, hosts: [host] },
    );
  }

  const mx = answer.records
    .map((record) => record.data)
    // Code-unit order breaks ties: the same everywhere, unlike localeCompare (which is also slow).
    .sort((a, b) => a.preference - b.preference || (a.exchange < b.exchange ? -1 : a.exchange > b.exchange ? 1 : 0));
  const records = mx.map((record) => `${record.preference} ${record.exchange === '' ? '.' : record.exchange}`);
  const nulls = mx.filter((record) => record.exchange === '');
  const exchanges = mx.filter((record) => record.exchange !== '');
  const findings: Finding[] = [];
  if (nulls.length > 0 && exchanges.length === 0) {
    // RFC 7505 §3: the null MX is "0 ."; another preference still says "no mail", but is not the published form.
    if (nulls.some((record) => record.preference !== 0)) {
      findings.push(
        createFinding(mxFindings, 'mx.null-invalid', `The null MX of ${apex} has preference ${nulls[0]!.preference}.`, {
          at: apex,
          severity: 'warning',
        }),
      );
    }
    findings.push(createFinding(mxFindings, 'mx.null', `${apex} declares it accepts no mail (null MX).`, { at: apex }));
    return result(sectionStatus(findings), `${apex} accepts no mail (null MX).`, findings, { records, nullMx: true });
  }
  if (nulls.length > 0) {
    // RFC 7505 §3: a domain that advertises a null MX MUST NOT advertise any other MX record.
    findings.push(
      createFinding(mxFindings, 'mx.null-invalid', `${apex} publishes a null MX next to other MX records.`, {
        at: apex,
      }),
    );
  }
  const literals = exchanges.filter((record) => isAddressLiteral(record.exchange));
  for (const literal of literals) {
    findings.push(
      createFinding(mxFindings, 'mx.address-literal', `The MX "${literal.exchange}" is an address, not a host name.`, {
        at: literal.exchange,
      }),
    );
  }
  const named = exchanges.filter((record) => !isAddressLiteral(record.exchange));
  const checked = named.slice(0, maxHosts);
  const skippedHosts = named.length - checked.length;
  if (skippedHosts > 0) {
    findings.push(
      createFinding(
        mxFindings,
        'mx.too-many',
        `${apex} has ${exchanges.length} MX records; the first ${maxHosts} by preference were checked.`,
        { at: apex },
      ),
    );
  }
  const hosts = await mapBounded(checked, HOST_CONCURRENCY, async (record): Promise<MxHost> => {
    const provider = options.checkProviderHosts ? undefined : publishedMxHostOf(record.exchange);
    if (!provider) return lookupHost(record.exchange, record.preference, resolver);
    return { exchange: record.exchange, preference: record.preference, addresses: [], provider: provider.name };
  });
  const judged = judgeHosts(hosts, false);
  findings.push(...judged.findings);
  const left = hosts.filter((host) => host.provider);
  const providers = [...new Set(left.map((host) => host.provider!))];
  for (const provider of providers) {
    const names = left.filter((host) => host.provider === provider).map((host) => host.exchange);
    const one = names.length === 1;
    findings.push(
      createFinding(
        mxFindings,
        'mx.provider-hosts',
        `The addresses of ${one ? 'the MX host' : `${names.length} MX hosts`} ${names.join(', ')} were not looked up: ${provider} publishes ${one ? 'this name' : 'these names'} for every customer and keeps ${one ? 'it' : 'them'} resolving; the reverse DNS of ${one ? 'its' : 'their'} addresses is ${provider}'s to keep too.`,
        { at: names[0]! },
      ),
    );
  }
  const own = hosts.filter((host) => !host.provider);
  const reachable = own.filter((host) => host.addresses.length > 0).length;
  const failed = judged.dnsFailed && reachable === 0 && left.length === 0;
  const parts: string[] = [];
  if (left.length > 0)
    parts.push(`${left.length} published by ${providers.join(' and ')} (addresses left to the provider)`);
  if (own.length > 0 || left.length === 0) {
    parts.push(
      `${reachable} of ${own.length} ${left.length > 0 ? 'other ' : ''}host${own.length === 1 ? '' : 's'} checked ${own.length === 1 ? 'resolves' : 'resolve'} to an address`,
    );
  }
  return result(
    sectionStatus(findings, failed),
    failed
      ? `MX could not be checked for ${apex}: DNS failed for its hosts.`
      : `${apex} has ${exchanges.length} MX record${exchanges.length === 1 ? '' : 's'}; ${parts.join('; ')}.`,
    findings,
    { records, hosts, skippedHosts },
  );
}
