import { mapBounded } from '../concurrency.js';
import { describeDnsFailure, describeDnsFailureCause } from '../dns/failure.js';
import type { DnsResult, FetchBudget, LookupOptions, Resolver } from '../dns/types.js';
import { createFinding, type Finding, type SectionStatus, sectionStatus } from '../finding.js';
import type { HttpsFetcher } from '../https.js';
import { judgeTlsaSet } from './dane.js';
import { type TlsFindingId, tlsFindings } from './findings.js';
import { isMtaStsCandidate, matchesMxPattern, parseMtaStsPolicy, parseMtaStsRecord } from './mta-sts.js';
import { isTlsRptCandidate, parseTlsRptRecord, tlsRptUriProblem } from './tls-rpt.js';
import type { DaneData, DaneHost, MtaStsData, TlsData, TlsMailHosts, TlsRptData, TlsSection } from './types.js';

/** Options of `checkTls`. */
export interface CheckTlsOptions {
  resolver: Resolver;
  /** Fetches the MTA-STS policy (RFC 8461 §3.3). */
  fetcher: HttpsFetcher;
  /** The domain's MX hosts, as the mx section found them. */
  mailHosts: TlsMailHosts;
  /** How many MX hosts get a TLSA lookup; 10 by default. */
  maxHosts?: number;
  /** The request's count of outbound fetches (the Worker's subrequests): the policy GET takes one. */
  fetchBudget?: FetchBudget;
}

// Nothing else waits on these lookups (a scheduler runs the ones others wait on first).
const LEAF: LookupOptions = { priority: 'leaf' };

export const DEFAULT_MAX_TLS_HOSTS = 10;

/**
 * The mail hosts of an mx check as the tls section takes them (tls/ does not import mx/): the exchange names, or
 * unknown when the MX lookup itself failed (a section in `error` without hosts).
 */
export function tlsMailHostsFromMx(mx: {
  status: SectionStatus;
  nullMx: boolean;
  hosts: ReadonlyArray<{ exchange: string }>;
  /** The mx section's findings: a failed lookup's `cause` says who failed when the hosts are unknown. */
  findings?: readonly Finding[];
}): TlsMailHosts {
  const unknown = mx.status === 'error' && mx.hosts.length === 0;
  const cause = unknown ? mx.findings?.find((finding) => finding.cause !== undefined)?.cause : undefined;
  return {
    unknown,
    ...(cause ? { cause } : {}),
    nullMx: mx.nullMx,
    hosts: mx.hosts.map((host) => host.exchange),
  };
}

/** The URL of a domain's MTA-STS policy (RFC 8461 §3.2). */
export function mtaStsPolicyUrl(domain: string): string {
  return `https://mta-sts.${domain}/.well-known/mta-sts.txt`;
}

type Push = (id: TlsFindingId, message: string, extra?: Parameters<typeof createFinding>[3]) => void;

const txtTexts = (result: DnsResult<'TXT'>) =>
  result.status === 'answer' ? result.records.map((r) => r.data.text) : [];

