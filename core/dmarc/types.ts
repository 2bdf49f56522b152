import type { DnsErrorCode } from '../dns/types.js';
import type { Finding, SectionStatus } from '../finding.js';

/** A Domain Owner Assessment Policy (RFC 9989 §4.7: p, sp, np). */
export type DmarcPolicy = 'none' | 'quarantine' | 'reject';

/** Identifier alignment mode (RFC 9989 §4.7: adkim, aspf). */
export type AlignmentMode = 'r' | 's';

/** The psd tag (RFC 9989 §4.7): y is a Public Suffix Domain, n an Organizational Domain, u unknown (default). */
export type PsdFlag = 'y' | 'n' | 'u';

/** One reporting URI from rua or ruf (RFC 9989 §4.7), as parsed. */
export interface ReportUri {
  /** The URI as published, without any size suffix. */
  uri: string;
  /** The scheme, lower case (`mailto`, `https`, …). */
  scheme: string;
  /** The mailbox of a mailto URI. */
  address?: string;
  /** The destination host: the domain of a mailto address or the host of a URI with an authority. */
  host?: string;
  /** An RFC 7489 `!size` suffix; RFC 9989 dropped it and receivers ignore it. */
  sizeLimit?: string;
}

/** Why a piece of a record was not taken as published. */
export type DmarcIssueCode =
  /** A tag value outside RFC 9989 §4.8's grammar; the tag is ignored (its default applies). */
  | 'invalid-value'
  /** Two separators with nothing between them. */
  | 'empty-tag'
  /** A tag RFC 9989 does not define; ignored (§4.7). */
  | 'unknown-tag'
  /** pct, rf or ri: defined by RFC 7489, gone from RFC 9989. */
  | 'historic-tag'
  /** A `!size` suffix on a report URI (RFC 7489 §6.2), not part of RFC 9989. */
  | 'size-limit'
  /** A report URI whose scheme receivers need not support (only mailto is required). */
  | 'uri-scheme'
  /** No valid p tag; the record counts as p=none because rua holds a valid URI (RFC 9989 §4.10.1). */
  | 'missing-policy';

/** A problem inside a record that does not stop the record from being used. */
export interface DmarcIssue {
  code: DmarcIssueCode;
  /** The tag concerned (lower case). */
  tag?: string;
  /** The value as published. */
  value?: string;
  message: string;
}

/** Why a TXT string is not a usable DMARC record. */
export type DmarcParseErrorCode =
  /** It does not start with `v=DMARC1` (case-sensitive value): not a DMARC record at all (RFC 9989 §4.10). */
  | 'not-dmarc'
  /** A part that is not `tag=value` (RFC 9989 §4.8). */
  | 'malformed'
  /** The same tag twice: the record is ambiguous. */
  | 'duplicate-tag'
  /** No valid p tag and no valid rua URI: no DMARC processing (RFC 9989 §4.10.1). */
  | 'no-policy';

/** A TXT string that cannot be used as a DMARC record. */
export interface DmarcParseError {
  code: DmarcParseErrorCode;
  message: string;
  tag?: string;
}

/** A usable DMARC Policy Record (RFC 9989 §4.7), with defaults applied. */
export interface DmarcRecord {
  /** The record as published. */
  raw: string;
  /** The p tag as published, when valid. */
  p?: DmarcPolicy;
  /** The policy for the domain itself: p, or none when p is missing and rua is valid (RFC 9989 §4.10.1). */
  policy: DmarcPolicy;
  sp?: DmarcPolicy;
  np?: DmarcPolicy;
  adkim: AlignmentMode;
  aspf: AlignmentMode;
  fo: string[];
  psd: PsdFlag;
  /** t=y: the owner is testing; receivers do not apply the policy as published. */
  testing: boolean;
  rua: ReportUri[];
  ruf: ReportUri[];
  /** pct, rf, ri as published (RFC 7489 §6.3); RFC 9989 receivers ignore them. */
  historic: { pct?: string; rf?: string; ri?: string };
  /** Tags RFC 9989 does not define, kept aside (names lower case). */
  unknown: Record<string, string>;
  /** Every tag as published (names lower case, values trimmed), in order. */
  tags: Array<[name: string, value: string]>;
}

/** The outcome of `parseDmarc`: a record and its issues, or why it is unusable. */
export type DmarcParseResult =
  | { ok: true; record: DmarcRecord; issues: DmarcIssue[] }
  | { ok: false; error: DmarcParseError; issues: DmarcIssue[] };

/** What one query of the DNS Tree Walk found at `_dmarc.<domain>`. */
export type TreeWalkOutcome = 'record' | 'none' | 'multiple' | 'invalid' | 'dns-error';

