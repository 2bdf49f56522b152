import type { Section } from '../finding.js';
import {
  createRegistry,
  type NameOf,
  type SectionEntry,
  type SectionRegistry,
  type SectionsOf,
} from './define-section.js';
import type { DnssecState } from './dnssec.js';
import { dkimSection } from './sections/dkim.js';
import { dmarcSection } from './sections/dmarc.js';
import { mxSection } from './sections/mx.js';
import { ptrSection } from './sections/ptr.js';
import { sendingSection } from './sections/sending.js';
import { spfSection } from './sections/spf.js';
import { tlsSection } from './sections/tls.js';

/**
 * The report's sections, each declared once in core/report/sections/: the report, the grade, `diffReports`, the
 * Action's verdict and tables, the Worker's schemas and pages, and docs/findings.md all take their list from here.
 * Adding a section is a protocol folder under core/, an entry file beside these, and one line below.
 */
export const SECTIONS = createRegistry([
  spfSection,
  dmarcSection,
  dkimSection,
  mxSection,
  ptrSection,
  tlsSection,
  sendingSection,
]);

/** The registry of the report's sections. */
export type Sections = typeof SECTIONS;

/** The name of a report section: `spf`, `dmarc`, `dkim`, `mx`, `ptr`, `tls` or `sending`. */
export type SectionName = NameOf<Sections>;

/** The report's sections with their protocol data. */
export type ReportSections = SectionsOf<Sections>;

/** One section of a report with its registry entry; `dnssec` is absent in a baseline written before 0.2. */
export interface ListedSection {
  entry: SectionEntry;
  section: Section & { dnssec?: DnssecState };
}

/**
 * The sections of a report in the order people read them, each with its entry (for its label and title): what
 * adapters iterate to show, judge or compare a report. The sections that lead (`leads`: sending) come first, the
 * rest in the registry's order. A section the report lacks (a baseline from an older version, or sending without
 * sending IPs) is left out.
 */
export function listSections(report: { sections: unknown }, registry: SectionRegistry = SECTIONS): ListedSection[] {
  const sections = report.sections as Partial<Record<string, ListedSection['section']>>;
  const listed: ListedSection[] = [];
  const ordered = [...registry.entries.filter((entry) => entry.leads), ...registry.entries.filter((e) => !e.leads)];
  for (const entry of ordered) {
    const section = sections[entry.name];
    if (section) listed.push({ entry, section });
  }
  return listed;
}
