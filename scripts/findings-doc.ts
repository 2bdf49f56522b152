/**
 * docs/findings.md is generated from the finding catalogues in core/ (each id is declared once, there):
 * `npm run docs` rewrites it, and a test fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SECTIONS, type SectionRegistry } from '../core/index.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The Markdown of docs/findings.md: one part per section of the registry, with its catalogue. */
export function renderFindingsDoc(registry: SectionRegistry = SECTIONS): string {
  const lines = [
    '# Findings',
    '',
    '<!-- Generated from the catalogues in core/*/findings.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'Every finding mailposture reports has a stable id (`area.kebab-name`), a severity and a fix. Ids are a public',
    'contract: they never change meaning and are never renamed. Link to one as `docs/findings.md#<id>`.',
    '',
    '- **error**: mail is (or may be) rejected or unprotected; the section fails.',
    '- **warning**: protection is weaker than it should be; the section is `warn`.',
    '- **info**: worth knowing; does not change the status.',
    '',
    'A section whose DNS lookups failed has status `error` and a `*.dns-error` finding: that means "unknown", never',
    '"missing", and it is never counted as a regression.',
    '',
  ];
  for (const { label, standard, catalogue } of registry.entries) {
    lines.push(`## ${label} (${standard})`, '');
    for (const [id, definition] of Object.entries(catalogue).sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(
        `<a id="${id}"></a>`,
        '',
        `### ${id}`,
        '',
        `| severity | meaning | fix | standard |`,
        `| --- | --- | --- | --- |`,
        `| ${definition.severityNote ? cell(definition.severityNote) : definition.severity} | ${cell(definition.title)} | ${cell(definition.fix)} | ${cell(definition.rfc)} |`,
        '',
      );
    }
  }
  return lines.join('\n');
}

/** Every finding id of every catalogue. */
export function allFindingIds(registry: SectionRegistry = SECTIONS): string[] {
  return registry.entries.flatMap(({ catalogue }) => Object.keys(catalogue));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../docs/findings.md', import.meta.url), renderFindingsDoc());
  console.log(`docs/findings.md: ${allFindingIds().length} finding ids`);
}