/** MTA-STS: the TXT record, the policy fetch, the policy, and its coverage of the MX hosts (RFC 8461 §3–§5). */
async function checkMtaSts(
  domain: string,
  txt: DnsResult<'TXT'>,
  options: CheckTlsOptions,
  push: Push,
  records: string[],
): Promise<{ data: MtaStsData; failed: boolean }> {
  const data: MtaStsData = { coverage: [] };
  const name = `_mta-sts.${domain}`;
  if (txt.status === 'error') {
    push('mtasts.dns-error', `The TXT lookup of ${name} failed (${txt.error.code}).`, {
      at: name,
      ...describeDnsFailure(txt.error, 'TXT'),
    });
    data.error = txt.error.code;
    return { data, failed: true };
  }
  // RFC 8461 §3.1: records that do not begin with the version are discarded; the rest must be exactly one.
  const candidates = txtTexts(txt).filter(isMtaStsCandidate);
  for (const text of candidates) records.push(`${name} TXT ${text}`);
  if (candidates.length === 0) {
    push('mtasts.missing', `${domain} publishes no MTA-STS record at ${name}.`, { at: name });
    return { data, failed: false };
  }
  if (candidates.length > 1) {
    push('mtasts.multiple-records', `${name} has ${candidates.length} MTA-STS records: senders use none of them.`, {
      at: name,
    });
    return { data, failed: false };
  }
  const text = candidates[0]!;
  const parsed = parseMtaStsRecord(text);
  if (!parsed.ok) {
    push('mtasts.record-invalid', `The MTA-STS record "${text}" is not valid: ${parsed.error}.`, { at: name });
    return { data, failed: false };
  }
  data.record = text;
  data.id = parsed.record.id;

  const url = mtaStsPolicyUrl(domain);
  const response = await options.fetcher(url, options.fetchBudget ? { fetchBudget: options.fetchBudget } : {});
  const host = `mta-sts.${domain}`;
  if (!response.ok) {
    data.fetch = { url, error: response.error.code };
    if (response.error.transient) {
      push('mtasts.policy-fetch-error', `The policy at ${url} could not be fetched: ${response.error.message}`, {
        at: url,
      });
      return { data, failed: true };
    }
    if (response.error.code === 'certificate' || response.error.code === 'tls') {
      push('mtasts.policy-certificate', `${response.error.message} Senders fetch no policy from ${host}.`, { at: url });
    } else {
      push('mtasts.policy-unreachable', `The policy at ${url} cannot be fetched: ${response.error.message}`, {
        at: url,
      });
    }
    return { data, failed: false };
  }
  data.fetch = { url, status: response.status, mediaType: response.mediaType };
  if (response.location !== undefined) data.fetch.location = response.location;
  if (response.status >= 300 && response.status < 400) {
    push(
      'mtasts.policy-unreachable',
      `${url} answers HTTP ${response.status}, a redirect${response.location ? ` to ${response.location}` : ''}: senders do not follow redirects.`,
      { at: url },
    );
    return { data, failed: false };
  }
  if (response.status !== 200) {
    push('mtasts.policy-unreachable', `${url} answers HTTP ${response.status}, not 200.`, { at: url });
    return { data, failed: false };
  }
  if (response.mediaType !== 'text/plain') {
    push(
      'mtasts.policy-media-type',
      `${url} is served as ${response.contentType ?? 'no Content-Type'}, not text/plain: senders that check ignore it.`,
      { at: url },
    );
  }
  const body = response.body.trim();
  if (body) records.push(`${url}: ${body.split(/\r?\n/).join('; ')}`);
  const policy = parseMtaStsPolicy(response.body);
  for (const problem of policy.problems) push(problem.id as TlsFindingId, problem.message, { at: url });
  if (!policy.ok) return { data, failed: false };
  data.policy = policy.policy;
  const { mode, mx } = policy.policy;
  if (mode === 'none') {
    push('mtasts.mode-none', `The policy of ${domain} is in mode none: senders treat the domain as having no policy.`, {
      at: url,
    });
    return { data, failed: false };
  }
  if (mode === 'testing') {
    push('mtasts.mode-testing', `The policy of ${domain} is in testing mode: failures are reported, not refused.`, {
      at: url,
    });
  }
  for (const mxHost of options.mailHosts.hosts) {
    const pattern = mx.find((candidate) => matchesMxPattern(candidate, mxHost));
    data.coverage.push(pattern === undefined ? { host: mxHost } : { host: mxHost, pattern });
    if (pattern !== undefined) continue;
    // RFC 8461 §5: in enforce mode, compliant senders do not deliver to a host that fails MX matching.
    push(
      'mtasts.mx-not-covered',
      mode === 'enforce'
        ? `The MX host ${mxHost} matches no mx pattern of the enforce policy (${mx.join(', ')}): compliant senders refuse to deliver to it.`
        : `The MX host ${mxHost} matches no mx pattern of the testing policy (${mx.join(', ')}): in enforce mode, senders would refuse it.`,
      mode === 'enforce' ? { at: mxHost } : { at: mxHost, severity: 'warning' },
    );
  }
  return { data, failed: false };
}

