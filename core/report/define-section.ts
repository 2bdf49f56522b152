import type { FetchBudget, Resolver } from '../dns/types.js';
import type { Finding, FindingCatalogue, Section } from '../finding.js';
import type { HttpsFetcher } from '../https.js';
import type { ReportSection } from './dnssec.js';

/** What `checkDomain` was asked, as every section's check receives it (inputs already validated). */
export interface SectionCheckOptions {
  /** DKIM selectors to check besides the common ones. */
  selectors: readonly string[];
  /** The sending IPs the user named, in canonical form. */
  sendingIps: readonly string[];
  /** Probe the common DKIM selectors. */
  discoverSelectors: boolean;
  /** The MAIL FROM identity of the sending IPs (a mailbox or a domain, validated); absent: the checked domain. */
  sender?: string;
  /** The HELO/EHLO name of the sending IPs (a domain or an address literal, validated), when given. */
  helo?: string;
}

/** What a section's check is given: the domain, the whole check's lookup session, the options, the other sections. */
export interface SectionContext {
  /** The domain as an A-label. */
  domain: string;
  /** The lookup session of the whole check: memoized, de-duplicated and bounded; every lookup goes through it. */
  resolver: Resolver;
  /** The check's HTTPS port (core's second one, beside the resolver): `noHttpsFetcher` when the caller gave none. */
  https: HttpsFetcher;
  /** The request's count of outbound fetches (the Worker's subrequests), when it has one: an HTTPS GET takes one. */
  fetchBudget?: FetchBudget;
  options: SectionCheckOptions;
  /**
   * The result of a section declared earlier in the registry (each section is checked once per report; asking for
   * a later one, or one not registered, is a bug and throws, so there can be no cycle).
   */
  section<Data>(entry: SectionEntry<string, Data>): Promise<Section<Data>>;
}

/**
 * A JSON Schema (2020-12) as a plain object: what a section declares of its `data`, for the OpenAPI document and any
 * validator. No library is needed to hold one, so core stays dependency-free at run time.
 */
export type DataSchema = { readonly [keyword: string]: unknown };

/** A difference a section's own comparison finds between a baseline's result and the current one. */
export interface SectionChange {
  /** What changed, e.g. "dmarc.policy-weakened" or a finding id that appeared/disappeared. */
  kind: string;
  message: string;
  /** What to do about it (for regressions). */
  fix?: string;
  /** The record or name it concerns, when one does. */
  at?: string;
  before?: string;
  after?: string;
  /** True for a regression, false for an improvement. */
  regression: boolean;
}

/**
 * One section of the report, declared once: its name (the report's key), how people see it, its weight in the grade,
 * its finding catalogue, how it is checked, and its hooks for the "sends no mail" relaxation and for `diffReports`.
 */
export interface SectionEntry<Name extends string = string, Data = unknown> {
  /** The key in `report.sections`, lower-case kebab (`spf`); every id of `catalogue` starts with `<name>.`. */
  readonly name: Name;
  /**
   * The finding id prefixes of the catalogue, when they are not the name: the tls section reports `mtasts.*`,
   * `tlsrpt.*` and `dane.*`, the protocols' own names. Absent: `[name]`.
   */
  readonly namespaces?: readonly string[];
  /** The short label of tables, annotations and docs/findings.md (`SPF`, `PTR`). */
  readonly label: string;
  /** The heading of the report page (`Reverse DNS (PTR)`). */
  readonly title: string;
  /** The standards that decide it, for docs/findings.md (`RFC 7208`). */
  readonly standard: string;
  /** Its weight in the score (docs/grading.md). */
  readonly weight: number;
  /** When true, this section failing caps the grade at `FAIL_CAP` (receivers cannot authenticate the mail). */
  readonly capsGrade?: boolean;
  /** Every finding id the section can report (docs/findings.md is generated from it). */
  readonly catalogue: FindingCatalogue;
  /**
   * Whether the report has this section for what was asked (the sending section needs sending IPs). Absent: always.
   * A section left out is not checked, not graded, and not in `report.sections`.
   */
  present?(options: SectionCheckOptions): boolean;
  /**
   * Shown before the other sections wherever a report is listed (page, tables, summaries) when present: it answers
   * the question the user asked. It is still declared after the sections it reads.
   */
  readonly leads?: boolean;
  /**
   * The JSON Schema of `data`, closed (`additionalProperties: false`): generated from the data's type at build time
   * into `core/report/sections/<name>.schema.ts` (`npm run schemas`); the Worker's OpenAPI document takes it from here.
   */
  readonly dataSchema: DataSchema;
  /** Checks the section; DNS trouble is a section in `error`, never a throw. */
  check(context: SectionContext): Promise<Section<Data>>;
  /**
   * The findings a domain that declares it sends no mail need not fix (RFC 7208 §5.1 `-all` with DMARC p=reject):
   * they become `info` and the status is recomputed. Absent: nothing is relaxed.
   */
  readonly notRequiredWithoutMail?: (finding: Finding) => boolean;
  /** Values that matter beyond findings (a weaker policy, a lost key), compared between two results of the section. */
  compare?(before: Section<Data>, after: Section<Data>): SectionChange[];
  /**
   * Whether two results of the section can be compared at all: false when one of them failed to look up what the
   * other's verdict rests on (a key found before, at a selector whose lookup failed now). Such a section is skipped
   * like one in `error`, and the grade is not compared. Absent: comparable unless either is in `error`.
   */
  comparable?(before: Section<Data>, after: Section<Data>): boolean;
  /** Per change kind of `compare`, the finding ids that change already explains (one change is one regression). */
  readonly explains?: Readonly<Record<string, readonly string[]>>;
}

