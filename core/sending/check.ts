import { mapBounded } from '../concurrency.js';
import type { DkimCheck } from '../dkim/types.js';
import { alignIdentifier } from '../dmarc/alignment.js';
import { discoverDmarc } from '../dmarc/discover.js';
import type { DmarcCheck, DmarcPolicy } from '../dmarc/types.js';
import type { Resolver } from '../dns/types.js';
import { createFinding, type Finding, type SectionStatus, type Severity, sectionStatus } from '../finding.js';
import type { PtrAddressResult, PtrSection } from '../ptr/types.js';
import { checkHost } from '../spf/check-host.js';
import type { SpfCheckResult } from '../spf/types.js';
import { type SendingFindingId, sendingFindings } from './findings.js';
import { RECEIVER_RULES, type ReceiverRules, type RequirementCheck } from './requirements.js';
import type {
  DmarcOutcome,
  ReceiverChecklist,
  RequirementResult,
  RequirementStatus,
  SendingData,
  SendingHeloResult,
  SendingHost,
  SendingReverseDns,
  SendingSection,
  SendingSpfAlignment,
  SendingSpfResult,
  SendingStep,
} from './types.js';

/** At most this many sending IPs are checked in one report (each costs SPF and PTR lookups). */
export const MAX_SENDING_IPS = 10;
// check_host() for each IP goes through the check's session, which answers repeated names from its memo.
const HOST_CONCURRENCY = 4;

/** What the sending section composes: the inputs the user named and the results the report's other sections hold. */
export interface CheckSendingOptions {
  /** The checked domain, as an A-label: the From (Author) domain of the mail (RFC 9989 §4.2). */
  domain: string;
  /** The sending IPs, in canonical form (at most `MAX_SENDING_IPS`). */
  ips: readonly string[];
  /** The MAIL FROM identity (a mailbox or a domain, validated); the checked domain when absent (RFC 7208 §2.4). */
  sender?: string;
  /** The HELO/EHLO name (a domain or an address literal, validated), when given (RFC 7208 §2.3). */
  helo?: string;
  /** The check's lookup session: check_host() and the MAIL FROM domain's Tree Walk go through it. */
  resolver: Resolver;
  /** The report's dmarc section: the From domain's policy, aspf/adkim and Organizational Domain. */
  dmarc: DmarcCheck;
  /** The report's dkim section: the selectors with valid keys. */
  dkim: DkimCheck;
  /** The report's ptr section: the reverse DNS of each sending IP, looked up once. */
  ptr: PtrSection;
}

const finding = (id: SendingFindingId, message: string, ip: string, severity?: Severity): Finding =>
  createFinding(sendingFindings, id, message, severity ? { at: ip, severity } : { at: ip });

const listOf = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The MAIL FROM as check_host() takes it, and its domain (RFC 7208 §4.3: a bare domain is postmaster@ it). */
function senderIdentity(sender: string | undefined, domain: string): { identity: string; domain: string } {
  const given = sender ?? domain;
  const at = given.lastIndexOf('@');
  if (at < 0) return { identity: `postmaster@${given}`, domain: given };
  return { identity: given, domain: given.slice(at + 1) };
}

function toSpfResult(identity: string, result: SpfCheckResult): SendingSpfResult {
  const out: SendingSpfResult = { identity, domain: result.domain, result: result.result, lookups: result.lookups };
  if (result.mechanism !== undefined) out.mechanism = result.mechanism;
  if (result.mechanismDomain !== undefined) out.mechanismDomain = result.mechanismDomain;
  if (result.reason !== undefined) out.reason = result.reason;
  if (result.explanation !== undefined) out.explanation = result.explanation;
  return out;
}

/** The words for an SPF result: the term that matched, or the reason. */
function spfWords(spf: SendingSpfResult): string {
  const term = spf.mechanism
    ? ` (matched ${spf.mechanism}${spf.mechanismDomain ? ` in ${spf.mechanismDomain}` : ''})`
    : '';
  const reason = spf.reason ? `: ${spf.reason.replace(/\.$/, '')}` : '';
  if (spf.result === 'neutral' && !spf.mechanism) return `neutral (no term of the policy matched${reason})`;
  return `${spf.result}${term}${spf.mechanism ? '' : reason}`;
}

