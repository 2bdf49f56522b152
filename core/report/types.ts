import type { DomainError } from '../dns/name.js';
import type { SectionChange } from './define-section.js';
import type { ReportSections, SectionName } from './registry.js';

export type { ReportSections, SectionName } from './registry.js';

/** Letter grade of a whole domain, A best. */
export type Grade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/**
 * The whole-domain report returned by `checkDomain`; JSON-ready. `Sections` is the report's sections as the
 * registry declares them (a report built with another registry has that registry's sections).
 */
export interface DomainReport<Sections = ReportSections> {
  /** The domain as an A-label. */
  domain: string;
  /** What the user typed. */
  input: string;
  /** ISO 8601 time of the check. */
  checkedAt: string;
  /** A–F; null when it is not known: a section is in `error` (`unknown` lists them) or the domain does not exist. */
  grade: Grade | null;
  /** 0–100; null whenever `grade` is. */
  score: number | null;
  sections: Sections;
  /** False when a section is in `error` (DNS could not answer a lookup its verdict depends on). */
  complete: boolean;
  /** The sections in `error`, whose verdict is unknown; what is known stays inside the sections. */
  unknown: string[];
  /** False when the domain does not exist (NXDOMAIN at its name, RFC 8020): nothing is graded, nothing passes. */
  exists: boolean;
  /** The domain declares it sends no mail (SPF authorizes nothing and DMARC rejects), so DKIM and PTR are not due. */
  sendsNoMail: boolean;
  /** DNS lookups the check made, each distinct question once (the Worker may answer some from its answer cache). */
  queries: number;
  elapsedMs: number;
  /** Seconds this report may be cached: the smallest TTL seen (capped by callers). */
  ttl: number;
}

/** Why an input to `checkDomain` was refused: a bad domain, sending IP, sender or HELO name, or too many IPs. */
export type CheckInputError =
  | DomainError
  | {
      code: 'invalid-ip' | 'too-many-ips' | 'invalid-sender' | 'invalid-helo' | 'sender-without-ip';
      message: string;
      input: string;
    };

/** The outcome of `checkDomain`: a report, or why the input was refused. */
export type CheckDomainResult<Sections = ReportSections> =
  | { ok: true; report: DomainReport<Sections> }
  | { ok: false; error: CheckInputError };

/** One difference between a baseline report and the current one. */
export interface ReportChange<Name extends string = SectionName> extends Omit<SectionChange, 'regression'> {
  section: Name | 'grade';
}

/** Output of `diffReports`: a section in `error` in either report never yields a regression. */
export interface ReportDiff<Name extends string = SectionName> {
  regressions: ReportChange<Name>[];
  improvements: ReportChange<Name>[];
  /** Sections that could not be compared because DNS failed. */
  skipped: Name[];
}
