import { comparePolicies } from '../dmarc/effective-policy.js';
import type { DmarcPolicy } from '../dmarc/types.js';
import type { Finding, SectionStatus } from '../finding.js';
import type { SpfQualifier } from '../spf/types.js';
import { compareGrades } from './grade.js';
import type { DomainReport, ReportChange, ReportDiff, ReportSections, SectionName } from './types.js';

const SECTIONS: SectionName[] = ['spf', 'dmarc', 'dkim', 'mx', 'ptr'];
const STATUS_RANK: Record<Exclude<SectionStatus, 'error'>, number> = { pass: 0, warn: 1, fail: 2 };
// RFC 7208 §4.6.2: what an `all` at the end gives, strictest first.
const ALL_RANK: Record<SpfQualifier, number> = { '-': 0, '~': 1, '?': 2, '+': 3 };

const listOf = (items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The findings a value change already explains, so one change is one regression. */
const EXPLAINS: Record<string, string[]> = {
  'dmarc.policy-weakened': ['dmarc.policy-none'],
  'dkim.selector-removed': ['dkim.selector-not-found'],
  'dkim.key-weakened': ['dkim.weak-key', 'dkim.insecure-key'],
  'spf.all-weakened': ['spf.pass-all', 'spf.neutral-all'],
  'spf.lookups-over-limit': ['spf.too-many-lookups'],
  'ptr.fcrdns-lost': ['ptr.mismatch', 'ptr.missing'],
};

/**
 * Whether a regression accounts for a finding of the current report (the finding it brought, or one its value change
 * explains), so an adapter reports the two once, not as a regression and again as a finding.
 */
export function explainsFinding(change: ReportChange, finding: { id: string; at?: string | undefined }): boolean {
  if (change.kind !== finding.id && !(EXPLAINS[change.kind] ?? []).includes(finding.id)) return false;
  return change.at === undefined || finding.at === undefined || change.at === finding.at;
}

const findingKey = (finding: Finding) => `${finding.id}|${finding.at ?? ''}`;
const counts = (finding: Finding) => finding.severity !== 'info';

/** New warning/error findings are regressions; warning/error findings that went away are improvements. */
function findingChanges(section: SectionName, before: Finding[], after: Finding[], diff: ReportDiff) {
  const old = new Set(before.filter(counts).map(findingKey));
  const now = new Set(after.filter(counts).map(findingKey));
  for (const finding of after.filter(counts)) {
    if (!old.has(findingKey(finding))) {
      const change: ReportChange = { section, kind: finding.id, message: finding.message, fix: finding.fix };
      if (finding.at !== undefined) change.at = finding.at;
      diff.regressions.push(change);
    }
  }
  for (const finding of before.filter(counts)) {
    if (!now.has(findingKey(finding))) {
      diff.improvements.push({ section, kind: finding.id, message: `Resolved: ${finding.message}` });
    }
  }
}

/** Compares the values that matter beyond findings: policy strength, selectors and key sizes, `all`, FCrDNS. */
function valueChanges(before: ReportSections, after: ReportSections, skip: Set<SectionName>, diff: ReportDiff) {
  const push = (regressed: boolean, change: ReportChange) =>
    (regressed ? diff.regressions : diff.improvements).push(change);

  if (!skip.has('dmarc')) {
    const was = before.dmarc.data.policy;
    const is = after.dmarc.data.policy;
    const at = after.dmarc.data.recordName ?? before.dmarc.data.recordName;
    const kinds = [
      ['domain', 'the domain'],
      ['subdomains', 'existing subdomains'],
      ['nonExistentSubdomains', 'non-existent subdomains'],
    ] as const;
    // One change per distinct move (reject → none for p, sp and np alike is one change, not three).
    const moves = new Map<string, { a: DmarcPolicy; b: DmarcPolicy; labels: string[] }>();
    for (const [kind, label] of kinds) {
      const a = was?.[kind].applied ?? 'none';
      const b = is?.[kind].applied ?? 'none';
      if (a === b) continue;
      const move = moves.get(`${a}>${b}`) ?? { a, b, labels: [] };
      move.labels.push(label);
      moves.set(`${a}>${b}`, move);
    }
    for (const { a, b, labels } of moves.values()) {
      const weakened = comparePolicies(b, a) < 0;
      push(weakened, {
        section: 'dmarc',
        kind: weakened ? 'dmarc.policy-weakened' : 'dmarc.policy-strengthened',
        message: `The DMARC policy applied to ${listOf(labels)} went from ${a} to ${b}.`,
        ...(weakened ? { fix: `Publish p=${a} again (or sp/np for subdomains) in the DMARC record.` } : {}),
        ...(at ? { at } : {}),
        before: a,
        after: b,
      });
    }
  }

  if (!skip.has('dkim')) {
    const now = new Map(after.dkim.data.selectors.map((s) => [s.selector, s]));
    for (const old of before.dkim.data.selectors.filter((s) => s.found)) {
      const current = now.get(old.selector);
      if (!current?.found) {
        push(true, {
          section: 'dkim',
          kind: 'dkim.selector-removed',
          at: old.name,
          message: `The DKIM selector ${old.selector} (${old.name}) no longer publishes a key.`,
          fix: `Publish the key at ${old.name} again, or remove the selector from the baseline if it was retired on purpose.`,
          before: 'found',
          after: 'missing',
        });
      } else if (old.keyBits && current.keyBits && current.keyBits < old.keyBits && current.keyType === old.keyType) {
        push(true, {
          section: 'dkim',
          kind: 'dkim.key-weakened',
          at: old.name,
          message: `The DKIM key at ${old.name} shrank from ${old.keyBits} to ${current.keyBits} bits.`,
          fix: 'Publish a 2048-bit RSA (or Ed25519) key at this selector.',
          before: String(old.keyBits),
          after: String(current.keyBits),
        });
      }
    }
  }

  if (!skip.has('spf')) {
    const a = before.spf.data.all;
    const b = after.spf.data.all;
    if (a && b && a !== b) {
      const regressed = ALL_RANK[b] > ALL_RANK[a];
      push(regressed, {
        section: 'spf',
        kind: regressed ? 'spf.all-weakened' : 'spf.all-strengthened',
        message: `The SPF policy now ends in ${b}all instead of ${a}all.`,
        ...(regressed ? { fix: `End the SPF record with ${a}all again.` } : {}),
        before: `${a}all`,
        after: `${b}all`,
      });
    }
    const was = before.spf.data.lookups.count;
    const is = after.spf.data.lookups.count;
    if (was <= 10 && is > 10) {
      push(true, {
        section: 'spf',
        kind: 'spf.lookups-over-limit',
        message: `The SPF policy now needs ${is} DNS lookups (limit 10, was ${was}).`,
        fix: 'Remove or flatten includes until the policy needs 10 lookups or fewer.',
        before: String(was),
        after: String(is),
      });
    }
  }

  if (!skip.has('ptr')) {
    const now = new Map(after.ptr.data.results.map((r) => [r.ip, r]));
    for (const old of before.ptr.data.results.filter((r) => r.fcrdns)) {
      const current = old.ip ? now.get(old.ip) : undefined;
      if (current && !current.fcrdns && current.status !== 'error') {
        push(true, {
          section: 'ptr',
          kind: 'ptr.fcrdns-lost',
          at: old.ip,
          message: `The reverse DNS of ${old.ip} no longer confirms forward (was ${old.confirmedName}).`,
          fix: `Make the PTR of ${old.ip} a name whose A/AAAA record includes ${old.ip}.`,
          before: old.confirmedName ?? 'confirmed',
          after: current.names[0] ?? 'no PTR',
        });
      }
    }
  }
}

/**
 * Compares a baseline report with the current one: grade, section statuses, findings and the values that matter
 * (policy, selectors, key sizes, `all`, FCrDNS). A section in `error` in either report is skipped — a DNS failure is
 * never a regression — and the grade is compared only when both reports are complete.
 */
export function diffReports(baseline: DomainReport, current: DomainReport): ReportDiff {
  const diff: ReportDiff = { regressions: [], improvements: [], skipped: [] };
  const skip = new Set<SectionName>();
  for (const section of SECTIONS) {
    const a = baseline.sections[section]?.status;
    const b = current.sections[section]?.status;
    if (a === undefined || b === undefined || a === 'error' || b === 'error') skip.add(section);
  }
  diff.skipped = SECTIONS.filter((section) => skip.has(section));

  if (baseline.complete && current.complete) {
    const order = compareGrades(current.grade, baseline.grade);
    if (order !== 0) {
      (order > 0 ? diff.regressions : diff.improvements).push({
        section: 'grade',
        kind: order > 0 ? 'grade-down' : 'grade-up',
        message: `The grade went from ${baseline.grade} to ${current.grade} (score ${baseline.score} → ${current.score}).`,
        before: baseline.grade,
        after: current.grade,
      });
    }
  }

  for (const section of SECTIONS) {
    if (skip.has(section)) continue;
    const before = baseline.sections[section];
    const after = current.sections[section];
    const regressionsBefore = diff.regressions.length;
    findingChanges(section, before.findings, after.findings, diff);
    const a = STATUS_RANK[before.status as Exclude<SectionStatus, 'error'>];
    const b = STATUS_RANK[after.status as Exclude<SectionStatus, 'error'>];
    // A worse status always comes with a new finding; report it on its own only when no finding explains it.
    if (b > a && diff.regressions.length === regressionsBefore) {
      diff.regressions.push({
        section,
        kind: 'status-down',
        message: `The ${section} section went from ${before.status} to ${after.status}: ${after.summary}`,
        before: before.status,
        after: after.status,
      });
    } else if (b < a) {
      diff.improvements.push({
        section,
        kind: 'status-up',
        message: `The ${section} section went from ${before.status} to ${after.status}.`,
        before: before.status,
        after: after.status,
      });
    }
  }
  const findingRegressions = diff.regressions.length;
  valueChanges(baseline.sections, current.sections, skip, diff);
  // A value change names the cause better than the finding it brings (a removed selector, not "no key at s1"):
  // such a finding is not counted again.
  const causes = diff.regressions.slice(findingRegressions);
  diff.regressions = diff.regressions.filter(
    (change, index) =>
      index >= findingRegressions ||
      !causes.some(
        (cause) => cause.section === change.section && explainsFinding(cause, { id: change.kind, at: change.at }),
      ),
  );
  return diff;
}