/** Reverse DNS as a receiver judges it, from the ptr section's result for the IP. */
function reverseDnsOf(result: PtrAddressResult | undefined): SendingReverseDns {
  if (!result) return { status: 'error', names: [] };
  const base = { names: result.names, ...(result.confirmedName ? { confirmedName: result.confirmedName } : {}) };
  if (result.fcrdns) return { status: result.generic ? 'generic' : 'confirmed', ...base };
  if (result.status === 'error') return { status: 'error', ...base };
  return { status: result.names.length === 0 ? 'missing' : 'not-confirmed', ...base };
}

/** The From domain's DMARC facts a host's outcome needs, read once from the dmarc section. */
interface PolicyFacts {
  /** `unknown`: the policy lookup failed; `none`: no policy applies; else the record's policy. */
  state: 'known' | 'none' | 'unknown';
  p?: DmarcPolicy;
  applied?: DmarcPolicy;
  testing: boolean;
  aspf: 'r' | 's';
  adkim: 'r' | 's';
  organizationalDomain?: string;
}

function policyFacts(dmarc: DmarcCheck): PolicyFacts {
  const data = dmarc.data;
  const walkFailed = data.walk.some((step) => step.outcome === 'dns-error');
  const organizationalDomain = walkFailed ? undefined : data.organizationalDomain.treeWalk;
  const record = data.record;
  const base = { testing: record?.testing ?? false, aspf: record?.aspf ?? 'r', adkim: record?.adkim ?? 'r' } as const;
  const withOrg = organizationalDomain === undefined ? base : { ...base, organizationalDomain };
  if (data.discovery === 'dns-error') return { state: 'unknown', ...withOrg };
  if (data.discovery !== 'found' || !record || !data.policy) return { state: 'none', ...withOrg };
  return { state: 'known', p: record.policy, applied: data.policy.domain.applied, ...withOrg };
}

/** The usable DKIM keys of the From domain, and whether the dkim section could look for them. */
function dkimFacts(dkim: DkimCheck) {
  const valid = dkim.data.selectors.filter(
    (s) => s.found && !s.revoked && s.problem === undefined && s.keyBits !== undefined && s.keyType !== undefined,
  );
  return {
    keys: valid.map((s) => ({ selector: s.selector, keyType: s.keyType!, keyBits: s.keyBits! })),
    // RFC 8301 §3.2: verifiers must not accept signatures by RSA keys under 1024 bits.
    strong: valid.filter((s) => s.keyType === 'ed25519' || (s.keyBits ?? 0) >= 1024).map((s) => s.selector),
    // Unknown when the lookups failed, or the budget cut the guessed selectors before any key was found.
    known: valid.length > 0 || (dkim.status !== 'error' && dkim.data.discovery.commonList !== 'limited'),
  };
}

type DkimFacts = ReturnType<typeof dkimFacts>;

const POLICY_EFFECT: Record<DmarcPolicy, string> = {
  reject: 'receivers reject it',
  quarantine: 'receivers put it in spam',
  none: 'receivers deliver it but report the failure',
};

function failText(policy: PolicyFacts): string {
  const applied = policy.applied ?? 'none';
  const testing = policy.testing && policy.p !== applied ? ` with t=y, applied as ${applied}` : '';
  return `fails DMARC: p=${policy.p}${testing} — ${POLICY_EFFECT[applied]}`;
}

const selectorWords = (selectors: readonly string[]) =>
  `${selectors.length === 1 ? 'selector' : 'selectors'} ${selectors.join(', ')}`;