/** One step of the DNS Tree Walk (RFC 9989 §4.10). */
export interface TreeWalkStep {
  /** The domain this step looked at. */
  domain: string;
  /** The name queried: `_dmarc.<domain>`. */
  name: string;
  outcome: TreeWalkOutcome;
  /** The TXT strings at that name that start with `v=DMARC1`, as published. */
  records: string[];
  /** The TXT strings there that look like a broken attempt at DMARC (e.g. `v=dmarc1`, `v=DMARC1 p=none`). */
  lookalikes: string[];
  /** The parsed record, for `record`. */
  record?: DmarcRecord;
  issues?: DmarcIssue[];
  /** Why the record is unusable, for `invalid`. */
  error?: DmarcParseError;
  /** The DNS error, for `dns-error`. */
  dnsError?: { code: DnsErrorCode; message: string };
}

/** Policy discovery's verdict: a record, none, or why none could be used. */
export type DiscoveryStatus = 'found' | 'none' | 'multiple' | 'invalid' | 'dns-error';

/** Policy discovery as an RFC 7489 receiver does it: the Public Suffix List decides the organizational domain. */
export interface Rfc7489View {
  /** The organizational domain by the Public Suffix List (RFC 7489 §3.2). */
  organizationalDomain: string;
  status: DiscoveryStatus;
  /** Where the record applied was found. */
  policyDomain?: string;
  record?: DmarcRecord;
}

/** The result of `discoverDmarc`. */
export interface DmarcDiscovery {
  /** The domain asked about (A-label). */
  domain: string;
  status: DiscoveryStatus;
  /** Where the applicable record was found (RFC 9989 §4.10.1): the domain or one above it. */
  policyDomain?: string;
  record?: DmarcRecord;
  issues: DmarcIssue[];
  /** Whether the record was found above the domain (the domain inherits it). */
  inherited: boolean;
  /** The organizational domain by the DNS Tree Walk (RFC 9989 §4.10.2). */
  organizationalDomain: string;
  /** Whether the walk ended as RFC 9989 says; false when a DNS error cut it short. */
  walkComplete: boolean;
  walk: TreeWalkStep[];
  /** The RFC 7489 (Public Suffix List) view. */
  rfc7489: Rfc7489View;
}

/** The policy receivers apply to one kind of name, with t=y taken into account. */
export interface EffectivePolicy {
  /** The policy as published for this kind of name. */
  published: DmarcPolicy;
  /** The tag it came from (`p` when sp/np are absent and default to it). */
  source: 'p' | 'sp' | 'np';
  /** What receivers apply: with t=y one step milder (reject → quarantine, quarantine → none). */
  applied: DmarcPolicy;
  testing: boolean;
}

/** The effective policies of a domain: itself, its existing subdomains (sp) and its non-existent ones (np). */
export interface EffectivePolicies {
  domain: EffectivePolicy;
  subdomains: EffectivePolicy;
  nonExistentSubdomains: EffectivePolicy;
}

/** Whether a report destination accepts reports for the policy domain (RFC 9990, Verifying External Destinations). */
export type ReportAuthorization = 'internal' | 'authorized' | 'unauthorized' | 'dns-error' | 'not-checkable';

/** One rua/ruf destination with its authorization. */
export interface ReportDestination extends ReportUri {
  kind: 'rua' | 'ruf';
  authorization: ReportAuthorization;
  /** The name queried for an external destination: `<policy-domain>._report._dmarc.<host>`. */
  authorizationName?: string;
  /** The DNS error, for `dns-error`. */
  dnsError?: { code: DnsErrorCode; message: string };
}

/** The DMARC data of a domain: what `checkDmarc` found, JSON-ready. */
export interface DmarcData {
  domain: string;
  discovery: DiscoveryStatus;
  /** Where the applicable record was found, and its name. */
  policyDomain?: string;
  recordName?: string;
  inherited: boolean;
  record?: DmarcRecord;
  /** Whether the domain exists (RFC 8020: NXDOMAIN means it does not); undefined when not needed or unknown. */
  domainExists?: boolean;
  policy?: EffectivePolicies;
  organizationalDomain: {
    /** RFC 9989 §4.10.2. */
    treeWalk: string;
    /** RFC 7489 §3.2 (Public Suffix List). */
    publicSuffixList: string;
    agree: boolean;
  };
  /** What an RFC 7489 receiver would apply. */
  rfc7489: { status: DiscoveryStatus; policyDomain?: string; policy?: DmarcPolicy };
  reporting: { rua: ReportDestination[]; ruf: ReportDestination[] };
  walk: Array<{ name: string; outcome: TreeWalkOutcome }>;
}

/** The DMARC section of a report (`ReportSection<DmarcData>`). */
export interface DmarcCheck {
  status: SectionStatus;
  /** One sentence. */
  summary: string;
  findings: Finding[];
  /** The DMARC record(s) found, as published. */
  records: string[];
  data: DmarcData;
}
