import type { DnsError, RecordType, TxtData } from '../dns/types.js';
import type { Section } from '../finding.js';

/** A term's qualifier (RFC 7208 §4.6.2): `+` pass, `-` fail, `~` softfail, `?` neutral. */
export type SpfQualifier = '+' | '-' | '~' | '?';

/** The mechanisms of RFC 7208 §5. */
export type SpfMechanismName = 'all' | 'include' | 'a' | 'mx' | 'ptr' | 'ip4' | 'ip6' | 'exists';

/** The result of check_host() (RFC 7208 §2.6). */
export type SpfResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror' | 'permerror';

/** One piece of a macro-string (RFC 7208 §7.1): literal text or a macro to expand. */
export type MacroToken =
  | { kind: 'literal'; text: string }
  | {
      kind: 'macro';
      /** The macro letter, lower case (s l o d i p h c r t v). */
      letter: string;
      /** An upper-case letter asks for URL escaping (RFC 7208 §7.3). */
      escape: boolean;
      /** Keep this many right-hand parts; undefined keeps all. */
      keep?: number;
      reverse: boolean;
      /** Delimiters to split on; "." when none are given. */
      delimiters: string;
    };

/** A parsed macro-string: its tokens and whether any of them is a macro (RFC 7208 §7.1). */
export interface MacroString {
  text: string;
  tokens: MacroToken[];
  hasMacros: boolean;
}

/** An IP network written in an ip4/ip6 mechanism (RFC 7208 §5.6). */
export interface SpfNetwork {
  family: 4 | 6;
  /** The address as written. */
  address: string;
  prefix: number;
}

/** A mechanism term (RFC 7208 §4.6.1, §5). */
export interface SpfMechanism {
  kind: 'mechanism';
  name: SpfMechanismName;
  qualifier: SpfQualifier;
  /** The term as written. */
  text: string;
  /** Offset of the term in the record text (0-based). */
  position: number;
  /** The target of include, a, mx, ptr and exists, when given. */
  domainSpec?: MacroString;
  /** The network of ip4 and ip6. */
  network?: SpfNetwork;
  /** The IPv4 prefix length of a and mx (dual-cidr-length, RFC 7208 §5.6). */
  cidr4?: number;
  /** The IPv6 prefix length of a and mx. */
  cidr6?: number;
}

/** A modifier term (RFC 7208 §6): `redirect`, `exp` or an unknown one (ignored). */
export interface SpfModifier {
  kind: 'modifier';
  /** Lower case. */
  name: string;
  value: MacroString;
  text: string;
  position: number;
}

/** A term of a record. */
export type SpfTerm = SpfMechanism | SpfModifier;

/** A syntactically valid SPF record (RFC 7208 §4.6, §12). */
export interface SpfRecord {
  text: string;
  terms: SpfTerm[];
  mechanisms: SpfMechanism[];
  redirect?: SpfModifier;
  exp?: SpfModifier;
}

/** Why a record is not valid SPF (each one is a permerror, RFC 7208 §4.6). */
export type SpfSyntaxErrorCode =
  | 'not-spf'
  | 'non-ascii'
  | 'control-character'
  | 'unknown-mechanism'
  | 'invalid-term'
  | 'invalid-domain-spec'
  | 'invalid-macro'
  | 'invalid-ip'
  | 'invalid-cidr'
  | 'duplicate-modifier';

/** A syntax error with the offset (0-based) in the record where it was found. */
export interface SpfSyntaxError {
  code: SpfSyntaxErrorCode;
  message: string;
  position: number;
  /** The offending term, when there is one. */
  term?: string;
}

/** The outcome of `parseSpf`. */
export type SpfParseResult = { ok: true; record: SpfRecord } | { ok: false; error: SpfSyntaxError };

/** The identity and connection check_host() evaluates (RFC 7208 §4.1). */
export interface SpfCheckInput {
  /** The SMTP client's IP address. */
  ip: string;
  /** The domain to check; derived from `sender` (or `helo` when the sender is empty) when absent. */
  domain?: string;
  /** The MAIL FROM address; empty for bounces (then postmaster@helo, RFC 7208 §2.4). */
  sender?: string;
  /** The HELO/EHLO name. */
  helo?: string;
}

/** DNS counts of one evaluation (RFC 7208 §4.6.4). */
export interface SpfLookupCounts {
  /** DNS-querying terms evaluated (include, a, mx, ptr, exists, redirect); the limit is 10. */
  dns: number;
  /** Terms whose lookup returned NXDOMAIN or no answers; the limit is 2. */
  void: number;
}

/** What check_host() concluded (RFC 7208 §2.6). */
export interface SpfCheckResult {
  result: SpfResult;
  /** The domain whose policy was evaluated. */
  domain: string;
  /** The mechanism that matched (as written), with the domain whose record holds it. */
  mechanism?: string;
  mechanismDomain?: string;
  /** The explanation of a `fail` (RFC 7208 §6.2). */
  explanation?: string;
  /** Why the result is none, temperror or permerror. */
  reason?: string;
  lookups: SpfLookupCounts;
}

/** Where an audit node came from. */
export type SpfNodeVia = 'root' | 'include' | 'redirect';

/** The state of one node of the audit tree. */
export type SpfNodeStatus =
  | 'ok'
  | 'missing'
  | 'multiple-records'
  | 'syntax-error'
  | 'dns-error'
  | 'loop'
  | 'not-followed';

