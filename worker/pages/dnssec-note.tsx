/** @jsxImportSource hono/jsx */
import { DNSSEC_SENTENCES, type DnssecState } from '../../core/index.js';

/** A section's DNSSEC state in one line (nothing for a report without one: a baseline written before the field). */
export function DnssecNote(props: { dnssec: DnssecState | undefined }) {
  const { dnssec } = props;
  if (!dnssec) return null;
  return (
    <p class={`meta dnssec dnssec-${dnssec.replace(' ', '-')}`}>
      <strong>DNSSEC: {dnssec}.</strong> {DNSSEC_SENTENCES[dnssec]}
    </p>
  );
}
