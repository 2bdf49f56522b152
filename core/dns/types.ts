/** The record types core/ looks up (RFC 1035 §3.3, RFC 3596 for AAAA, RFC 6698 §2 for TLSA). */
export type RecordType = 'A' | 'AAAA' | 'CNAME' | 'MX' | 'NS' | 'PTR' | 'SOA' | 'TLSA' | 'TXT';

/** An MX record's data (RFC 1035 §3.3.9). */
export interface MxData {
  preference: number;
  exchange: string;
}

/** A TXT record's data: its character-strings as published, and joined with no separator (RFC 7208 §3.3). */
export interface TxtData {
  strings: string[];
  text: string;
}

/** An SOA record's data (RFC 1035 §3.3.13); its minimum is the negative-caching TTL (RFC 2308 §5). */
export interface SoaData {
  mname: string;
  rname: string;
  serial: number;
  refresh: number;
  retry: number;
  expire: number;
  minimum: number;
}

/**
 * A TLSA record's data (RFC 6698 §2.1): certificate usage, selector, matching type, and the certificate association
 * data as lower-case hex.
 */
export interface TlsaData {
  usage: number;
  selector: number;
  matchingType: number;
  data: string;
}

/** The data type of each record type. */
export interface RecordDataMap {
  A: string;
  AAAA: string;
  CNAME: string;
  MX: MxData;
  NS: string;
  PTR: string;
  SOA: SoaData;
  TLSA: TlsaData;
  TXT: TxtData;
}

/** One resource record: owner name (lower case, no trailing dot), type, TTL in seconds and data. */
export interface DnsRecord<T extends RecordType = RecordType> {
  name: string;
  type: T;
  ttl: number;
  data: RecordDataMap[T];
}

/**
 * Why a lookup could not be answered. None of these is a fact about the name: each one means "unknown" and maps to
 * temperror (RFC 7208 §2.6.6) or a section in `error`, never to "record missing".
 */
export type DnsErrorCode =
  /** The resolver answered SERVFAIL (RCODE 2). */
  | 'servfail'
  /** The resolver answered REFUSED (RCODE 5), e.g. a name outside the zones an authoritative server holds. */
  | 'refused'
  /** Any other RCODE (FORMERR, NOTIMP, …). */
  | 'rcode'
  /** No answer within the per-query timeout. */
  | 'timeout'
  /** The connection failed (refused, reset, DNS of the DoH host, TLS). */
  | 'network'
  /** An answer came but cannot be used: see `DnsError.reason`. */
  | 'bad-response'
  /** The check's lookup budget (query count) is spent. */
  | 'budget-exhausted'
  /** The check's overall deadline has passed. */
  | 'deadline'
  /** A CNAME chain loops or is longer than the bound. */
  | 'cname-chain'
  /** The name cannot be sent: empty label, label over 63 or name over 253 octets. */
  | 'invalid-name';

/** What was wrong with a response that came back (RFC 8484 §4.2, RFC 1035 §4.1.1). */
export type BadResponseReason =
  | 'http-status'
  | 'content-type'
  | 'id-mismatch'
  | 'question-mismatch'
  | 'undecodable'
  | 'truncated'
  | 'too-large';

/** A lookup that could not be answered. */
export interface DnsError {
  code: DnsErrorCode;
  reason?: BadResponseReason;
  /** Whether trying again may help (timeouts, network errors, SERVFAIL, HTTP 5xx/429). */
  transient: boolean;
  message: string;
}

interface LookupBase {
  /** The name asked for (A-label, lower case, no trailing dot). */
  name: string;
  type: RecordType;
}

/** Facts common to answers a server gave (answer, NODATA, NXDOMAIN). */
interface Answered extends LookupBase {
  /** The AD flag: the resolver validated the answer with DNSSEC (RFC 4035 §3.2.3). */
  authenticated: boolean;
  /** The CNAME chain followed from `name`, in order; empty when there was none. */
  cnames: string[];
  /** Seconds the answer may be cached: the smallest TTL in it, or the SOA minimum for a negative answer. */
  ttl: number;
}

/** The name exists and has records of the type asked for. */
export interface DnsAnswer<T extends RecordType = RecordType> extends Answered {
  status: 'answer';
  records: DnsRecord<T>[];
}

/** The name exists but has no records of the type asked for (RFC 2308 §2.2). */
export interface DnsNoData extends Answered {
  status: 'nodata';
}

/** The name does not exist (RCODE 3, RFC 2308 §2.1; RFC 8020: nor does anything below it). */
export interface DnsNxDomain extends Answered {
  status: 'nxdomain';
}

/** The lookup could not be answered. */
export interface DnsFailure extends LookupBase {
  status: 'error';
  error: DnsError;
}

/** The outcome of one lookup. Every outcome is a value; a resolver never throws. */
export type DnsResult<T extends RecordType = RecordType> = DnsAnswer<T> | DnsNoData | DnsNxDomain | DnsFailure;

/**
 * How urgent a lookup is, most urgent first: `gate` — others wait on its answer (an SPF record and its includes, the
 * DMARC walk, MX, the MX hosts' addresses); `leaf` — nothing waits on it (a PTR and its forward confirmation, a named
 * or a provider's DKIM selector); `probe` — a guess that may be cut when the budget is short (common DKIM selectors,
 * reverse DNS beyond one address per host). A lookup without one is a `gate`.
 */
export type LookupPriority = 'gate' | 'leaf' | 'probe';

/**
 * A count of HTTP requests (subrequests, in the Workers platform's words) shared by every lookup of one request: the
 * DoH client takes one for each fetch it makes, retries and failover included, and makes none once it is spent.
 */
export interface FetchBudget {
  /** Fetches allowed in all. */
  readonly limit: number;
  /** Fetches taken so far. */
  readonly used: number;
  /** Takes one fetch; false (and nothing taken) when the budget is spent. */
  take(): boolean;
}

/** Per-call options. A resolver that does not know one ignores it. */
export interface LookupOptions {
  /** Stops waiting when aborted; the result is then a `deadline` error. */
  signal?: AbortSignal;
  /** How urgent the lookup is, for a session with a scheduler (default `gate`). */
  priority?: LookupPriority;
  /** The fetch budget of the request this lookup belongs to (the DoH client counts against it). */
  fetchBudget?: FetchBudget;
}

/** The port through which core/ does every lookup. Implementations must not throw. */
export interface Resolver {
  resolve<T extends RecordType>(name: string, type: T, options?: LookupOptions): Promise<DnsResult<T>>;
}