/** The one-line DMARC outcome of a host (RFC 9989 §4.4: an aligned SPF or DKIM pass; else the policy applies). */
function outcomeOf(
  spf: SendingSpfResult,
  alignment: SendingSpfAlignment,
  policy: PolicyFacts,
  dkim: DkimFacts,
): DmarcOutcome {
  if (policy.state === 'unknown') return { kind: 'unknown', text: 'unknown: the DMARC policy lookup failed' };
  if (spf.result === 'temperror') return { kind: 'unknown', text: 'unknown: the SPF check could not finish (DNS)' };
  if (policy.state === 'none') {
    return {
      kind: 'no-policy',
      text: `no DMARC policy applies: receivers judge it by SPF (${spf.result}) and their own filters`,
    };
  }
  if (spf.result === 'pass' && alignment.result === 'aligned') return { kind: 'pass-spf', text: 'passes DMARC by SPF' };
  if (spf.result === 'pass' && alignment.result === 'unknown') {
    return { kind: 'unknown', text: "unknown: the MAIL FROM domain's Organizational Domain could not be found (DNS)" };
  }
  const selectors = dkim.keys.map((key) => key.selector);
  if (selectors.length > 0) {
    return {
      kind: 'dkim-only',
      text: `passes DMARC only if it signs with DKIM (${selectorWords(selectors)})`,
      selectors,
    };
  }
  if (!dkim.known) return { kind: 'unknown', text: "unknown: the domain's DKIM keys could not be looked up (DNS)" };
  return { kind: 'fail', text: failText(policy), ...(policy.applied ? { policy: policy.applied } : {}) };
}

/** Judges one rule of a receiver for one host, from what DNS showed. */
function judge(
  check: RequirementCheck,
  host: { spf: SendingSpfResult; alignment: SendingSpfAlignment; reverseDns: SendingReverseDns },
  policy: PolicyFacts,
  dkim: DkimFacts,
): { status: RequirementStatus; detail: string } {
  const spfPass = host.spf.result === 'pass';
  const spfUnknown = host.spf.result === 'temperror';
  const keys = dkim.strong;
  switch (check) {
    case 'spf-pass':
      if (spfPass) return { status: 'pass', detail: `SPF passes for ${host.spf.domain}.` };
      if (spfUnknown) return { status: 'unknown', detail: 'The SPF check could not finish (DNS).' };
      return { status: 'fail', detail: `SPF gives ${host.spf.result} for this IP.` };
    case 'spf-or-dkim':
      if (spfPass) return { status: 'pass', detail: `SPF passes for ${host.spf.domain}.` };
      if (keys.length > 0) return { status: 'pass', detail: `DKIM is set up (${selectorWords(keys)}).` };
      if (spfUnknown || !dkim.known) return { status: 'unknown', detail: 'A lookup failed (DNS).' };
      return { status: 'fail', detail: `SPF gives ${host.spf.result} and no DKIM key was found.` };
    case 'dkim-key':
      if (keys.length > 0) return { status: 'pass', detail: `${selectorWords(keys)}.` };
      if (!dkim.known) return { status: 'unknown', detail: 'The DKIM lookups failed (DNS).' };
      if (dkim.keys.length > 0) {
        return { status: 'fail', detail: 'Every DKIM key found is shorter than 1024 bits (RFC 8301 §3.2).' };
      }
      return { status: 'fail', detail: 'No DKIM key was found at the selectors checked.' };
    case 'dmarc-published':
      if (policy.state === 'unknown') return { status: 'unknown', detail: 'The DMARC lookup failed (DNS).' };
      if (policy.state === 'none') return { status: 'fail', detail: 'No DMARC policy applies to the From domain.' };
      return { status: 'pass', detail: `p=${policy.p}.` };
    case 'aligned':
      if (spfPass && host.alignment.result === 'aligned') return { status: 'pass', detail: 'Aligned by SPF.' };
      if (keys.length > 0) {
        return {
          status: 'unknown',
          detail: `Only if the host signs with DKIM (${selectorWords(keys)}): DNS cannot show whether it does.`,
        };
      }
      if (spfUnknown || host.alignment.result === 'unknown' || !dkim.known) {
        return { status: 'unknown', detail: 'A lookup failed (DNS).' };
      }
      return { status: 'fail', detail: 'Neither an aligned SPF pass nor a DKIM key.' };
    case 'fcrdns':
      switch (host.reverseDns.status) {
        case 'confirmed':
        case 'generic':
          return { status: 'pass', detail: `${host.reverseDns.confirmedName} resolves back to the IP.` };
        case 'missing':
          return { status: 'fail', detail: 'No PTR record.' };
        case 'not-confirmed':
          return { status: 'fail', detail: `${listOf(host.reverseDns.names)} does not resolve back to the IP.` };
        case 'error':
          return { status: 'unknown', detail: 'The reverse DNS lookup failed (DNS).' };
      }
  }
}

