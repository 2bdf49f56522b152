import type { AlignmentResult } from '../dmarc/alignment.js';
import type { AlignmentMode, DmarcPolicy } from '../dmarc/types.js';
import type { Finding, Section, SectionStatus } from '../finding.js';
import type { SpfLookupCounts, SpfResult } from '../spf/types.js';

/** How reverse DNS of a sending IP looks to a receiver (FCrDNS, RFC 8601 §3 `iprev`). */
export type ReverseDnsStatus =
  /** A PTR name resolves back to the IP, and it does not look like an ISP's generic name. */
  | 'confirmed'
  /** Forward-confirmed, but the name looks generic (dynamic or residential): receivers distrust it. */
  | 'generic'
  /** No PTR record at all. */
  | 'missing'
  /** PTR names, none of which resolves back to the IP. */
  | 'not-confirmed'
  /** A lookup failed: unknown. */
  | 'error';

/** The reverse DNS of one sending IP, from the ptr section's result for it. */
export interface SendingReverseDns {
  status: ReverseDnsStatus;
  names: string[];
  confirmedName?: string;
}

/** check_host() of one identity for one IP (RFC 7208 §4), with the term that matched or the reason. */
export interface SendingSpfResult {
  /** The identity checked: the MAIL FROM (`bounce@example.com`) or `postmaster@<helo>`. */
  identity: string;
  /** The domain whose policy decided. */
  domain: string;
  result: SpfResult;
  /** The term that matched, as written, and the domain whose record holds it. */
  mechanism?: string;
  mechanismDomain?: string;
  /** Why none, neutral (no term matched), temperror or permerror. */
  reason?: string;
  /** The explanation of a fail (RFC 7208 §6.2). */
  explanation?: string;
  lookups: SpfLookupCounts;
}

/** The HELO identity's check (RFC 7208 §2.3), when a HELO name was given. */
export interface SendingHeloResult {
  helo: string;
  /** False for an address literal: RFC 7208 §2.3 checks only a multi-label domain name. */
  checkable: boolean;
  spf?: SendingSpfResult;
}

/** How DMARC would judge mail from this host (RFC 9989 §4.4, §4.7), in one of five outcomes. */
export type DmarcOutcomeKind =
  /** SPF passes for the MAIL FROM, and the MAIL FROM domain aligns with the From domain. */
  | 'pass-spf'
  /** No aligned SPF pass, but the domain publishes DKIM keys: an aligned DKIM signature with one of them passes. */
  | 'dkim-only'
  /** No aligned path: the policy applies. */
  | 'fail'
  /** No DMARC policy applies to the From domain: DMARC does not decide. */
  | 'no-policy'
  /** A lookup failed on the way: the outcome is unknown. */
  | 'unknown';

/** The DMARC outcome of one sending host, with the one line people read. */
export interface DmarcOutcome {
  kind: DmarcOutcomeKind;
  /** "passes DMARC by SPF", "passes DMARC only if it signs with DKIM (selector s1)", "fails DMARC: p=reject — …". */
  text: string;
  /** The policy receivers apply when it fails (t=y taken into account). */
  policy?: DmarcPolicy;
  /** The DKIM selectors whose keys an aligned signature could use, for `dkim-only`. */
  selectors?: string[];
}

/** Identifier alignment of the SPF-authenticated MAIL FROM domain with the From domain (RFC 9989 §4.4.2). */
export interface SendingSpfAlignment {
  /** `no-spf-pass`: SPF did not pass, so there is no SPF-authenticated identifier to align. */
  result: AlignmentResult | 'no-spf-pass';
  mode: AlignmentMode;
  identifier: string;
  reason: string;
}

/** A receiver's rule as the checklist judges it: from DNS, or not checkable here. */
export type RequirementStatus = 'pass' | 'fail' | 'unknown' | 'not-checkable';

/** One item of a receiver's checklist for one sending host. */
export interface RequirementResult {
  /** The rule's id in core/sending/requirements.ts (`spf-pass`, `fcrdns`, `tls`, …). */
  id: string;
  /** The rule as the receiver words it, shortened. */
  text: string;
  /** `all`: every sender; `bulk`: senders of more than 5,000 messages a day to the receiver. */
  appliesTo: 'all' | 'bulk';
  status: RequirementStatus;
  /** Why, for this host. */
  detail: string;
}

/** One receiver's published sender requirements, judged for one sending host. */
export interface ReceiverChecklist {
  receiver: string;
  /** The receiver's name (`Gmail`). */
  name: string;
  /** When the rules took effect (ISO date). */
  since: string;
  /** Where the receiver publishes them. */
  source: string;
  items: RequirementResult[];
}

/** How one step of a receiver's judgement went: `info` is a fact that neither helps nor hurts. */
export type SendingStepStatus = 'pass' | 'warn' | 'fail' | 'unknown' | 'info';

/**
 * One step of how a receiver judges mail from the host, in the order receivers take them: reverse DNS at connect,
 * the HELO name, SPF for the MAIL FROM, its alignment, the DKIM keys an aligned signature could use, the DMARC result.
 */
export interface SendingStep {
  step: 'reverse-dns' | 'helo' | 'spf' | 'alignment' | 'dkim' | 'dmarc';
  status: SendingStepStatus;
  /** One sentence for people. */
  text: string;
}

/** Everything the sending section found for one IP. */
export interface SendingHost {
  ip: string;
  status: SectionStatus;
  /** The DMARC outcome in one line. */
  outcome: DmarcOutcome;
  reverseDns: SendingReverseDns;
  /** check_host() for the MAIL FROM identity (RFC 7208 §2.4). */
  spf: SendingSpfResult;
  helo?: SendingHeloResult;
  alignment: { spf: SendingSpfAlignment; dkim: { selectors: string[]; known: boolean } };
  /** The receiver's steps for this host, in order, in words. */
  steps: SendingStep[];
  requirements: ReceiverChecklist[];
  findings: Finding[];
}

/** The data of the report's sending section. */
export interface SendingData {
  /** The From (Author) domain: the checked domain. */
  from: string;
  /** The MAIL FROM identity checked, as a mailbox or a domain. */
  sender: string;
  senderDomain: string;
  helo?: string;
  /** The DMARC policy of the From domain as receivers apply it; absent when none applies or it is unknown. */
  policy?: { p: DmarcPolicy; applied: DmarcPolicy; testing: boolean; aspf: AlignmentMode; adkim: AlignmentMode };
  /** The Organizational Domains by the DNS Tree Walk (RFC 9989 §4.10.2); undefined where the walk failed. */
  organizationalDomains: { from?: string; sender?: string };
  /** The DKIM selectors with valid keys the domain publishes, with their sizes. */
  dkim: Array<{ selector: string; keyType: string; keyBits: number }>;
  hosts: SendingHost[];
}

/** The report's sending section: a receiver's view of each sending host the user named. */
export type SendingSection = Section<SendingData>;
