import {
  DNSSEC_STATES,
  findingsToFix,
  isLookupFailure,
  type ListedSection,
  listSections,
  SECTIONS,
  type SectionRegistry,
  type SectionStatus,
} from '../core/index.js';
import { baselineChanges } from './annotations.js';
import type { RunResult } from './run.js';
import { dnsFailedFor, knownGrade, sectionLabel } from './verdict.js';

/** ANSI colour helpers; identity functions when colour is off. */
interface Paint {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

function createPaint(colour: boolean): Paint {
  const wrap = (code: number, reset: number) => (text: string) =>
    colour ? `\x1b[${code}m${text}\x1b[${reset}m` : text;
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

const STATUS_TEXT: Record<SectionStatus, string> = { pass: 'pass', warn: 'warn', fail: 'FAIL', error: 'DNS error' };

function paintStatus(paint: Paint, status: SectionStatus): string {
  const text = STATUS_TEXT[status].padEnd(9);
  if (status === 'pass') return paint.green(text);
  if (status === 'warn') return paint.yellow(text);
  if (status === 'fail') return paint.red(text);
  return paint.yellow(text);
}

/** Splits text into lines of at most `room` characters at spaces (a longer word stands alone). */
export function wrapText(text: string, room: number): string[] {
  if (text.length <= room) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * Which sections rest on DNSSEC-validated answers, one line: "validated: SPF, DMARC · not validated: PTR · unknown:
 * TLS" (the states in the order of `DNSSEC_STATES`); empty for a report without them.
 */
export function dnssecLine(sections: readonly ListedSection[]): string {
  const parts: string[] = [];
  for (const state of DNSSEC_STATES) {
    const labels = sections.filter(({ section }) => section.dnssec === state).map(({ entry }) => entry.label);
    if (labels.length > 0) parts.push(`${state}: ${labels.join(', ')}`);
  }
  return parts.join(' · ');
}

/** The run as a readable table for a terminal: a block per domain, then regressions, fixes and the verdict. */
export function renderTable(
  result: RunResult,
  options: { colour: boolean; width?: number; defaultBaseline?: boolean; registry?: SectionRegistry },
): string {
  const registry = options.registry ?? SECTIONS;
  const label = (section: string) => sectionLabel(section, registry);
  const paint = createPaint(options.colour);
  // On a terminal, long text wraps under itself; elsewhere (a CI log, a pipe) lines stay whole.
  const width = options.width === undefined ? Number.POSITIVE_INFINITY : Math.max(60, options.width);
  const wrap = (text: string, column: number) => wrapText(text, width - column).join(`\n${' '.repeat(column)}`);
  const lines: string[] = [];
  for (const outcome of result.domains) {
    const { report, diff } = outcome;
    const grade = knownGrade(outcome);
    if (report.exists === false) {
      lines.push(
        `${paint.bold(report.domain)}  ${paint.red('no grade: the domain does not exist (NXDOMAIN)')}  ${paint.dim(`${report.queries} queries`)}`,
      );
    } else if (grade === null) {
      lines.push(
        `${paint.bold(report.domain)}  grade ${paint.yellow(`unknown (incomplete: ${dnsFailedFor([outcome])})`)}  ${paint.dim(`${report.queries} queries`)}`,
      );
    } else {
      const gradePaint = grade <= 'B' ? paint.green : grade <= 'D' ? paint.yellow : paint.red;
      lines.push(
        `${paint.bold(report.domain)}  grade ${paint.bold(gradePaint(grade))}  ${paint.dim(`score ${report.score} · ${report.queries} queries`)}`,
      );
    }
    for (const { entry, section: data } of listSections(report, registry)) {
      lines.push(`  ${entry.label.padEnd(6)} ${paintStatus(paint, data.status)} ${wrap(data.summary, 19)}`);
      // In a section DNS could not answer, its failed lookups all say the same: the first one only (it says who failed,
      // the DoH server or the domain's DNS, and the fix that fits), then what there is to fix.
      const failure =
        data.status === 'error' && report.exists !== false
          ? (data.findings.find((finding) => finding.cause !== undefined) ?? data.findings.find(isLookupFailure))
          : undefined;
      const shown = [...(failure ? [failure] : []), ...findingsToFix(report, data)];
      for (const finding of shown) {
        if (finding.severity === 'info' && finding !== failure) continue;
        const mark = finding.severity === 'error' ? paint.red('✗') : paint.yellow('!');
        lines.push(`         ${mark} ${paint.dim(finding.id)} ${wrap(finding.message, 12 + finding.id.length)}`);
        lines.push(`           ${paint.dim(`fix: ${wrap(finding.fix, 16)}`)}`);
      }
      const failedLookups = report.exists === false ? 0 : data.findings.length - shown.length;
      if (failedLookups > 0) {
        lines.push(`         ${paint.dim(`(${failedLookups} more failed lookup${failedLookups === 1 ? '' : 's'})`)}`);
      }
    }
    const dnssec = dnssecLine(listSections(report, registry));
    if (dnssec) lines.push(`  ${'DNSSEC'.padEnd(6)} ${paint.dim(wrap(dnssec, 9))}`);
    for (const change of diff?.regressions ?? []) {
      lines.push(`  ${paint.red('regressed')} ${label(change.section)} ${change.kind}: ${change.message}`);
      if (change.fix) lines.push(`            ${paint.dim(`fix: ${change.fix}`)}`);
    }
    for (const change of diff?.improvements ?? []) {
      lines.push(`  ${paint.green('improved')}  ${label(change.section)}: ${change.message}`);
    }
    lines.push('');
  }
  const { verdict, baseline } = result;
  const where = `${baseline.label}${options.defaultBaseline ? ' (the default path; --baseline FILE for another)' : ''}`;
  const compared = result.domains.filter((outcome) => outcome.baseline === 'compared').length;
  if (baseline.status === 'found') {
    lines.push(
      paint.dim(`Compared with the baseline ${where}: ${compared} of ${result.domains.length} domains in it.`),
    );
  } else if (baseline.status === 'missing' && !baseline.written) {
    lines.push(`No baseline: nothing compared (${where} does not exist; create it with --update-baseline).`);
  } else if (baseline.status === 'none') {
    lines.push('No baseline: nothing compared.');
  }
  if (baseline.written) {
    lines.push(`Baseline written to ${baseline.label}: commit it so later runs compare with it.`);
    for (const change of baselineChanges(result)) lines.push(`  ${change}`);
  } else if (baseline.unchanged) {
    lines.push(paint.dim(`Baseline ${baseline.label} left as it was: no domain's findings changed.`));
  }
  for (const failure of verdict.accepted) {
    lines.push(`${paint.dim('accepted')} ${failure.domain}: ${failure.message}`);
  }
  for (const note of verdict.notes) lines.push(paint.yellow(note));
  // Regressions are listed under their domain above; here only their count, and every other reason in full.
  const regressed = new Map<string, number>();
  for (const failure of verdict.failures) {
    if (failure.kind === 'regression') regressed.set(failure.domain, (regressed.get(failure.domain) ?? 0) + 1);
    else lines.push(`${paint.red('✗')} ${failure.domain}: ${failure.message}`);
  }
  for (const [domain, count] of regressed) {
    lines.push(`${paint.red('✗')} ${domain}: ${count} regression${count > 1 ? 's' : ''} against the baseline`);
  }
  const dns = result.domains.filter((outcome) => outcome.dnsErrors.length > 0);
  for (const outcome of dns) {
    lines.push(
      paint.yellow(`DNS could not answer for ${outcome.domain}: ${outcome.dnsErrors.join(', ')} (not compared).`),
    );
  }
  const tally =
    compared === 0 && !baseline.written
      ? `worst grade ${result.grade ?? 'unknown'}; ${baseline.status === 'found' ? 'not in the baseline' : 'no baseline'}: nothing compared`
      : `worst grade ${result.grade ?? 'unknown'}, ${result.regressions} regression${result.regressions === 1 ? '' : 's'}${verdict.accepted.length > 0 ? ' accepted into the baseline' : ''}`;
  if (verdict.status === 'failed') lines.push(paint.red(`Failed: ${tally}.`));
  else if (verdict.status === 'incomplete')
    lines.push(paint.yellow(`Incomplete: ${dnsFailedFor(result.domains)}; ${tally}.`));
  else lines.push(paint.green(`Passed: ${tally}.`));
  return `${lines.join('\n')}\n`;
}
