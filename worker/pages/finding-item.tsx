/** @jsxImportSource hono/jsx */
import type { Finding } from '../../core/index.js';

/** One finding as the report page lists it: severity, message, where, the fix, its id (linked) and standard. */
export function FindingItem(props: { finding: Finding }) {
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
      <a class="finding-id" href={`/findings#${finding.id}`}>
        {finding.id}
      </a>{' '}
      <span class="meta">· {finding.rfc}</span>
    </li>
  );
}
