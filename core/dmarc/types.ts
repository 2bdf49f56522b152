import type { DnsErrorCode } from '../dns/types.js';
import type { Section } from '../finding.js';

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
  /** A part that is not `tag=value`; discarded (RFC 9989 §4.8). */
  | 'malformed'
  /** No p tag; the record counts as p=none because rua holds a valid URI (RFC 9989 §4.10.1). */
  | 'missing-policy'
  /** An invalid p, sp or np; the whole record counts as p=none because rua holds a valid URI (RFC 9989 §4.10.1). */
  | 'invalid-policy'
  /** No valid p (or an invalid sp or np) and no valid rua URI: no DMARC processing (RFC 9989 §4.10.1). */
  | 'no-policy';

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
  /** It does not start with `v=DMARC1` (case-sensitive value): not a DMARC record at all (RFC 9989 §4.7). */
  | 'not-dmarc'
  /** The same tag twice: RFC 6376 §3.2 (whose tag-value syntax RFC 9989 §4.7 adopts) makes the tag-list invalid. */
  | 'duplicate-tag';

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
  /** The policy for the domain itself as receivers take it: p, or none when `policyMode` is not `published`. */
  policy: DmarcPolicy;
  /**
   * What receivers do with p, sp and np (RFC 9989 §4.10.1): `published` — as published; `as-none` — p is missing or
   * invalid, or sp or np is invalid, and rua holds a valid URI, so the whole record acts as p=none; `no-dmarc` — the
   * same without a valid rua URI: no DMARC processing.
   */
  policyMode: 'published' | 'as-none' | 'no-dmarc';
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

/**
 * What one query of the DNS Tree Walk found at `_dmarc.<domain>` (RFC 9989 §4.10 step 2): one DMARC record; none;
 * several (all discarded, the walk goes on); one whose tag-list is invalid (a repeated tag, RFC 6376 §3.2: discarded,
 * the walk goes on); or a DNS error.
 */
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

/**
 * Policy discovery's verdict (RFC 9989 §4.10.1): `found` — a record applies; `none` — no record; `multiple` — none
 * applies and a name held several (discarded); `invalid` — the record that applies gets no DMARC processing (no valid
 * p and no valid rua), or none applies and a name held an invalid one; `dns-error` — a lookup the policy depends on
 * failed, so the policy is unknown.
 */
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
  /**
   * Where the applicable record was found (RFC 9989 §4.10.1): the domain itself, else its organizational domain,
   * else its public suffix domain (the record with psd=y) — never a name between them.
   */
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

/**
 * Whether a report destination accepts reports for the policy domain (RFC 9990 §4; for ruf RFC 9991 §5):
 * `internal` — inside the organizational domain; `authorized` — at least one `v=DMARC1` record at the authorization
 * name; `unauthorized` — none; `dns-error` — unknown; `not-checkable` — no host, or an authorization name too long for
 * DNS, so no receiver can make a positive determination (§4 step 4); `not-checked` — past the bound of lookups per
 * record (`MAX_AUTHORIZATION_LOOKUPS`), unknown.
 */
export type ReportAuthorization =
  | 'internal'
  | 'authorized'
  | 'unauthorized'
  | 'dns-error'
  | 'not-checkable'
  | 'not-checked';

/**
 * Whether mail can reach a mailto destination's domain (RFC 5321 §5.1, RFC 7505 §3): `deliverable`; `null-mx` — the
 * domain declares it accepts no mail; `no-mail-host` — no MX exchange (nor, without MX, the domain itself) has an
 * address; `nxdomain` — the domain does not exist; `dns-error` — unknown; `not-checked` — past the lookup bound.
 */
export type ReportDelivery = 'deliverable' | 'null-mx' | 'no-mail-host' | 'nxdomain' | 'dns-error' | 'not-checked';

/** One rua/ruf destination with its authorization. */
export interface ReportDestination extends ReportUri {
  kind: 'rua' | 'ruf';
  authorization: ReportAuthorization;
  /** For a mailto destination: whether its domain can receive mail. */
  delivery?: ReportDelivery;
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

/** The result of `checkDmarc`, also the report's dmarc section; `records` are the DMARC record(s) found, as published. */
export type DmarcCheck = Section<DmarcData>;
