import type { DkimCheck } from '../../dkim/types.js';
import type { Resolver } from '../../dns/types.js';
import { createFinding, type Finding, type Section, type SectionStatus, sectionStatus } from '../../finding.js';
import { checkMx } from '../../mx/check.js';
import { mxFindings } from '../../mx/findings.js';
import type { MxCheck, MxCheckData, MxHost } from '../../mx/types.js';
import { mailboxProviderOf } from '../../providers.js';
import { spfHeloFindings } from '../../spf/findings.js';
import { checkHeloSpf, type SpfHeloHost } from '../../spf/helo.js';
import type { SpfAudit } from '../../spf/types.js';
import { defineSection, type SectionContext } from '../define-section.js';
import { dkimSection } from './dkim.js';
import { mxDataSchema } from './mx.schema.js';
import { spfSection } from './spf.js';

/** How many MX hosts (lowest preference first) the report checks as HELO identities. */
export const MAX_HELO_HOSTS = 5;
/** The HELO checks' share of the whole check's query budget: their records may include others, as any SPF record. */
export const HELO_QUERY_BUDGET = 40;

/** The MX hosts' names checked as HELO identities (RFC 7208 §2.3), in the mx section's data. */
export interface MxHeloData {
  /** Of this part alone: `error` when a lookup failed (the mx section is then `error` too: nothing is known). */
  status: SectionStatus;
  summary: string;
  /** The hosts checked, lowest preference first (at most `MAX_HELO_HOSTS`). */
  hosts: SpfHeloHost[];
  /** MX hosts with an address beyond `MAX_HELO_HOSTS`, not checked (`spf.helo-hosts-limited`). */
  skippedHosts: number;
  /** MX hosts a recognised mailbox provider runs: their HELO records are the provider's, so they are not checked. */
  providerHosts: string[];
}

/** The data of the report's mx section: `checkMx`'s, and the HELO check of its hosts when it has hosts to check. */
export interface MxSectionData extends MxCheckData {
  /** Absent for a null MX, no MX (implicit or missing), a failed MX lookup, or hosts none of which has an address. */
  helo?: MxHeloData;
}

/** The report's mx section. */
export type MxSection = Section<MxSectionData>;

const withData = (mx: MxCheck, helo?: MxHeloData): MxSection => ({
  status: mx.status,
  summary: mx.summary,
  findings: mx.findings,
  records: mx.records,
  data: helo ? { ...mx.data, helo } : mx.data,
});

/** RFC 7505 §4.2: what says a domain sends mail — SPF that authorizes hosts, DKIM keys that are published. */
function sendingEvidence(spf: SpfAudit, dkim: DkimCheck): string[] {
  const evidence: string[] = [];
  if (spf.status !== 'error' && spf.records.length > 0) {
    const { networks, unflattenable, all } = spf.data;
    const authorizing = networks.filter((network) => network.qualifier === '+');
    if (all === '+') evidence.push('its SPF record authorizes every host ("+all")');
    else if (authorizing.length > 0 || unflattenable.some((term) => !term.term.startsWith('-'))) {
      const named = authorizing.slice(0, 3).map((network) => network.cidr);
      const more = authorizing.length > named.length ? `, and ${authorizing.length - named.length} more` : '';
      evidence.push(
        named.length > 0
          ? `its SPF record authorizes hosts (${named.join(', ')}${more})`
          : 'its SPF record authorizes hosts',
      );
    }
  }
  if (dkim.status !== 'error') {
    const keys = dkim.data.selectors.filter((selector) => selector.found && !selector.revoked);
    if (keys.length > 0) {
      const names = keys.map((selector) => selector.selector).join(', ');
      evidence.push(`it publishes DKIM keys (selector${keys.length === 1 ? '' : 's'} ${names})`);
    }
  }
  return evidence;
}

