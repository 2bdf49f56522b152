/** @jsxImportSource hono/jsx */
import type { Finding } from '../../core/finding.js';
import type { DomainReport, ReportSection, SectionName } from '../../core/report/types.js';
import { CheckForm, Layout, renderDocument } from './layout.js';

/** Section titles in the order the page shows them. */
const SECTION_TITLES: Record<SectionName, string> = {
  spf: 'SPF',
  dkim: 'DKIM',
  dmarc: 'DMARC',
  mx: 'MX',
  ptr: 'Reverse DNS (PTR)',
};

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

function Section(props: { name: SectionName; section: ReportSection }) {
  const { name, section } = props;
  return (
    <section class="section" aria-labelledby={`section-${name}`}>
      <h2 id={`section-${name}`}>
        {SECTION_TITLES[name]} <span class={`status status-${section.status}`}>{STATUS_WORDS[section.status]}</span>
      </h2>
      <p>{section.summary}</p>
      {section.findings.length ? (
        <ul class="findings" aria-label={`${SECTION_TITLES[name]} findings`}>
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

/** The report as a page: grade, each check with its findings and fixes, and the records as published. */
export function renderReportPage(report: DomainReport, selector = ''): string {
  const names = (Object.keys(SECTION_TITLES) as SectionName[]).filter((name) => report.sections[name]);
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
      {names.map((name) => (
        <Section name={name} section={report.sections[name]} />
      ))}
      <h2>Check another domain</h2>
      <CheckForm domain={report.input} selector={selector} />
    </Layout>,
  );
}
