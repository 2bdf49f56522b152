/**
 * mailposture's public API: what a library user (and the Worker and the Action, which import core only from here)
 * needs, each name chosen. Test doubles are in `core/testing.ts`; everything else in core/ is internal.
 */

export { mapBounded } from './concurrency.js';
export { type CheckDkimOptions, checkDkim } from './dkim/check.js';
export { parseDkimKey } from './dkim/parse.js';
export type { DkimCheck, DkimData, DkimKeyRecord, DkimParseResult, DkimSelectorResult } from './dkim/types.js';
export {
  type AlignmentInput,
  type AlignmentResult,
  alignIdentifier,
  type IdentifierAlignment,
} from './dmarc/alignment.js';
export { checkDmarc } from './dmarc/check.js';
export { parseDmarc } from './dmarc/parse.js';
export type {
  DmarcCheck,
  DmarcData,
  DmarcParseResult,
  DmarcPolicy,
  DmarcRecord,
  EffectivePolicies,
  ReportDestination,
} from './dmarc/types.js';
export {
  type AnswerCacheOptions,
  type CachingResolver,
  createCachingResolver,
  DEFAULT_ANSWER_CACHE_ENTRIES,
} from './dns/cache.js';
export {
  createDohResolver,
  createFetchBudget,
  DEFAULT_DOH_ENDPOINT,
  type DohResolverOptions,
  type FetchFunction,
} from './dns/doh.js';
export { type HeloParseResult, parseHelo, parseSender, type SenderParseResult } from './dns/mailbox.js';
export { type DomainError, type DomainParseResult, parseDomain } from './dns/name.js';
export { type IpError, parseIp } from './dns/reverse-name.js';
export {
  createLookupScheduler,
  type LookupScheduler,
  type LookupSchedulerOptions,
  type LookupSchedulerStats,
} from './dns/scheduler.js';
export {
  createLookupSession,
  type DnssecSeen,
  type LookupBudget,
  type LookupSession,
  type LookupStats,
  type ScopedSession,
} from './dns/session.js';
export type {
  DnsErrorCode,
  DnsRecord,
  DnsResult,
  FetchBudget,
  LookupOptions,
  RecordType,
  Resolver,
} from './dns/types.js';
export {
  createFinding,
  type Finding,
  type FindingCatalogue,
  type FindingDefinition,
  type FindingId,
  isLookupFailure,
  type Section,
  type SectionStatus,
  type Severity,
  sectionStatus,
} from './finding.js';
export {
  createHttpsFetcher,
  type HttpsError,
  type HttpsErrorCode,
  type HttpsFetcher,
  type HttpsFetcherOptions,
  type HttpsFetchFunction,
  type HttpsGetOptions,
  type HttpsResult,
  noHttpsFetcher,
} from './https.js';
export { type CheckMxOptions, checkMx } from './mx/check.js';
export type { MxCheck, MxCheckData, MxHost } from './mx/types.js';
export { type CheckPtrOptions, checkPtr } from './ptr/check.js';
export type { PtrAddressData, PtrAddressResult, PtrCheck, PtrSection, PtrSectionData } from './ptr/types.js';
export { type CheckDomainOptions, checkDomain, DEFAULT_CHECK_BUDGET } from './report/check-domain.js';
export {
  createRegistry,
  type DataSchema,
  defineSection,
  type NameOf,
  type SectionChange,
  type SectionCheckOptions,
  type SectionContext,
  type SectionData,
  type SectionEntry,
  type SectionRegistry,
  type SectionsOf,
} from './report/define-section.js';
export { diffReports, explainsFinding } from './report/diff.js';
export {
  DNSSEC_SENTENCES,
  DNSSEC_STATES,
  type DnssecState,
  type ReportSection,
  withDnssec,
} from './report/dnssec.js';
export {
  compareGrades,
  FAIL_CAP,
  GRADE_THRESHOLDS,
  type GradeResult,
  gradeSections,
  SECTION_WEIGHTS,
  STATUS_POINTS,
} from './report/grade.js';
export {
  type ListedSection,
  listSections,
  type ReportSections,
  SECTIONS,
  type SectionName,
  type Sections,
} from './report/registry.js';
export type { MxHeloData, MxSection, MxSectionData } from './report/sections/mx.js';
export { ptrAddressSchema } from './report/sections/ptr.schema.js';
export { spfCheckHostSchema } from './report/sections/spf.schema.js';
export { findingsToFix } from './report/to-fix.js';
export type {
  CheckDomainResult,
  CheckInputError,
  DomainReport,
  Grade,
  ReportChange,
  ReportDiff,
} from './report/types.js';
export { type CheckSendingOptions, checkSendingHosts, MAX_SENDING_IPS } from './sending/check.js';
export {
  RECEIVER_RULES,
  type ReceiverRules,
  type RequirementCheck,
  type RequirementRule,
} from './sending/requirements.js';
export type {
  DmarcOutcome,
  DmarcOutcomeKind,
  ReceiverChecklist,
  RequirementResult,
  RequirementStatus,
  ReverseDnsStatus,
  SendingData,
  SendingHeloResult,
  SendingHost,
  SendingReverseDns,
  SendingSection,
  SendingSpfAlignment,
  SendingSpfResult,
  SendingStep,
  SendingStepStatus,
} from './sending/types.js';
export { type AuditSpfOptions, auditSpf } from './spf/audit.js';
export { type CheckHostOptions, checkHost } from './spf/check-host.js';
export {
  type CheckHeloSpfOptions,
  checkHeloSpf,
  type SpfHeloCheck,
  type SpfHeloHost,
  type SpfHeloStatus,
} from './spf/helo.js';
export { parseSpf } from './spf/parse.js';
export type {
  SpfAudit,
  SpfAuditData,
  SpfCheckInput,
  SpfCheckResult,
  SpfFlatNetwork,
  SpfNode,
  SpfParseResult,
  SpfQualifier,
  SpfRecord,
  SpfResult,
  SpfUnflattenable,
} from './spf/types.js';
export { type CheckTlsOptions, checkTls, tlsMailHostsFromMx } from './tls/check.js';
export { matchesMxPattern, parseMtaStsPolicy, parseMtaStsRecord } from './tls/mta-sts.js';
export { parseTlsRptRecord } from './tls/tls-rpt.js';
export type {
  DaneHost,
  MtaStsPolicy,
  MtaStsRecord,
  TlsData,
  TlsMailHosts,
  TlsRptRecord,
  TlsSection,
} from './tls/types.js';
