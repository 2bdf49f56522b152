import type { DnsErrorCode } from '../dns/types.js';
import type { Section } from '../finding.js';

/** The key types a DKIM key record can declare (RFC 6376 §3.6.1 `k=`, RFC 8463 §3). */
export type DkimKeyType = 'rsa' | 'ed25519';

/** A parsed DKIM key record, the TXT at `<selector>._domainkey.<domain>` (RFC 6376 §3.6.1). */
export interface DkimKeyRecord {
  /** `v=`, when published (it must then be `DKIM1`). */
  version?: string;
  /** `k=`, lower-cased; `rsa` when absent. */
  keyType: DkimKeyType;
  /** `p=` with its folding whitespace removed; empty means the key is revoked. */
  publicKey: string;
  /** `h=`: the hash algorithms allowed, lower-cased; absent means all. */
  hashAlgorithms?: string[];
  /** `s=`: the service types, lower-cased; `['*']` when absent. */
  serviceTypes: string[];
  /** `t=`: the flags, as published. */
  flags: string[];
  /** `n=`: notes for people. */
  notes?: string;
  /** Empty `p=` (RFC 6376 §3.6.1). */
  revoked: boolean;
  /** `t=y`: the domain is testing DKIM (RFC 6376 §3.6.1). */
  testing: boolean;
  /** `t=s`: the `i=` domain must equal `d=` (RFC 6376 §3.6.1). */
  strict: boolean;
  /** Tags this version does not know, ignored as RFC 6376 §3.2 says (tag names are case-sensitive). */
  unknownTags: string[];
}

/** Why a key record cannot be used (RFC 6376 §3.2, §3.6.1). */
export type DkimParseErrorCode =
  | 'syntax'
  | 'duplicate-tag'
  | 'version-not-first'
  | 'bad-version'
  | 'missing-key'
  | 'unknown-key-type'
  | 'no-usable-hash'
  | 'bad-base64';

/** A key record that cannot be used, with the reason in words. */
export interface DkimParseError {
  code: DkimParseErrorCode;
  message: string;
}

/** The outcome of `parseDkimKey`: a record, or why it is unusable. */
export type DkimParseResult = { ok: true; record: DkimKeyRecord } | { ok: false; error: DkimParseError };

/** What the key in `p=` is once decoded and imported: its size, or why it cannot be used. */
export type DkimKeyInspection =
  | { status: 'valid'; keyType: 'rsa'; bits: number; format: 'spki' | 'pkcs1' }
  | { status: 'valid'; keyType: 'ed25519'; bits: 256; format: 'raw' }
  | { status: 'revoked' }
  | { status: 'invalid'; reason: string };

/** Where a selector came from: named by the user, or found by probing the common list. */
export type DkimSelectorSource = 'named' | 'discovered';

/** What was found at one selector. */
export interface DkimSelectorResult {
  selector: string;
  /** The name queried: `<selector>._domainkey.<domain>`. */
  name: string;
  source: DkimSelectorSource;
  /** Whether a key record was published there. */
  found: boolean;
  /** The end of the CNAME chain when the selector is delegated (e.g. to an ESP). */
  cnameTarget?: string;
  /** The TXT records at the name, as published (joined character-strings). */
  records: string[];
  keyType?: DkimKeyType;
  keyBits?: number;
  /** How `p=` was encoded: SubjectPublicKeyInfo, a bare PKCS#1 RSAPublicKey, or Ed25519's 32 raw bytes. */
  keyFormat?: 'spki' | 'pkcs1' | 'raw';
  testing?: boolean;
  revoked?: boolean;
  hashAlgorithms?: string[];
  serviceTypes?: string[];
  /** Why the record is unusable (syntax or key), when it is. */
  problem?: string;
  /** The DNS failure, when the lookup could not be answered. */
  dnsError?: DnsErrorCode;
}

/** How selectors were guessed (docs/dkim-selectors.md). */
export interface DkimDiscovery {
  /** Whether the common list was probed. */
  used: boolean;
  /**
   * The `_domainkey.<domain>` hint, asked just before the common list: NXDOMAIN means no selector exists below it
   * (RFC 8020); `not-asked` when the list was not needed, discovery was off, or the budget was spent.
   */
  hint: 'nxdomain' | 'exists' | 'error' | 'not-asked';
  /** How many guessed selectors (providers' and common) were looked up. */
  probed: number;
  /** The ids of the providers recognised from the MX hosts, SPF includes and CNAME targets (core/providers.ts). */
  providers: string[];
  /**
   * What became of the common list: `probed`; `not-needed` (the recognised providers account for the domain and a
   * key was found); `nxdomain` (skipped: `_domainkey.<domain>` does not exist, RFC 8020); `limited` (the budget was
   * spent before it: its selectors are in `limited`); `off` (discovery off).
   */
  commonList: 'probed' | 'not-needed' | 'nxdomain' | 'limited' | 'off';
  /** Guessed selectors not looked up because the request's fetch budget went to what the verdict needs. */
  limited: string[];
  /**
   * Every selector looked up, named and guessed: a selector not in it was not asked, so its key is unknown — not
   * gone (what `diffReports` needs to tell a removed key from one this check did not look for).
   */
  asked: string[];
}

/** The data of `checkDkim`'s result (the report's dkim section): the selectors looked at and how they were found. */
export interface DkimData {
  /** Named selectors, and discovered selectors that exist. */
  selectors: DkimSelectorResult[];
  discovery: DkimDiscovery;
}

/** The result of `checkDkim`, also the report's dkim section; `records` are the key records found, as published. */
export type DkimCheck = Section<DkimData>;