/** One include/redirect target of the audited policy, with its record and children. */
export interface SpfNode {
  domain: string;
  via: SpfNodeVia;
  /** The term that led here, e.g. `include:_spf.example.com`. */
  term?: string;
  status: SpfNodeStatus;
  /** The v=spf1 TXT records at the domain, as published. */
  records: string[];
  /** The record that applies, when there is exactly one. */
  record?: string;
  syntaxError?: SpfSyntaxError;
  /** Why the node could not be read (DNS error, loop, bounds). */
  reason?: string;
  /**
   * This record's own DNS-querying terms (include, a, mx, ptr, exists, and an effective redirect), up to its first
   * `all`: terms after it are never evaluated (RFC 7208 §5.1).
   */
  lookups: number;
  /** This record's terms whose target has no records (NXDOMAIN or NODATA). */
  voidLookups: number;
  /** Whether the record ends its evaluation with an `all`. */
  all?: SpfQualifier;
  children: SpfNode[];
}

/** An authorized network, flattened from ip4, ip6, a or mx (RFC 7208 §5.3, §5.4, §5.6). */
export interface SpfFlatNetwork {
  /** Normalized CIDR, e.g. 192.168.0.0/16. */
  cidr: string;
  source: 'ip4' | 'ip6' | 'a' | 'mx';
  qualifier: SpfQualifier;
  term: string;
  /** The domain whose record holds the term. */
  domain: string;
  /** The host whose address it is (a, mx). */
  host?: string;
  /** The special-purpose range (RFC 6890) that holds the whole network, when there is one (e.g. `private`). */
  range?: string;
}

/** A term whose matches depend on the sender or the connection, so it cannot be flattened. */
export interface SpfUnflattenable {
  term: string;
  domain: string;
  reason: 'exists' | 'ptr' | 'macro';
}

/** What the SPF audit found beyond the section's fields: the tree, the counts, the networks (the spf section's data). */
export interface SpfAuditData {
  domain: string;
  /** The policy as a tree of include/redirect nodes; undefined when the domain has no record. */
  tree?: SpfNode;
  /**
   * Static worst case of DNS-querying terms (RFC 7208 §4.6.4; mx address lookups not added; terms after a record's
   * first `all` not counted, §5.1).
   */
  lookups: { count: number; limit: 10 };
  /** Terms whose lookups found nothing, against the limit of 2. */
  voidLookups: { count: number; limit: 2 };
  /** The `all` that ends the policy (following redirect), if any. */
  all?: SpfQualifier;
  /** Networks named by ip4/ip6 and resolved from a/mx, across the tree. */
  networks: SpfFlatNetwork[];
  unflattenable: SpfUnflattenable[];
  /** Whether the traversal stopped at one of its bounds (depth, nodes, lookups). */
  truncated: boolean;
}

/** A lookup made for an a, mx or exists term that failed (temperror, RFC 7208 §5). */
export interface SpfTermLookupError {
  type: RecordType;
  /** The host whose address lookup failed (a, mx); absent for the term's own lookup. */
  host?: string;
  message: string;
}

/**
 * What the walk found when it resolved an a, mx or exists term without macros (RFC 7208 §5.3, §5.4, §5.7), kept when
 * there is something to say: its lookups that failed, or (mx) how many MX names the target has.
 */
export interface SpfResolvedTerm {
  /** The term as written. */
  term: string;
  name: 'a' | 'mx' | 'exists';
  /** The name looked up. */
  target: string;
  /** The MX names the target has (mx only), before any are left out. */
  mxNames?: number;
  errors?: SpfTermLookupError[];
}

/** An ip4 or ip6 term written with host bits set: only the prefix's high-order bits count (RFC 7208 §5.6). */
export interface SpfHostBitsTerm {
  term: string;
  prefix: number;
  /** The network it means. */
  cidr: string;
}

/**
 * One node of the walked tree: the node as the report shows it, and what the rules need besides. The walk builds both
 * trees at once (`node.children` holds the children's `node`s), so the report's tree needs no copy.
 */
export interface SpfWalkNode {
  node: SpfNode;
  /** The record that applies, parsed, when there is exactly one and it is valid. */
  parsed?: SpfRecord;
  /** Every TXT record at the name, SPF or not, when the TXT lookup answered (RFC 7208 §3.4 counts them all). */
  txt: TxtData[];
  /** The failed TXT lookup, when the status is `dns-error`. */
  error?: DnsError;
  /** The a, mx and exists terms of the record that were resolved and have something to say. */
  resolved?: SpfResolvedTerm[];
  /** The ip4 and ip6 terms a receiver can reach that are written with host bits set. */
  hostBits?: SpfHostBitsTerm[];
  children: SpfWalkNode[];
}

/** The bounds a walk ran under. */
export interface SpfWalkBounds {
  maxDepth: number;
  maxNodes: number;
  maxResolvedTerms: number;
}

/**
 * What walking a domain's SPF policy found, before any judgement: the include/redirect tree, the static lookup and
 * void-lookup counts (RFC 7208 §4.6.4), the networks it authorizes flattened, and what could not be flattened.
 */
export interface SpfWalk {
  domain: string;
  tree: SpfWalkNode;
  /** DNS-querying terms across the tree. */
  lookups: number;
  /** Terms whose lookups found nothing, across the tree. */
  voidLookups: number;
  networks: SpfFlatNetwork[];
  unflattenable: SpfUnflattenable[];
  /** Whether the walk stopped at one of its bounds. */
  truncated: boolean;
  bounds: SpfWalkBounds;
}
/** The posture of a domain's SPF policy for any sender, as a section; `records` are the raw v=spf1 TXT records. */
export type SpfAudit = Section<SpfAuditData>;
