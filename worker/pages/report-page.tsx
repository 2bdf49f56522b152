/** @jsxImportSource hono/jsx */
import {
  type DomainReport,
  type Finding,
  findingsToFix,
  type ListedSection,
  listSections,
  SECTIONS,
  type SectionRegistry,
  type SectionStatus,
  type SendingData,
} from '../../core/index.js';
import { DnssecNote } from './dnssec-note.js';
import { FindingItem } from './finding-item.js';
import { CheckForm, type FormValues, Layout, renderDocument } from './layout.js';
import { SendingCards } from './sending-section.js';

const STATUS_WORDS: Record<SectionStatus, string> = {
  pass: 'pass',
  warn: 'warning',
  fail: 'fail',
  error: 'unknown (DNS failed)',
};

/** A failed lookup's finding, with its cause: shown once, in the page's banner, not under every section it hit. */
const isAttributedFailure = (finding: Finding) => finding.cause !== undefined;

const CAUSE_WORDS: Record<NonNullable<Finding['cause']>, string> = {
  resolver: "The DoH server this checker asks failed — not the domain's DNS",
  domain: "The domain's DNS failed",
  limit: 'The check reached its own bound before DNS answered',
};

/** One banner naming why the grade is unknown: each cause once, the checks it hit, an example and the fix. */
function UnknownBanner(props: { report: DomainReport<unknown>; listed: ReturnType<typeof listSections> }) {
  const { report, listed } = props;
  if (report.exists === false) {
    return (
      <div class="banner" role="alert">
        <strong>{report.domain} does not exist</strong> (NXDOMAIN at its name, RFC 8020): there is nothing to check and
        no grade. Is the name spelt right?
      </div>
    );
  }
  const unknown = listed.filter(({ section }) => section.status === 'error');
  const causes = new Map<NonNullable<Finding['cause']>, { finding: Finding; sections: string[] }>();
  for (const { entry, section } of unknown) {
    for (const finding of section.findings.filter(isAttributedFailure)) {
      const cause = finding.cause!;
      const seen = causes.get(cause) ?? { finding, sections: [] };
      if (!seen.sections.includes(entry.title)) seen.sections.push(entry.title);
      causes.set(cause, seen);
    }
  }
  return (
    <div class="banner" role="alert">
      <p>
        <strong>Grade unknown:</strong> DNS failed for {unknown.map(({ entry }) => entry.title).join(', ')}, so those
        checks are unknown — not missing, not failed. What is known is shown below.
      </p>
      {[...causes].map(([cause, { finding, sections }]) => (
        <p>
          <strong>{CAUSE_WORDS[cause]}</strong> ({sections.join(', ')}): {finding.message}
          <br />
          <strong>Fix:</strong> {finding.fix}
        </p>
      ))}
    </div>
  );
}

function Section(props: { name: string; title: string; section: ListedSection['section']; exists: boolean }) {
  const { name, title, section, exists } = props;
  // The failed lookups of a section DNS could not answer are named once, in the banner above; a domain that does not
  // exist has nothing to fix (the banner says so).
  const findings = findingsToFix({ exists }, section);
  return (
    <section class="section" aria-labelledby={`section-${name}`}>
      <h2 id={`section-${name}`}>
        {title} <span class={`status status-${section.status}`}>{STATUS_WORDS[section.status]}</span>
      </h2>
      <p>{section.summary}</p>
      <DnssecNote dnssec={section.dnssec} />
      {findings.length ? (
        <ul class="findings" aria-label={`${title} findings`}>
          {findings.map((finding) => (
            <FindingItem finding={finding} />
          ))}
        </ul>
      ) : section.status === 'error' || !exists ? null : (
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

const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

/** A time for people: "1 December 2026, 10:49 UTC". */
export function humanTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${WHEN.format(date).replace(' at ', ', ')} UTC`;
}

/** A duration for people: "under 1 ms", "340 ms", "1.2 s". */
export function humanDuration(ms: number): string {
  if (ms < 1) return 'under 1 ms';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** The report as a page: grade, each check (in the registry's order) with its findings, fixes and records. */
export function renderReportPage(
  report: DomainReport<unknown>,
  form: FormValues | string = {},
  registry: SectionRegistry = SECTIONS,
  origin = '',
): string {
  const domainPath = encodeURIComponent(report.domain);
  // A bare string is the selector field (how callers before the sending section passed it).
  const values: FormValues = typeof form === 'string' ? { selector: form } : form;
  const query = new URLSearchParams();
  for (const ip of (values.ip ?? '').split(/[\s,]+/).filter(Boolean)) query.append('ip', ip);
  if (values.sender?.trim()) query.set('sender', values.sender.trim());
  if (values.helo?.trim()) query.set('helo', values.helo.trim());
  const jsonPath = `/v1/check/${domainPath}${query.size > 0 ? `?${query}` : ''}`;
  const badge = `${origin}/badge/${domainPath}.svg`;
  const snippet = `[![email auth](${badge})](${origin}/report/${domainPath})`;
  return renderDocument(
    <Layout title={`${report.domain}: grade ${report.grade ?? 'unknown'} · mailposture`}>
      <h1>{report.input === report.domain ? report.domain : `${report.input} (${report.domain})`}</h1>
      {report.grade === null ? <UnknownBanner report={report} listed={listSections(report, registry)} /> : null}
      <div class="summary">
        <span
          class={`grade grade-${report.grade ?? 'unknown'}`}
          role="img"
          aria-label={`Grade ${report.grade ?? 'unknown'}`}
        >
          {report.grade ?? '?'}
        </span>
        <p>
          {report.grade === null ? (
            <span>
              Grade <strong>unknown</strong>.
            </span>
          ) : (
            <span>
              Grade <strong>{report.grade}</strong>, score {report.score} of 100.
            </span>
          )}
          <br />
          <span class="meta">
            Checked <time datetime={report.checkedAt}>{humanTime(report.checkedAt)}</time>: {report.queries} DNS
            lookups, {humanDuration(report.elapsedMs)} (answers the service had kept are not asked again).
          </span>
        </p>
      </div>
      {listSections(report, registry).map(({ entry, section }) =>
        // The sending section (first when present) is one card per IP, in the words its data carries.
        entry.name === 'sending' ? (
          <SendingCards
            title={entry.title}
            status={section.status}
            statusWords={STATUS_WORDS[section.status]}
            summary={section.summary}
            dnssec={section.dnssec}
            data={section.data as SendingData}
          />
        ) : (
          <Section name={entry.name} title={entry.title} section={section} exists={report.exists !== false} />
        ),
      )}
      <section class="section" aria-labelledby="section-use">
        <h2 id="section-use">Use this report</h2>
        <p>
          As JSON: <a href={jsonPath}>/v1/check/{report.domain}</a> (<a href="/openapi.json">OpenAPI</a>). Finding ids
          link to <a href="/findings">the findings catalogue</a>.
        </p>
        <p>
          A badge for a README: <img src={`/badge/${domainPath}.svg`} alt={`email auth grade of ${report.domain}`} />
        </p>
        <pre class="badge-snippet">{snippet}</pre>
      </section>
      <h2>Check another domain</h2>
      <CheckForm {...values} domain={report.input} />
    </Layout>,
  );
}
