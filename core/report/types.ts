import type { DkimCheck } from '../dkim/types.js';
import type { DmarcData } from '../dmarc/types.js';
import type { DomainError } from '../dns/name.js';
import type { Finding, SectionStatus } from '../finding.js';
import type { MxCheck } from '../mx/types.js';
import type { PtrSectionData } from '../ptr/types.js';
import type { SpfAudit } from '../spf/types.js';

/** Letter grade of a whole domain, A best. */
export type Grade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/** The sections of a report, one per protocol. */
export type SectionName = 'spf' | 'dmarc' | 'dkim' | 'mx' | 'ptr';

/** What every section of a report carries; `data` is the protocol's own result (see core/<area>/types.ts). */
export interface ReportSection<Data = unknown> {
  status: SectionStatus;
  /** One sentence on the state of this section. */
  summary: string;
  findings: Finding[];
  /** The records as published (raw TXT and so on), for people to read. */
  records: string[];
  data: Data;
}

/** The fields every protocol result shares with a section; the rest of each result is the section's `data`. */
type SectionFields = 'status' | 'summary' | 'findings' | 'records';

/** The sections of a report with their protocol data. */
export interface ReportSections {
  spf: ReportSection<Omit<SpfAudit, SectionFields>>;
  dmarc: ReportSection<DmarcData>;
  dkim: ReportSection<Omit<DkimCheck, SectionFields>>;
  mx: ReportSection<Omit<MxCheck, SectionFields>>;
  ptr: ReportSection<PtrSectionData>;
}

/** The whole-domain report returned by `checkDomain`; JSON-ready. */
export interface DomainReport {
  /** The domain as an A-label. */
  domain: string;
  /** What the user typed. */
  input: string;
  /** ISO 8601 time of the check. */
  checkedAt: string;
  grade: Grade;
  /** 0–100. */
  score: number;
  sections: ReportSections;
  /** False when a section is in `error` (DNS could not answer): the grade then covers the other sections only. */
  complete: boolean;
  /** The domain declares it sends no mail (SPF authorizes nothing and DMARC rejects), so DKIM and PTR are not due. */
  sendsNoMail: boolean;
  /** DNS lookups the check made, each distinct question once (the Worker may answer some from its answer cache). */
  queries: number;
  elapsedMs: number;
  /** Seconds this report may be cached: the smallest TTL seen (capped by callers). */
  ttl: number;
}

/** Why an input to `checkDomain` was refused: a bad domain, or a bad sending IP. */
export type CheckInputError = DomainError | { code: 'invalid-ip'; message: string; input: string };

/** The outcome of `checkDomain`: a report, or why the input was refused. */
export type CheckDomainResult = { ok: true; report: DomainReport } | { ok: false; error: CheckInputError };

/** One difference between a baseline report and the current one. */
export interface ReportChange {
  section: SectionName | 'grade';
  /** What changed, e.g. "dmarc.policy-weakened" or a finding id that appeared/disappeared. */
  kind: string;
  message: string;
  /** What to do about it (for regressions). */
  fix?: string;
  /** The record or name it concerns, when one does. */
  at?: string;
  before?: string;
  after?: string;
}

/** Output of `diffReports`: a section in `error` in either report never yields a regression. */
export interface ReportDiff {
  regressions: ReportChange[];
  improvements: ReportChange[];
  /** Sections that could not be compared because DNS failed. */
  skipped: SectionName[];
}