/** TLS-RPT: one `_smtp._tls` record with usable report URIs (RFC 8460 §3). */
function checkTlsRpt(domain: string, txt: DnsResult<'TXT'>, push: Push, records: string[]): TlsRptData {
  const name = `_smtp._tls.${domain}`;
  const data: TlsRptData = { rua: [] };
  if (txt.status === 'error') {
    push('tlsrpt.dns-error', `The TXT lookup of ${name} failed (${txt.error.code}).`, {
      at: name,
      ...describeDnsFailure(txt.error, 'TXT'),
    });
    data.error = txt.error.code;
    return data;
  }
  const candidates = txtTexts(txt).filter(isTlsRptCandidate);
  for (const text of candidates) records.push(`${name} TXT ${text}`);
  if (candidates.length === 0) return data;
  if (candidates.length > 1) {
    push('tlsrpt.multiple-records', `${name} has ${candidates.length} TLS-RPT records: senders send no reports.`, {
      at: name,
    });
    return data;
  }
  const text = candidates[0]!;
  const parsed = parseTlsRptRecord(text);
  if (!parsed.ok) {
    push('tlsrpt.record-invalid', `The TLS-RPT record "${text}" is not valid: ${parsed.error}.`, { at: name });
    return data;
  }
  data.record = text;
  data.rua = parsed.record.rua;
  for (const uri of parsed.record.rua) {
    const problem = tlsRptUriProblem(uri);
    if (problem) push('tlsrpt.uri-invalid', `The TLS-RPT report URI ${problem}.`, { at: name });
  }
  return data;
}