/** A null MX on a domain whose SPF or DKIM says it sends: a warning of the report layer (RFC 7505 §4.2). */
async function checkNullMxSending(mx: MxCheck, context: SectionContext) {
  const [spf, dkim] = await Promise.all([context.section(spfSection), context.section(dkimSection)]);
  const evidence = sendingEvidence(spf, dkim);
  if (evidence.length === 0) return withData(mx);
  // RFC 7505 §4.2: "mail systems SHOULD NOT publish a null MX record for domains that they use in RFC5321.MailFrom
  // or RFC5322.From addresses. If a system nonetheless does so, it risks having its mail rejected."
  const message = `${context.domain} publishes a null MX (it accepts no mail), yet ${evidence.join(' and ')}: replies and bounces to it cannot be delivered, and receivers may reject its mail (RFC 7505 §4.2).`;
  const findings = [...mx.findings, createFinding(mxFindings, 'mx.null-but-sends', message, { at: context.domain })];
  const summary = `${context.domain} accepts no mail (null MX), yet ${evidence.join(' and ')}.`;
  return withData({ ...mx, status: sectionStatus(findings), summary, findings });
}

/**
 * RFC 7208 §2.3 for the MX hosts: each host's name as its HELO identity, checked through the check's session (the
 * hosts' A and AAAA answers are already there) within `HELO_QUERY_BUDGET` queries; a mailbox provider's hosts are left
 * to the provider. A failed lookup makes the section `error`: the HELO part is unknown, never a pass.
 */
async function checkMxHelo(mx: MxCheck, resolver: Resolver) {
  // A provider's published host was not even looked up (`provider`); another host under its names is its own too.
  const providerOf = (host: MxHost) => host.provider ?? mailboxProviderOf(host.exchange)?.name;
  const byProvider = mx.data.hosts.filter((host) => providerOf(host) !== undefined);
  const providerHosts = byProvider.map((host) => host.exchange);
  const names = mx.data.hosts
    .filter((host) => !providerOf(host) && host.addresses.length > 0 && host.error === undefined)
    .map((host) => host.exchange);
  if (names.length === 0 && providerHosts.length === 0) return withData(mx);
  const helo = await checkHeloSpf(names, {
    resolver,
    budget: { maxQueries: HELO_QUERY_BUDGET },
    maxHosts: MAX_HELO_HOSTS,
  });
  const providers = [...new Set(byProvider.map((host) => providerOf(host)!))];
  const left =
    providerHosts.length > 0
      ? ` ${providerHosts.length} host${providerHosts.length === 1 ? ' is' : 's are'} run by ${providers.join(', ')}, whose HELO records are the provider's: not checked.`
      : '';
  const summary = names.length > 0 ? `${helo.summary}${left}` : left.trim();
  const data: MxHeloData = {
    status: names.length > 0 ? helo.status : 'pass',
    summary,
    hosts: helo.data.hosts,
    skippedHosts: helo.data.skippedHosts,
    providerHosts,
  };
  const findings: Finding[] = [...mx.findings, ...helo.findings];
  const status = mx.status === 'error' ? 'error' : sectionStatus(findings, data.status === 'error');
  // Only a provider's hosts: the mx summary already says they are the provider's.
  const sectionSummary = names.length > 0 ? `${mx.summary} ${summary}` : mx.summary;
  return withData({ ...mx, status, summary: sectionSummary, findings }, data);
}

/**
 * The mx section: where the domain receives mail (RFC 5321 §5.1, RFC 7505) and its hosts' addresses; a null MX on a
 * domain that sends (RFC 7505 §4.2, read from the spf and dkim sections); the MX hosts' names as HELO identities
 * (RFC 7208 §2.3).
 */
export const mxSection = defineSection<'mx', MxSectionData>({
  name: 'mx',
  // The HELO findings are SPF's (RFC 7208 §2.3) and keep its namespace; they are about the MX hosts, shown here.
  namespaces: ['mx', 'spf'],
  label: 'MX',
  title: 'MX',
  standard: 'RFC 5321, RFC 7505, RFC 7208 §2.3',
  weight: 5,
  catalogue: { ...mxFindings, ...spfHeloFindings },
  async check(context): Promise<MxSection> {
    const mx = await checkMx(context.domain, { resolver: context.resolver });
    if (mx.data.nullMx) return checkNullMxSending(mx, context);
    // No MX (implicit or missing) or a failed MX lookup: no mail hosts whose HELO names could be checked.
    if (mx.status === 'error' || mx.data.implicit || mx.data.hosts.length === 0) return withData(mx);
    return checkMxHelo(mx, context.resolver);
  },
  dataSchema: mxDataSchema,
});
