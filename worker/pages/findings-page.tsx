/** @jsxImportSource hono/jsx */
import { type FindingDefinition, SECTIONS, type SectionRegistry } from '../../core/index.js';
import { Layout, renderDocument } from './layout.js';

/**
 * The findings catalogue as a page: every id with its severity, meaning, fix and standard, each at the anchor `#<id>`
 * as in docs/findings.md (both come from the section registry's catalogues), so a finding on a report page links to its entry.
 */
export function renderFindingsPage(registry: SectionRegistry = SECTIONS): string {
  return renderDocument(
    <Layout title="Findings · mailposture">
      <h1>Findings</h1>
      <p>Every finding has a stable id, a severity and a fix; the same list is docs/findings.md in the repository.</p>
      {registry.entries.map(({ label: area, catalogue }) => (
        <section class="section" aria-labelledby={`area-${area}`}>
          <h2 id={`area-${area}`}>{area}</h2>
          <dl>
            {Object.entries<FindingDefinition>(catalogue)
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
