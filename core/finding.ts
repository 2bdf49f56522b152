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
  /**
   * For a failed lookup (`*.dns-error`): who failed — `resolver`, the DoH server the checker asks; `domain`, the
   * domain's own DNS as the resolver relayed it (SERVFAIL, REFUSED); `limit`, the check's own bounds.
   */
  cause?: 'resolver' | 'domain' | 'limit';
  /** Every name a grouped finding stands for (one finding per section and cause lists the lookups it hit). */
  names?: string[];
}

/**
 * A failed lookup: a `*.dns-error` (with its `cause`, or without one in a baseline from before causes) or any finding
 * with a cause. It says DNS did not answer — unknown, never a thing to fix in the records nor a change either way.
 */
export function isLookupFailure(finding: Pick<Finding, 'id' | 'cause'>): boolean {
  return finding.cause !== undefined || finding.id.endsWith('.dns-error');
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
  extra: { at?: string; fix?: string; severity?: Severity; cause?: Finding['cause'] } = {},
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
  if (extra.cause !== undefined) finding.cause = extra.cause;
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

/** How many names a grouped failure's message lists before "and N more" (`names` holds them all). */
const NAMED_FAILURES = 5;

const CAUSE_WORDS: Record<NonNullable<Finding['cause']>, string> = {
  resolver: "the DoH server the checker asks failed, not the domain's DNS",
  domain: "the domain's DNS failed",
  limit: "the check's own bound ended it",
};

/**
 * Groups the failed lookups of one section: the `*.dns-error` findings of one id, cause and severity become one,
 * whose message is the first one's plus the other names it hit, and whose `names` lists every name (`at`). One
 * failure seen 34 times (a DoH server that is down, under every probed DKIM selector) is one finding, not 34.
 */
export function groupDnsFailures(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  const out: Array<Finding | Finding[]> = [];
  for (const finding of findings) {
    if (finding.cause === undefined || !finding.id.endsWith('.dns-error')) {
      out.push(finding);
      continue;
    }
    const key = `${finding.id}|${finding.cause}|${finding.severity}`;
    const group = groups.get(key);
    if (group) group.push(finding);
    else {
      const fresh = [finding];
      groups.set(key, fresh);
      out.push(fresh);
    }
  }
  return out.map((item) => {
    if (!Array.isArray(item)) return item;
    const [first, ...rest] = item as [Finding, ...Finding[]];
    // A finding grouped before (by its protocol's check) brings its names along.
    const names = [
      ...new Set(item.flatMap((finding) => finding.names ?? (finding.at === undefined ? [] : [finding.at]))),
    ];
    if (rest.length === 0) return first.names || names.length === 0 ? first : { ...first, names };
    const others = names.filter((name) => !(first.names ?? [first.at]).includes(name));
    const listed = others.slice(0, NAMED_FAILURES).join(', ');
    const more = others.length > NAMED_FAILURES ? ` and ${others.length - NAMED_FAILURES} more` : '';
    const cause = first.cause ? CAUSE_WORDS[first.cause] : 'the lookup failed';
    return {
      ...first,
      message: `${first.message} The same failure (${cause}) hit ${rest.length} more lookup${rest.length === 1 ? '' : 's'}${listed ? `: ${listed}${more}` : ''}.`,
      names,
    };
  });
}
