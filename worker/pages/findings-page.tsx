/** @jsxImportSource hono/jsx */
import { dkimFindings } from '../../core/dkim/findings.js';
import { dmarcFindings } from '../../core/dmarc/findings.js';
import type { FindingCatalogue } from '../../core/finding.js';
import { mxFindings } from '../../core/mx/findings.js';
import { ptrFindings } from '../../core/ptr/findings.js';
import { spfFindings } from '../../core/spf/findings.js';
import { Layout, renderDocument } from './layout.js';

/** The catalogues in the order docs/findings.md lists them. */
const AREAS: Array<[string, FindingCatalogue]> = [
  ['SPF', spfFindings],
  ['DMARC', dmarcFindings],
  ['DKIM', dkimFindings],
  ['MX', mxFindings],
  ['PTR', ptrFindings],
];

/**
 * The findings catalogue as a page: every id with its severity, meaning, fix and standard, each at the anchor `#<id>`
 * as in docs/findings.md (both come from core's catalogues), so a finding on a report page links to its entry.
 */
export function renderFindingsPage(): string {
  return renderDocument(
    <Layout title="Findings · mailposture">
      <h1>Findings</h1>
      <p>Every finding has a stable id, a severity and a fix; the same list is docs/findings.md in the repository.</p>
      {AREAS.map(([area, catalogue]) => (
        <section class="section" aria-labelledby={`area-${area}`}>
          <h2 id={`area-${area}`}>{area}</h2>
          <dl>
            {Object.entries(catalogue)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([id, definition]) => (
                <div id={id} class="catalogue-entry">
                  <dt>
                    <code>{id}</code> <span class="meta">{definition.severityNote ?? definition.severity}</span>
                  </dt>
                  <dd>
                    <strong>{definition.title}.</strong> {definition.fix} <span class="meta">({definition.rfc})</span>
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </Layout>,
  );
}