/** DANE: the TLSA RRset at `_25._tcp.<host>` of each MX host, and whether DNSSEC validated it (RFC 7672 §2.2.3). */
async function checkDane(hosts: readonly string[], resolver: Resolver, push: Push, records: string[]) {
  type Pending = Parameters<Push>;
  const results = await mapBounded(hosts, DEFAULT_MAX_TLS_HOSTS, async (host) => {
    const name = `_25._tcp.${host}`;
    // Findings and records wait here, so the section lists them in host order however the lookups finish.
    const found: Pending[] = [];
    const lines: string[] = [];
    const answer = await resolver.resolve(name, 'TLSA', LEAF);
    if (answer.status === 'error') {
      // Unknown, never "no DANE": a DANE sender treats the host as unreachable while this lookup fails (§2.1.2).
      found.push([
        'dane.dns-error',
        `The TLSA lookup of ${name} failed (${answer.error.code}): DANE for ${host} is unknown.`,
        { at: name, ...describeDnsFailure(answer.error, 'TLSA') },
      ]);
      const dane: DaneHost = { host, name, state: 'unknown', records: [], error: answer.error.code };
      return { dane, found, lines };
    }
    if (answer.status !== 'answer')
      return { dane: { host, name, state: 'none', records: [] } as DaneHost, found, lines };
    const judged = judgeTlsaSet(answer.records.map((record) => record.data));
    for (const info of judged.infos) {
      lines.push(`${name} TLSA ${info.usage} ${info.selector} ${info.matchingType} ${info.data}`);
    }
    for (const problem of judged.problems) found.push([problem.id as TlsFindingId, problem.message, { at: name }]);
    if (!answer.authenticated) {
      found.push([
        'dane.no-dnssec',
        `The TLSA records at ${name} are not DNSSEC-validated (no AD flag): DANE senders ignore them, so they protect nothing.`,
        { at: name },
      ]);
    }
    const dane: DaneHost = { host, name, state: answer.authenticated ? 'secure' : 'insecure', records: judged.infos };
    return { dane, found, lines };
  });
  for (const result of results) {
    for (const finding of result.found) push(...finding);
    records.push(...result.lines);
  }
  return results.map((result) => result.dane);
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** One sentence on the section, from its parts. */
function summarize(domain: string, data: TlsData, findings: Finding[], failed: boolean, mxUnknown: boolean): string {
  const parts: string[] = [];
  const { policy, coverage } = data.mtaSts;
  if (data.mtaSts.error) parts.push('MTA-STS is unknown (DNS failed)');
  else if (policy) {
    const covered = coverage.filter((entry) => entry.pattern !== undefined).length;
    parts.push(
      policy.mode === 'none'
        ? 'MTA-STS is in mode none'
        : `MTA-STS ${policy.mode} covers ${covered} of ${plural(coverage.length, 'MX host')}`,
    );
  } else if (data.mtaSts.record) parts.push('MTA-STS is published but no usable policy was fetched');
  else parts.push('no MTA-STS');
  if (data.tlsRpt.error) parts.push('TLS-RPT is unknown');
  else if (data.tlsRpt.record)
    parts.push(`TLS-RPT reports to ${plural(data.tlsRpt.rua.length, 'address', 'addresses')}`);
  else parts.push('no TLS-RPT');
  const hosts = data.dane.hosts;
  const secure = hosts.filter((host) => host.state === 'secure').length;
  const insecure = hosts.filter((host) => host.state === 'insecure').length;
  const unknown = hosts.filter((host) => host.state === 'unknown').length;
  // With the MX hosts unknown, so is whether any of them publishes TLSA records: never "no DANE".
  if (mxUnknown) parts.push('DANE unknown (the MX hosts could not be looked up)');
  else if (unknown > 0) parts.push(`DANE unknown for ${plural(unknown, 'MX host')} (TLSA lookup failed)`);
  else if (secure + insecure === 0) parts.push('no DANE');
  else {
    parts.push(
      `DANE: ${secure} of ${plural(hosts.length, 'MX host')} with DNSSEC-validated TLSA${insecure > 0 ? `, ${insecure} without DNSSEC` : ''}`,
    );
  }
  const blocked = findings.filter((f) => f.id === 'mtasts.mx-not-covered' && f.severity === 'error');
  const lead = blocked.length
    ? `Compliant senders refuse mail to ${blocked.map((f) => f.at).join(', ')} of ${domain}: `
    : `${domain}: `;
  return `${lead}${parts.join('; ')}${failed ? '; some lookups failed' : ''}.`;
}

/**
 * Checks a domain's inbound mail transport security — MTA-STS (RFC 8461: the `_mta-sts` TXT record, the policy fetched
 * over HTTPS, its mode, `max_age` and the MX hosts its patterns cover), TLS-RPT (RFC 8460 §3) and DANE (RFC 7672:
 * TLSA records at `_25._tcp.<mx host>`, DNSSEC-validated) — as the report's tls section. Lookups that fail make the
 * section `error`: unknown, never "not published".
 */
export async function checkTls(domain: string, options: CheckTlsOptions): Promise<TlsSection> {
  const findings: Finding[] = [];
  const records: string[] = [];
  const push: Push = (id, message, extra = {}) => findings.push(createFinding(tlsFindings, id, message, extra));
  const { mailHosts, resolver } = options;
  const empty: TlsData = { mtaSts: { coverage: [] }, tlsRpt: { rua: [] }, dane: { hosts: [] }, skippedHosts: 0 };
  if (!mailHosts.unknown && mailHosts.nullMx) {
    return {
      status: 'pass',
      summary: `${domain} takes no mail (null MX): inbound TLS does not apply.`,
      findings,
      records,
      data: empty,
    };
  }
  const maxHosts = options.maxHosts ?? DEFAULT_MAX_TLS_HOSTS;
  const hosts = mailHosts.unknown ? [] : [...new Set(mailHosts.hosts)].slice(0, maxHosts);
  const [mtaStsTxt, tlsRptTxt] = await Promise.all([
    resolver.resolve(`_mta-sts.${domain}`, 'TXT', LEAF),
    resolver.resolve(`_smtp._tls.${domain}`, 'TXT', LEAF),
  ]);
  // Each part keeps its own records, so the section lists them in one order however the lookups interleave.
  const mtaStsRecords: string[] = [];
  const daneRecords: string[] = [];
  const daneFindings: Parameters<Push>[] = [];
  const [mtaSts, daneHosts] = await Promise.all([
    checkMtaSts(domain, mtaStsTxt, { ...options, mailHosts: { ...mailHosts, hosts } }, push, mtaStsRecords),
    checkDane(hosts, resolver, (...finding) => daneFindings.push(finding), daneRecords),
  ]);
  records.push(...mtaStsRecords);
  const tlsRpt = checkTlsRpt(domain, tlsRptTxt, push, records);
  records.push(...daneRecords);
  for (const finding of daneFindings) push(...finding);
  const dane: DaneData = { hosts: daneHosts };

  const withTlsa = daneHosts.filter((host) => host.state === 'secure' || host.state === 'insecure');
  const withoutTlsa = daneHosts.filter((host) => host.state === 'none');
  if (withTlsa.length > 0 && withoutTlsa.length > 0) {
    push(
      'dane.partial',
      `${withoutTlsa.map((host) => host.host).join(', ')} ${withoutTlsa.length === 1 ? 'has' : 'have'} no TLSA records while ${withTlsa.map((host) => host.host).join(', ')} ${withTlsa.length === 1 ? 'has' : 'have'}.`,
      { at: domain },
    );
  }
  if (
    !mailHosts.unknown &&
    daneHosts.length > 0 &&
    withTlsa.length === 0 &&
    !daneHosts.some((h) => h.state === 'unknown')
  ) {
    push('dane.missing', `No MX host of ${domain} publishes TLSA records.`, { at: domain });
  }
  let failed = mtaSts.failed || tlsRpt.error !== undefined || daneHosts.some((host) => host.state === 'unknown');
  if (mailHosts.unknown) {
    failed = true;
    push(
      'dane.dns-error',
      `The MX hosts of ${domain} could not be looked up, so their TLSA records and the MTA-STS coverage are unknown.`,
      { at: domain, ...(mailHosts.cause ? describeDnsFailureCause(mailHosts.cause, { type: 'MX' }) : {}) },
    );
  }
  // RFC 8460 §3: without a TLS-RPT record, senders cannot report MTA-STS or DANE failures to the domain.
  const mtaStsInUse = mtaSts.data.record !== undefined && mtaSts.data.policy?.mode !== 'none';
  if (!tlsRpt.error && !tlsRpt.record && (mtaStsInUse || withTlsa.length > 0)) {
    const using = [mtaStsInUse ? 'MTA-STS' : '', withTlsa.length > 0 ? 'DANE' : ''].filter(Boolean).join(' and ');
    push(
      'tlsrpt.missing',
      `${domain} uses ${using} but publishes no TLS-RPT record at _smtp._tls.${domain}: it hears of no delivery failure.`,
      { at: `_smtp._tls.${domain}` },
    );
  }
  const data: TlsData = {
    mtaSts: mtaSts.data,
    tlsRpt,
    dane,
    skippedHosts: mailHosts.unknown ? 0 : Math.max(0, new Set(mailHosts.hosts).size - hosts.length),
  };
  return {
    status: sectionStatus(findings, failed),
    summary: summarize(domain, data, findings, failed, mailHosts.unknown),
    findings,
    records,
    data,
  };
}
