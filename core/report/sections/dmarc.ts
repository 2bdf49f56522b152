import { checkDmarc } from '../../dmarc/check.js';
import { comparePolicies } from '../../dmarc/effective-policy.js';
import { dmarcFindings } from '../../dmarc/findings.js';
import type { DmarcData, DmarcPolicy } from '../../dmarc/types.js';
import { defineSection, type SectionChange } from '../define-section.js';
import { dmarcDataSchema } from './dmarc.schema.js';

const listOf = (items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The dmarc section's data; its JSON Schema (dmarc.schema.ts) is generated from this type (npm run schemas). */
export type DmarcSectionData = DmarcData;

/** The dmarc section: the domain's DMARC policy by the DNS Tree Walk (RFC 9989), with the RFC 7489 view. */
export const dmarcSection = defineSection<'dmarc', DmarcSectionData>({
  name: 'dmarc',
  label: 'DMARC',
  title: 'DMARC',
  standard: 'RFC 9989',
  weight: 30,
  capsGrade: true,
  catalogue: dmarcFindings,
  dataSchema: dmarcDataSchema,
  check: ({ domain, resolver }) => checkDmarc(domain, { resolver }),
  compare(before, after) {
    const changes: SectionChange[] = [];
    const was = before.data.policy;
    const is = after.data.policy;
    const at = after.data.recordName ?? before.data.recordName;
    const kinds = [
      ['domain', 'the domain'],
      ['subdomains', 'existing subdomains'],
      ['nonExistentSubdomains', 'non-existent subdomains'],
    ] as const;
    // One change per distinct move (reject → none for p, sp and np alike is one change, not three).
    const moves = new Map<string, { a: DmarcPolicy; b: DmarcPolicy; labels: string[] }>();
    for (const [kind, label] of kinds) {
      const a = was?.[kind].applied ?? 'none';
      const b = is?.[kind].applied ?? 'none';
      if (a === b) continue;
      const move = moves.get(`${a}>${b}`) ?? { a, b, labels: [] };
      move.labels.push(label);
      moves.set(`${a}>${b}`, move);
    }
    for (const { a, b, labels } of moves.values()) {
      const weakened = comparePolicies(b, a) < 0;
      changes.push({
        regression: weakened,
        kind: weakened ? 'dmarc.policy-weakened' : 'dmarc.policy-strengthened',
        message: `The DMARC policy applied to ${listOf(labels)} went from ${a} to ${b}.`,
        ...(weakened ? { fix: `Publish p=${a} again (or sp/np for subdomains) in the DMARC record.` } : {}),
        ...(at ? { at } : {}),
        before: a,
        after: b,
      });
    }
    return changes;
  },
  explains: { 'dmarc.policy-weakened': ['dmarc.policy-none'] },
});
