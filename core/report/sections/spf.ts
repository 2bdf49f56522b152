import { auditSpf } from '../../spf/audit.js';
import { spfFindings } from '../../spf/findings.js';
import type { SpfAuditData, SpfCheckResult, SpfQualifier } from '../../spf/types.js';
import { defineSection, type SectionChange } from '../define-section.js';
import { spfDataSchema } from './spf.schema.js';

// RFC 7208 §4.6.2: what an `all` at the end gives, strictest first.
const ALL_RANK: Record<SpfQualifier, number> = { '-': 0, '~': 1, '?': 2, '+': 3 };

/** The spf section's data; its JSON Schema (spf.schema.ts) is generated from this type (npm run schemas). */
export type SpfSectionData = SpfAuditData;

/** The check_host() result of `/v1/spf` with `ip` (its schema is generated beside the section's). */
export type SpfCheckHostResult = SpfCheckResult;

/** The spf section: the audit of the domain's SPF policy (RFC 7208). */
export const spfSection = defineSection<'spf', SpfSectionData>({
  name: 'spf',
  label: 'SPF',
  title: 'SPF',
  standard: 'RFC 7208',
  weight: 25,
  capsGrade: true,
  catalogue: spfFindings,
  dataSchema: spfDataSchema,
  check: ({ domain, resolver }) => auditSpf(domain, { resolver }),
  compare(before, after) {
    const changes: SectionChange[] = [];
    const a = before.data.all;
    const b = after.data.all;
    if (a && b && a !== b) {
      const regressed = ALL_RANK[b] > ALL_RANK[a];
      changes.push({
        regression: regressed,
        kind: regressed ? 'spf.all-weakened' : 'spf.all-strengthened',
        message: `The SPF policy now ends in ${b}all instead of ${a}all.`,
        ...(regressed ? { fix: `End the SPF record with ${a}all again.` } : {}),
        before: `${a}all`,
        after: `${b}all`,
      });
    }
    const was = before.data.lookups.count;
    const is = after.data.lookups.count;
    if (was <= 10 && is > 10) {
      changes.push({
        regression: true,
        kind: 'spf.lookups-over-limit',
        message: `The SPF policy now needs ${is} DNS lookups (limit 10, was ${was}).`,
        fix: 'Remove or flatten includes until the policy needs 10 lookups or fewer.',
        before: String(was),
        after: String(is),
      });
    }
    return changes;
  },
  explains: {
    'spf.all-weakened': ['spf.pass-all', 'spf.neutral-all'],
    'spf.lookups-over-limit': ['spf.too-many-lookups'],
  },
});
