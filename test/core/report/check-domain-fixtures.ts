import type { CheckDomainResult, DomainReport, Finding } from '../../../core/index.js';
import { createMemoryResolver, mergeZoneData } from '../../../core/testing.js';
import report from '../../fixtures/zones/report.js';
import reverse from '../../fixtures/zones/reverse.js';
import tld from '../../fixtures/zones/tld.js';

/** The report fixtures (test/fixtures/zones/report.ts with its reverse zones and TLD) served from memory. */
export const memory = () => createMemoryResolver(mergeZoneData(report, reverse, tld));

/** The report of a check that took its input, or a thrown error naming the input error. */
export function unwrap(result: CheckDomainResult): DomainReport {
  if (!result.ok) throw new Error(`unexpected input error: ${result.error.message}`);
  return result.report;
}

/** Each section's finding ids, by section name. */
export const idsOf = (r: DomainReport) =>
  Object.fromEntries(
    Object.entries(r.sections).map(([name, section]) => [name, section.findings.map((f: Finding) => f.id)]),
  );
