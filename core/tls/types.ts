import type { DnsFailureCause } from '../dns/failure.js';
import type { DnsErrorCode } from '../dns/types.js';
import type { Finding, SectionStatus } from '../finding.js';
import type { HttpsErrorCode } from '../https.js';

/** A problem found while parsing a record or policy: a finding id of the tls catalogue and what was wrong. */
export interface TlsProblem {
  id: string;
  message: string;
}

/** A parsed `_mta-sts` TXT record (RFC 8461 §3.1). */
export interface MtaStsRecord {
  /** The policy instance id. */
  id: string;
  /** Extension fields, in order. */
  extensions: Array<[name: string, value: string]>;
}

/** The outcome of parsing one `_mta-sts` TXT record. */
export type MtaStsRecordResult = { ok: true; record: MtaStsRecord } | { ok: false; error: string };

/** The MTA-STS policy modes (RFC 8461 §5). */
export type MtaStsMode = 'enforce' | 'testing' | 'none';

/** A parsed MTA-STS policy file (RFC 8461 §3.2). */
export interface MtaStsPolicy {
  version: string;
  mode: MtaStsMode;
  /** Seconds senders may cache the policy. */
  maxAge: number;
  /** The `mx` patterns, lower case, in order. */
  mx: string[];
  /** Extension fields, in order. */
  extensions: Array<[name: string, value: string]>;
}

/** The outcome of parsing a policy file: the policy when it is usable, and every problem seen. */
export type MtaStsPolicyResult =
  | { ok: true; policy: MtaStsPolicy; problems: TlsProblem[] }
  | { ok: false; problems: TlsProblem[] };

/** A parsed `_smtp._tls` TXT record (RFC 8460 §3). */
export interface TlsRptRecord {
  /** The `rua` URIs as published. */
  rua: string[];
  extensions: Array<[name: string, value: string]>;
}

/** The outcome of parsing one `_smtp._tls` TXT record. */
export type TlsRptRecordResult = { ok: true; record: TlsRptRecord } | { ok: false; error: string };

/** How the policy fetch went. */
export interface MtaStsFetch {
  url: string;
  /** The HTTP status, when a response came. */
  status?: number;
  mediaType?: string | null;
  /** Why no usable response came. */
  error?: HttpsErrorCode;
  /** The redirect target, when the host answered with one (not followed, RFC 8461 §3.3). */
  location?: string;
}

/** Which MX host each pattern covers (RFC 8461 §4.1). */
export interface MxCoverage {
  host: string;
  /** The first pattern that matches the host, if any. */
  pattern?: string;
}

/** The MTA-STS part of the tls section's data. */
export interface MtaStsData {
  /** The TXT record text as published, when exactly one `v=STSv1` record was found. */
  record?: string;
  /** The policy id of that record. */
  id?: string;
  /** The policy fetch, when one was made. */
  fetch?: MtaStsFetch;
  /** The policy, when it was fetched and parsed. */
  policy?: MtaStsPolicy;
  /** Each MX host and the pattern that covers it (empty when no policy or no MX hosts). */
  coverage: MxCoverage[];
  /** The DNS error that made MTA-STS unknown. */
  error?: DnsErrorCode;
}

/** The TLS-RPT part of the tls section's data. */
export interface TlsRptData {
  /** The TXT record as published, when exactly one `v=TLSRPTv1` record was found. */
  record?: string;
  /** Its report URIs. */
  rua: string[];
  error?: DnsErrorCode;
}

/** One TLSA record of an MX host, judged (RFC 6698 §2.1, RFC 7672 §3.1). */
export interface TlsaRecordInfo {
  usage: number;
  selector: number;
  matchingType: number;
  data: string;
  /** Usable by an SMTP client doing DANE (RFC 7672 §3.1: DANE-TA(2) or DANE-EE(3), known selector and matching type). */
  usable: boolean;
  /** One of the combinations RFC 7672 §3.1 recommends: 3 1 1 or 2 0 1. */
  recommended: boolean;
}

/** The DANE state of one MX host. */
export interface DaneHost {
  host: string;
  /** `_25._tcp.<host>` */
  name: string;
  /** secure: TLSA records validated by DNSSEC; insecure: TLSA records without the AD flag; none: no TLSA records. */
  state: 'secure' | 'insecure' | 'none' | 'unknown';
  records: TlsaRecordInfo[];
  error?: DnsErrorCode;
}

/** The DANE part of the tls section's data. */
export interface DaneData {
  hosts: DaneHost[];
}

/** The mail hosts the tls section judges: the mx section's result, reduced to what it needs (tls/ does not import mx/). */
export interface TlsMailHosts {
  /** The MX lookup failed: the hosts are unknown. */
  unknown: boolean;
  /** Who failed when the hosts are unknown (the cause on the mx section's failed lookup). */
  cause?: DnsFailureCause;
  /** The domain publishes a null MX (RFC 7505): it takes no mail. */
  nullMx: boolean;
  /** The MX host names by preference (for an implicit MX, the domain itself). */
  hosts: readonly string[];
}

/** The data of the report's tls section. */
export interface TlsData {
  mtaSts: MtaStsData;
  tlsRpt: TlsRptData;
  dane: DaneData;
  /** MX hosts beyond the bound, whose TLSA records were not looked up. */
  skippedHosts: number;
}

/** The result of `checkTls`, shaped as a report section. */
export interface TlsSection {
  status: SectionStatus;
  summary: string;
  findings: Finding[];
  records: string[];
  data: TlsData;
}
