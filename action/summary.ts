import {
  findingsToFix,
  listSections,
  SECTIONS,
  type SectionRegistry,
  type SectionStatus,
  type SendingData,
} from '../core/index.js';
import { baselineChanges } from './annotations.js';
import { escapeMarkdown as escapeCell } from './markdown.js';
import type { RunResult } from './run.js';
import { type DomainOutcome, dnsFailedFor, firstFailure, sectionLabel } from './verdict.js';

const STATUS_ICON: Record<SectionStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', error: '❔' };

function comparison(outcome: DomainOutcome, section: string): string {
  if (outcome.dnsErrors.includes(section)) return 'not compared (DNS)';
  if (!outcome.diff) return '—';
  if (outcome.diff.skipped.includes(section)) return 'not compared (DNS)';
  const regressed = outcome.diff.regressions.filter((change) => change.section === section).length;
  const improved = outcome.diff.improvements.filter((change) => change.section === section).length;
  if (regressed > 0) return `❌ ${regressed} regression${regressed > 1 ? 's' : ''}`;
  if (improved > 0) return `⬆️ improved`;
  return 'unchanged';
}

function domainSection(outcome: DomainOutcome, registry: SectionRegistry): string[] {
  const { report, diff } = outcome;
  const label = (section: string) => sectionLabel(section, registry);
  const sections = listSections(report, registry);
  const gradeChange =
    diff?.regressions.find((c) => c.section === 'grade') ?? diff?.improvements.find((c) => c.section === 'grade');
  const was = gradeChange?.before ? ` (was ${gradeChange.before})` : '';
  const lines = [
    report.exists === false
      ? `### ${escapeCell(report.domain)} — no grade: the domain does not exist (NXDOMAIN)`
      : outcome.dnsErrors.length > 0 || report.grade === null
        ? `### ${escapeCell(report.domain)} — grade unknown (incomplete: ${escapeCell(dnsFailedFor([outcome]))})`
        : `### ${escapeCell(report.domain)} — grade ${report.grade}${was}`,
    '',
    '| check | status | summary | DNSSEC | vs baseline |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const { entry, section: data } of sections) {
    lines.push(
      `| ${entry.label} | ${STATUS_ICON[data.status]} ${data.status} | ${escapeCell(data.summary)} | ${data.dnssec ?? '—'} | ${comparison(outcome, entry.name)} |`,
    );
  }
  lines.push('');
  lines.push(...sendingHosts(sections.find(({ entry }) => entry.name === 'sending')?.section.data));
  if (diff && diff.regressions.length > 0) {
    lines.push('**Regressions**', '');
    for (const change of diff.regressions) {
      const values =
        change.before !== undefined || change.after !== undefined
          ? ` (${change.before ?? '—'} → ${change.after ?? '—'})`
          : '';
      lines.push(
        `- **${label(change.section)}** \`${change.kind}\`: ${escapeCell(change.message)}${escapeCell(values)}`,
      );
      if (change.fix) lines.push(`  - Fix: ${escapeCell(change.fix)}`);
    }
    lines.push('');
  }
  if (diff && diff.improvements.length > 0) {
    lines.push('**Improvements**', '');
    for (const change of diff.improvements) lines.push(`- **${label(change.section)}**: ${escapeCell(change.message)}`);
    lines.push('');
  }
  if (outcome.dnsErrors.length > 0) {
    // The failure itself (who failed, and the fix that fits: the DoH endpoint or the domain's name servers).
    const first = firstFailure(outcome, registry);
    lines.push(
      `> [!WARNING]\n> DNS could not answer for ${outcome.dnsErrors.map(label).join(', ')}: not compared with the baseline (never counted as a regression).`,
      ...(first ? [`> First failure: ${escapeCell(first.message)}`, `> Fix: ${escapeCell(first.fix)}`] : []),
      '',
    );
  }
  if (report.exists === false) {
    lines.push(
      `> [!WARNING]\n> ${escapeCell(report.domain)} does not exist (NXDOMAIN at its name, RFC 8020): nothing to fix in its records. Is the name spelt right?`,
      '',
    );
  }
  // The failed lookups are in the warning above; a domain that does not exist has nothing to fix.
  const findings = sections.flatMap(({ entry, section }) =>
    findingsToFix(report, section)
      .filter((f) => f.severity !== 'info')
      .map((finding) => ({ section: entry.name, finding })),
  );
  if (findings.length > 0) {
    lines.push(`<details><summary>${findings.length} finding${findings.length > 1 ? 's' : ''} to fix</summary>`, '');
    for (const { section, finding } of findings) {
      lines.push(
        `- ${label(section)} · ${finding.severity} · \`${finding.id}\`: ${escapeCell(finding.message)} — ${escapeCell(finding.fix)} (${escapeCell(finding.rfc)})`,
      );
    }
    lines.push('', '</details>', '');
  }
  return lines;
}