function checklists(
  host: { spf: SendingSpfResult; alignment: SendingSpfAlignment; reverseDns: SendingReverseDns },
  policy: PolicyFacts,
  dkim: DkimFacts,
  receivers: readonly ReceiverRules[],
): ReceiverChecklist[] {
  return receivers.map((receiver) => ({
    receiver: receiver.receiver,
    name: receiver.name,
    since: receiver.since,
    source: receiver.source,
    items: receiver.rules.map((rule): RequirementResult => {
      const judged = rule.check
        ? judge(rule.check, host, policy, dkim)
        : { status: 'not-checkable' as const, detail: 'Not checkable here: DNS does not show it.' };
      return { id: rule.id, text: rule.text, appliesTo: rule.appliesTo, ...judged };
    }),
  }));
}

/**
 * A receiver's view of each sending host (RFC 7208 §2.3, §2.4; RFC 9989 §4.4, §4.7): for each IP, check_host() for
 * the MAIL FROM (and the HELO name when given), whether an SPF pass aligns with the From domain (the Organizational
 * Domains by the Tree Walk, §4.10.2), which DKIM keys an aligned signature could use, reverse DNS as the ptr section
 * found it, the one-line DMARC outcome and the large receivers' checklists. It reuses the report's dmarc, dkim and
 * ptr results; its own lookups (check_host per IP, the MAIL FROM domain's walk) go through the check's session and
 * budget. A DNS failure on the way makes the host unknown (`error`), never a fail. Never throws.
 */
