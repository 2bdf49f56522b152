/** How bad a finding is: `error` breaks delivery or protection, `warning` weakens it, `info` is worth knowing. */
export type Severity = 'info' | 'warning' | 'error';

/** A section's verdict; `error` means DNS could not answer, so nothing is known (never "missing"). */
export type SectionStatus = 'pass' | 'warn' | 'fail' | 'error';

/** One catalogue entry: what a finding id means, how to fix it, and the standard that decides. */
export interface FindingDefinition {
  severity: Severity;
  /** When a check gives the finding another severity in some cases, what they are (shown in docs/findings.md). */
  severityNote?: string;
  /** A short title, e.g. "More than 10 DNS-querying terms". */
  title: string;
  /** What the domain owner should change. */
  fix: string;
  /** The deciding section, e.g. "RFC 7208 §4.6.4". */
  rfc: string;
}

/** A catalogue of finding ids (`area.kebab-name`) declared once per area. */
export type FindingCatalogue = Record<string, FindingDefinition>;

/** One problem or fact found in a domain's published records. */
export interface Finding {
  id: string;
  severity: Severity;
  /** What was found, specific to this domain ("10.0.0.0/8 in ip4:10.0.0.1/8 is a private network"). */
  message: string;
  /** What to change. */
  fix: string;
  rfc: string;
  /** Where it was found: the record or name, when that helps. */
  at?: string;
}

/** The ids a catalogue declares: `createFinding` takes no other, so an unknown id fails the type check. */
export type FindingId<C extends FindingCatalogue> = keyof C & string;

/**
 * Builds a finding from its catalogue entry; the severity can be overridden for a specific case. Declare a catalogue
 * `as const satisfies FindingCatalogue` so that `id` must be one of its keys.
 */
export function createFinding<C extends FindingCatalogue>(
  catalogue: C,
  id: FindingId<C>,
  message: string,
  extra: { at?: string; fix?: string; severity?: Severity } = {},
): Finding {
  const definition = catalogue[id];
  if (!definition) throw new Error(`Unknown finding id ${id}: declare it in its catalogue first.`);
  const finding: Finding = {
    id,
    severity: extra.severity ?? definition.severity,
    message,
    fix: extra.fix ?? definition.fix,
    rfc: definition.rfc,
  };
  if (extra.at !== undefined) finding.at = extra.at;
  return finding;
}

/**
 * The one shape of every check that backs a report section, in core and on every endpoint: the verdict, one sentence,
 * the findings, the records as published, and the protocol's own `data` (see core/<area>/types.ts).
 */
export interface Section<Data = unknown> {
  status: SectionStatus;
  /** One sentence on the state of this section. */
  summary: string;
  findings: Finding[];
  /** The records as published (raw TXT and so on), for people to read. */
  records: string[];
  data: Data;
}

/** The status of a section from its findings: `error` when DNS failed, else the worst severity found. */
export function sectionStatus(findings: readonly Finding[], dnsFailed = false): SectionStatus {
  if (dnsFailed) return 'error';
  if (findings.some((finding) => finding.severity === 'error')) return 'fail';
  if (findings.some((finding) => finding.severity === 'warning')) return 'warn';
  return 'pass';
}