/** The sending section's hosts: the outcome of each IP, and each receiver's checklist (core's words, inert). */
function sendingHosts(data: unknown): string[] {
  const hosts = (data as SendingData | undefined)?.hosts;
  if (!Array.isArray(hosts) || hosts.length === 0) return [];
  const lines = ['**Sending hosts**', ''];
  for (const host of hosts) {
    lines.push(`- \`${escapeCell(host.ip)}\` ${STATUS_ICON[host.status]} ${escapeCell(host.outcome.text)}`);
    for (const list of host.requirements) {
      const by = (status: string) =>
        list.items.filter((item) => item.status === status).map((item) => escapeCell(item.text));
      const parts = [
        ['met', by('pass')],
        ['not met', by('fail')],
        ['unknown', by('unknown')],
      ] as const;
      const said = parts
        .filter(([, items]) => items.length > 0)
        .map(([word, items]) => `${word}: ${items.join('; ')}`)
        .join(' · ');
      const unchecked = by('not-checkable').length;
      lines.push(
        `  - ${escapeCell(list.name)} (since ${list.since}): ${said}${unchecked > 0 ? ` · ${unchecked} not checkable from DNS` : ''}`,
      );
    }
  }
  lines.push('');
  return lines;
}

/** The job summary of a run (GitHub-flavoured Markdown): verdict, a table per domain, regressions with their fix. */
export function renderSummary(result: RunResult, registry: SectionRegistry = SECTIONS): string {
  const { verdict } = result;
  const head = {
    failed: '❌ failed',
    incomplete: `❔ incomplete: ${escapeCell(dnsFailedFor(result.domains))}`,
    passed: '✅ passed',
  }[verdict.status];
  const lines = [`## Email authentication: ${head}`, ''];
  lines.push(
    `Worst grade **${result.grade ?? 'unknown'}**${result.minGrade ? ` (minimum ${result.minGrade})` : ''} · ${result.regressions} regression${result.regressions === 1 ? '' : 's'} · fail-on \`${result.failOn}\``,
    '',
  );
  // Regressions are listed under their domain below; here only their count, and every other reason in full.
  const regressed = new Map<string, number>();
  for (const failure of verdict.failures) {
    if (failure.kind === 'regression') regressed.set(failure.domain, (regressed.get(failure.domain) ?? 0) + 1);
    else lines.push(`- ${escapeCell(failure.domain)}: ${escapeCell(failure.message)}`);
  }
  for (const [domain, count] of regressed) {
    lines.push(`- ${escapeCell(domain)}: ${count} regression${count > 1 ? 's' : ''} against the baseline`);
  }
  for (const failure of verdict.accepted) {
    lines.push(`- ${escapeCell(failure.domain)}: ${escapeCell(failure.message)} — accepted into the baseline`);
  }
  for (const note of verdict.notes) lines.push(`- ${escapeCell(note)}`);
  if (verdict.failures.length + verdict.accepted.length + verdict.notes.length > 0) lines.push('');
  for (const outcome of result.domains) lines.push(...domainSection(outcome, registry));
  lines.push(...baselineNote(result), '');
  return lines.join('\n');
}

function baselineNote(result: RunResult): string[] {
  const { baseline } = result;
  const path = baseline.label ? `\`${baseline.label}\`` : 'the baseline';
  const lines: string[] = [];
  if (baseline.written) {
    lines.push(`Baseline written to ${path}: commit it so later runs compare with it.`, '');
    for (const change of baselineChanges(result)) lines.push(`- ${escapeCell(change)}`);
    lines.push('');
  } else if (baseline.unchanged) {
    const kept =
      baseline.kept.length > 0
        ? ` (DNS could not answer in full for ${escapeCell(baseline.kept.join(', '))}: kept as they were)`
        : '';
    lines.push(`Baseline ${path} left as it was: no domain's findings changed${kept}.`);
  } else if (baseline.status === 'missing') {
    lines.push(
      `No baseline yet at ${path}, so nothing was compared. Create it: run this step once with \`update-baseline: true\` and commit the file (or locally: \`npx mailposture check <domain> --baseline ${baseline.label ?? 'FILE'} --update-baseline\`).`,
    );
  } else if (baseline.status === 'found') {
    const missing = result.domains.filter((o) => o.baseline === 'missing').map((o) => o.domain);
    lines.push(`Compared with ${path}.`);
    if (missing.length > 0)
      lines.push(`Not in the baseline yet: ${escapeCell(missing.join(', '))} (run with \`update-baseline: true\`).`);
  }
  return lines;
}