export async function checkSendingHosts(options: CheckSendingOptions): Promise<SendingSection> {
  const { domain, resolver } = options;
  const ips = options.ips.slice(0, MAX_SENDING_IPS);
  const mailFrom = senderIdentity(options.sender, domain);
  const policy = policyFacts(options.dmarc);
  const dkim = dkimFacts(options.dkim);
  const ptrByIp = new Map(options.ptr.data.results.map((result) => [result.ip, result]));

  // RFC 9989 §4.10.2: the MAIL FROM domain's Organizational Domain needs its own Tree Walk, unless it is the From
  // domain itself or strict alignment makes a string comparison enough. Asked once, and only when SPF passes.
  let senderOrganization: Promise<string | undefined> | undefined;
  const senderOrganizationalDomain = () => {
    senderOrganization ??= discoverDmarc(mailFrom.domain, { resolver }).then((walk) =>
      walk.walkComplete ? walk.organizationalDomain : undefined,
    );
    return senderOrganization;
  };

  const hosts = await mapBounded(ips, HOST_CONCURRENCY, async (ip): Promise<SendingHost> => {
    const heloName = options.helo;
    const [mailFromResult, heloResult] = await Promise.all([
      checkHost({ ip, domain: mailFrom.domain, sender: mailFrom.identity, helo: heloName ?? '' }, { resolver }),
      heloName !== undefined && !heloName.startsWith('[')
        ? checkHost({ ip, domain: heloName, sender: `postmaster@${heloName}`, helo: heloName }, { resolver })
        : Promise.resolve(undefined),
    ]);
    const spf = toSpfResult(mailFrom.identity, mailFromResult);
    let helo: SendingHeloResult | undefined;
    if (heloName !== undefined) {
      helo = { helo: heloName, checkable: heloResult !== undefined };
      if (heloResult) helo.spf = toSpfResult(`postmaster@${heloName}`, heloResult);
    }

    let alignment: SendingSpfAlignment;
    if (spf.result !== 'pass') {
      alignment = {
        result: 'no-spf-pass',
        mode: policy.aspf,
        identifier: mailFrom.domain,
        reason: `SPF gives ${spf.result}, so the MAIL FROM domain is not an SPF-authenticated identifier (RFC 9989 §4.4.2).`,
      };
    } else {
      const needsWalk = policy.aspf === 'r' && mailFrom.domain !== domain;
      const aligned = alignIdentifier({
        authorDomain: domain,
        identifier: mailFrom.domain,
        mode: policy.aspf,
        organizationalDomains: {
          author: policy.organizationalDomain,
          identifier: needsWalk ? await senderOrganizationalDomain() : mailFrom.domain,
        },
      });
      alignment = {
        result: aligned.result,
        mode: aligned.mode,
        identifier: aligned.identifier,
        reason: aligned.reason,
      };
    }

    const reverseDns = reverseDnsOf(ptrByIp.get(ip));
    const outcome = outcomeOf(spf, alignment, policy, dkim);
    const findings = hostFindings(ip, { spf, helo, alignment, reverseDns, outcome }, policy, domain);
    const dnsFailed =
      spf.result === 'temperror' ||
      helo?.spf?.result === 'temperror' ||
      reverseDns.status === 'error' ||
      outcome.kind === 'unknown';
    return {
      ip,
      status: sectionStatus(findings, dnsFailed),
      outcome,
      reverseDns,
      spf,
      ...(helo ? { helo } : {}),
      alignment: { spf: alignment, dkim: { selectors: dkim.keys.map((key) => key.selector), known: dkim.known } },
      steps: stepsOf(ip, { spf, helo, alignment, reverseDns, outcome }, policy, dkim, domain),
      requirements: checklists({ spf, alignment, reverseDns }, policy, dkim, RECEIVER_RULES),
      findings,
    };
  });

  const findings = hosts.flatMap((host) => host.findings);
  const failed = hosts.some((host) => host.status === 'error');
  const data: SendingData = {
    from: domain,
    sender: options.sender ?? domain,
    senderDomain: mailFrom.domain,
    ...(options.helo !== undefined ? { helo: options.helo } : {}),
    ...(policy.state === 'known'
      ? {
          policy: {
            p: policy.p!,
            applied: policy.applied!,
            testing: policy.testing,
            aspf: policy.aspf,
            adkim: policy.adkim,
          },
        }
      : {}),
    organizationalDomains: {
      ...(policy.organizationalDomain !== undefined ? { from: policy.organizationalDomain } : {}),
      ...(mailFrom.domain === domain && policy.organizationalDomain !== undefined
        ? { sender: policy.organizationalDomain }
        : senderOrganization
          ? await senderOrganization.then((org) => (org === undefined ? {} : { sender: org }))
          : {}),
    },
    dkim: dkim.keys,
    hosts,
  };
  return {
    status: sectionStatus(findings, failed),
    summary: summarize(hosts, domain, mailFrom.domain),
    findings,
    records: hosts.flatMap((host) => ptrByIp.get(host.ip)?.records ?? []),
    data,
  };
}

