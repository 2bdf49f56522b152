/** @jsxImportSource hono/jsx */
import {
  type DomainReport,
  type Finding,
  listSections,
  type ReportSection,
  SECTIONS,
  type SectionRegistry,
} from '../../core/index.js';
import { CheckForm, Layout, renderDocument } from './layout.js';

const STATUS_WORDS: Record<ReportSection['status'], string> = {
  pass: 'pass',
  warn: 'warning',
  fail: 'fail',
  error: 'DNS error',
};

function FindingItem(props: { finding: Finding }) {
  const { finding } = props;
  return (
    <li class={`sev-${finding.severity}`}>
      <strong>{finding.severity}:</strong> {finding.message}
      {finding.at ? (
        <span class="meta">
          {' '}
          at <code>{finding.at}</code>
        </span>
      ) : null}
      <p class="fix">
        <strong>Fix:</strong> {finding.fix}
      </p>
      <span class="finding-id">{finding.id}</span> <span class="meta">· {finding.rfc}</span>
    </li>
  );
}

function Section(props: { name: string; title: string; section: ReportSection }) {
  const { name, title, section } = props;
  return (
    <section class="section" aria-labelledby={`section-${name}`}>
      <h2 id={`section-${name}`}>
        {title} <span class={`status status-${section.status}`}>{STATUS_WORDS[section.status]}</span>
      </h2>
      <p>{section.summary}</p>
      {section.findings.length ? (
        <ul class="findings" aria-label={`${title} findings`}>
          {section.findings.map((finding) => (
            <FindingItem finding={finding} />
          ))}
        </ul>
      ) : (
        <p class="meta">No findings.</p>
      )}
      {section.records.length ? (
        <details open>
          <summary>Records as published</summary>
          <pre>{section.records.join('\n')}</pre>
        </details>
      ) : null}
    </section>
  );
}

/** The report as a page: grade, each check (in the registry's order) with its findings, fixes and records. */
export function renderReportPage(
  report: DomainReport<unknown>,
  selector = '',
  registry: SectionRegistry = SECTIONS,
): string {
  return renderDocument(
    <Layout title={`${report.domain}: grade ${report.grade} · mailposture`}>
      <h1>{report.input === report.domain ? report.domain : `${report.input} (${report.domain})`}</h1>
      <div class="summary">
        <span class={`grade grade-${report.grade}`} role="img" aria-label={`Grade ${report.grade}`}>
          {report.grade}
        </span>
        <p>
          Grade <strong>{report.grade}</strong>, score {report.score} of 100.
          <br />
          <span class="meta">
            Checked {report.checkedAt} with {report.queries} DNS queries in {report.elapsedMs} ms.
          </span>
        </p>
      </div>
      {listSections(report, registry).map(({ entry, section }) => (
        <Section name={entry.name} title={entry.title} section={section} />
      ))}
      <h2>Check another domain</h2>
      <CheckForm domain={report.input} selector={selector} />
    </Layout>,
  );
}