/** The data type of a section entry's result. */
export type SectionData<E> = E extends SectionEntry<string, infer Data> ? Data : never;

/** An ordered set of section entries: the report's sections, in the order reports, tables and docs show them. */
export interface SectionRegistry<E extends SectionEntry<string, unknown> = SectionEntry<string, unknown>> {
  readonly entries: readonly E[];
  /** The section names, in order. */
  readonly names: readonly E['name'][];
  /** The entry of a name, when registered. */
  entry(name: string): E | undefined;
}

/** An entry whose section is in a report only for some inputs (`present`). */
type OptionalEntry = { present(options: SectionCheckOptions): boolean };

/**
 * The report's `sections` for a registry: each name with its entry's section type and its `dnssec` state; a section
 * with `present` (the sending section, there only when sending IPs are named) is optional.
 */
export type SectionsOf<R extends SectionRegistry> = {
  [E in R['entries'][number] as E extends OptionalEntry ? never : E['name']]: ReportSection<SectionData<E>>;
} & {
  [E in R['entries'][number] as E extends OptionalEntry ? E['name'] : never]?: ReportSection<SectionData<E>>;
};

/** The section names of a registry. */
export type NameOf<R extends SectionRegistry> = R['entries'][number]['name'];

/** Declares a section entry, keeping its name and data types (and whether it is optional) for the registry. */
export function defineSection<const Name extends string, Data>(
  entry: SectionEntry<Name, Data> & OptionalEntry,
): SectionEntry<Name, Data> & OptionalEntry;
export function defineSection<const Name extends string, Data>(
  entry: SectionEntry<Name, Data>,
): SectionEntry<Name, Data>;
export function defineSection<const Name extends string, Data>(
  entry: SectionEntry<Name, Data>,
): SectionEntry<Name, Data> {
  return entry;
}

const SECTION_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * Builds a registry from entries in order; throws (a bug, at load time) on a duplicate or malformed name, a negative
 * weight, or a catalogue id outside the section's `<name>.` namespace (or its `namespaces`).
 */
export function createRegistry<const E extends SectionEntry<string, unknown>>(
  entries: readonly E[],
): SectionRegistry<E> {
  const byName = new Map<string, E>();
  for (const entry of entries) {
    if (!SECTION_NAME.test(entry.name)) throw new Error(`Section name "${entry.name}" is not lower-case kebab.`);
    if (byName.has(entry.name)) throw new Error(`Section "${entry.name}" is registered twice.`);
    if (!(entry.weight >= 0)) throw new Error(`Section "${entry.name}" has a negative weight.`);
    for (const id of Object.keys(entry.catalogue)) {
      const namespaces = entry.namespaces ?? [entry.name];
      if (!namespaces.some((namespace) => id.startsWith(`${namespace}.`))) {
        throw new Error(`Finding id ${id} is outside section "${entry.name}" (${namespaces.join(', ')}).`);
      }
    }
    byName.set(entry.name, entry);
  }
  return {
    entries: [...entries],
    names: entries.map((entry) => entry.name),
    entry: (name) => byName.get(name),
  };
}