function hostFindings(
  ip: string,
  host: Pick<SendingHost, 'spf' | 'helo' | 'reverseDns' | 'outcome'> & { alignment: SendingSpfAlignment },
  policy: PolicyFacts,
  domain: string,
): Finding[] {
  const { spf, helo, alignment, reverseDns, outcome } = host;
  const out: Finding[] = [];
  switch (spf.result) {
    case 'pass':
      if (alignment.result === 'not-aligned') {
        out.push(
          finding(
            'sending.not-aligned',
            `SPF passes for ${ip} as ${spf.domain}, but ${spf.domain} does not align with the From domain ${domain}: ${alignment.reason}`,
            ip,
          ),
        );
      }
      break;
    case 'fail':
    case 'softfail':
    case 'neutral':
    case 'none':
      out.push(
        finding(
          'sending.ip-not-authorized',
          `The SPF policy of ${spf.domain} gives ${spfWords(spf)} for ${ip}: receivers do not count it as an authorized sender of ${spf.identity}.`,
          ip,
          spf.result === 'fail' ? 'error' : 'warning',
        ),
      );
      break;
    case 'permerror':
      out.push(
        finding('sending.spf-error', `The SPF check of ${spf.identity} for ${ip} ends in permerror: ${spf.reason}`, ip),
      );
      break;
    case 'temperror':
      out.push(
        finding(
          'sending.spf-error',
          `The SPF check of ${spf.identity} for ${ip} could not finish (temperror): ${spf.reason} How receivers judge this host is unknown.`,
          ip,
        ),
      );
      break;
  }
  const heloSpf = helo?.spf;
  if (heloSpf) {
    if (heloSpf.result === 'fail' || heloSpf.result === 'softfail') {
      out.push(
        finding(
          'sending.helo-not-authorized',
          `The HELO name ${helo.helo} gives ${spfWords(heloSpf)} for ${ip} (RFC 7208 §2.3): receivers may refuse the connection before MAIL FROM.`,
          ip,
        ),
      );
    } else if (heloSpf.result === 'permerror' || heloSpf.result === 'temperror') {
      out.push(
        finding(
          'sending.spf-error',
          `The SPF check of the HELO name ${helo.helo} for ${ip} ends in ${heloSpf.result}: ${heloSpf.reason}`,
          ip,
          'warning',
        ),
      );
    }
  }
  switch (reverseDns.status) {
    case 'missing':
      out.push(finding('sending.ptr-missing', `${ip} has no PTR record: many receivers refuse mail from it.`, ip));
      break;
    case 'not-confirmed':
      out.push(
        finding(
          'sending.ptr-not-confirmed',
          `The PTR of ${ip} (${listOf(reverseDns.names)}) does not resolve back to ${ip}.`,
          ip,
        ),
      );
      break;
    case 'generic':
      out.push(
        finding(
          'sending.ptr-generic',
          `The PTR of ${ip} (${reverseDns.confirmedName}) looks like a provider's generic name for a pool of addresses.`,
          ip,
        ),
      );
      break;
    case 'error':
      out.push(finding('sending.dns-error', `The reverse DNS lookup of ${ip} failed: it is unknown.`, ip));
      break;
    case 'confirmed':
      break;
  }
  if (outcome.kind === 'fail') {
    const applied = policy.applied ?? 'none';
    out.push(
      finding(
        'sending.dmarc-fail',
        `Mail from ${ip} as ${domain} ${outcome.text}: no aligned SPF pass, and no DKIM key was found at ${domain} for an aligned signature.`,
        ip,
        applied === 'none' ? 'warning' : 'error',
      ),
    );
  } else if (outcome.kind === 'dkim-only') {
    out.push(finding('sending.dkim-only', `Mail from ${ip} as ${domain} ${outcome.text}.`, ip));
  } else if (outcome.kind === 'unknown' && spf.result !== 'temperror') {
    out.push(finding('sending.dns-error', `How DMARC judges mail from ${ip} is ${outcome.text}.`, ip));
  }
  return out;
}

/** The receiver's steps in words (RFC 8601 §3 iprev, RFC 7208 §2.3–§2.4, RFC 9989 §4.4), for pages and summaries. */
function stepsOf(
  ip: string,
  host: Pick<SendingHost, 'spf' | 'helo' | 'reverseDns' | 'outcome'> & { alignment: SendingSpfAlignment },
  policy: PolicyFacts,
  dkim: DkimFacts,
  domain: string,
): SendingStep[] {
  const { spf, helo, alignment, reverseDns, outcome } = host;
  const steps: SendingStep[] = [];
  const reverse: Record<SendingReverseDns['status'], SendingStep> = {
    confirmed: {
      step: 'reverse-dns',
      status: 'pass',
      text: `Reverse DNS: ${ip} is ${reverseDns.confirmedName}, which points back to it.`,
    },
    generic: {
      step: 'reverse-dns',
      status: 'warn',
      text: `Reverse DNS: ${ip} is ${reverseDns.confirmedName}, which points back to it but looks like a provider's generic name.`,
    },
    missing: {
      step: 'reverse-dns',
      status: 'fail',
      text: `Reverse DNS: ${ip} has no name (no PTR record); many receivers refuse the connection.`,
    },
    'not-confirmed': {
      step: 'reverse-dns',
      status: 'fail',
      text: `Reverse DNS: ${ip} is named ${listOf(reverseDns.names)}, but that name does not point back to it.`,
    },
    error: { step: 'reverse-dns', status: 'unknown', text: `Reverse DNS of ${ip}: unknown (the lookup failed).` },
  };
  steps.push(reverse[reverseDns.status]);
  if (helo) {
    if (!helo.spf) {
      steps.push({
        step: 'helo',
        status: 'info',
        text: `HELO ${helo.helo}: an address literal, which SPF does not check (RFC 7208 §2.3).`,
      });
    } else {
      const result = helo.spf.result;
      const status =
        result === 'pass'
          ? 'pass'
          : result === 'temperror'
            ? 'unknown'
            : result === 'none' || result === 'neutral'
              ? 'info'
              : 'warn';
      steps.push({ step: 'helo', status, text: `HELO ${helo.helo}: SPF gives ${spfWords(helo.spf)}.` });
    }
  }
  const spfStatus =
    spf.result === 'pass'
      ? 'pass'
      : spf.result === 'temperror'
        ? 'unknown'
        : spf.result === 'fail' || spf.result === 'permerror'
          ? 'fail'
          : 'warn';
  steps.push({ step: 'spf', status: spfStatus, text: `SPF for MAIL FROM ${spf.identity}: ${spfWords(spf)}.` });
  const alignmentStatus = {
    aligned: 'pass',
    'not-aligned': 'warn',
    unknown: 'unknown',
    'no-spf-pass': 'info',
  } as const;
  steps.push({
    step: 'alignment',
    status: alignmentStatus[alignment.result],
    text:
      alignment.result === 'aligned'
        ? `SPF alignment (aspf=${alignment.mode}): ${alignment.reason}`
        : alignment.result === 'no-spf-pass'
          ? 'SPF alignment: no SPF pass, so DMARC cannot pass by SPF.'
          : `SPF alignment (aspf=${alignment.mode}): ${alignment.reason}`,
  });
  if (dkim.keys.length > 0) {
    const keys = dkim.keys.map((key) => `${key.selector} (${key.keyType.toUpperCase()} ${key.keyBits})`).join(', ');
    steps.push({
      step: 'dkim',
      status: 'info',
      text: `DKIM: ${domain} publishes ${keys}; a signature with one of them aligns (adkim=${policy.adkim}).`,
    });
  } else {
    steps.push(
      dkim.known
        ? { step: 'dkim', status: 'warn', text: `DKIM: no key was found at ${domain} for the selectors checked.` }
        : { step: 'dkim', status: 'unknown', text: `DKIM keys of ${domain}: unknown (the lookups failed).` },
    );
  }
  const dmarcStatus = {
    'pass-spf': 'pass',
    'dkim-only': 'warn',
    fail: outcome.policy === 'none' ? 'warn' : 'fail',
    'no-policy': 'warn',
    unknown: 'unknown',
  } as const;
  steps.push({ step: 'dmarc', status: dmarcStatus[outcome.kind], text: `DMARC: ${outcome.text}.` });
  return steps;
}

const STATUS_ORDER: SectionStatus[] = ['fail', 'error', 'warn', 'pass'];

function summarize(hosts: readonly SendingHost[], domain: string, senderDomain: string): string {
  const as = senderDomain === domain ? domain : `${domain} with MAIL FROM ${senderDomain}`;
  if (hosts.length === 1) return `Mail from ${hosts[0]!.ip} as ${as} ${hosts[0]!.outcome.text}.`;
  const sorted = [...hosts].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
  return `Mail as ${as}: ${sorted.map((host) => `${host.ip} ${host.outcome.text}`).join('; ')}.`;
}
