import { z } from 'zod';
import { SECTIONS } from '../core/index.js';

// The baseline holds reports this tool wrote. The schema checks every field a later run reads from them (the diff
// reads statuses, findings, the grade and the values it compares), so a file that does not fit is refused with the
// path of the field instead of breaking the comparison or turning it off; other fields pass through untouched.

const MAX_COUNT = 1_000_000;
const count = z.int().min(0).max(MAX_COUNT);
const text = z.string().max(100_000);

const FindingSchema = z.looseObject({
  id: z.string().min(1).max(200),
  severity: z.enum(['info', 'warning', 'error']),
  message: text,
  fix: text,
  rfc: text,
  at: text.optional(),
});

/** The fields every section has; `data` is checked per section below. */
function section<D extends z.ZodType>(data: D) {
  return z.looseObject({
    status: z.enum(['pass', 'warn', 'fail', 'error']),
    summary: text,
    findings: z.array(FindingSchema).max(10_000),
    records: z.array(text).max(10_000),
    data,
  });
}

const DmarcPolicySchema = z.enum(['none', 'quarantine', 'reject']);
const EffectivePolicySchema = z.looseObject({ applied: DmarcPolicySchema });

// The data the diff reads of the first five sections, which every baseline since 0.1.0 holds.
const KNOWN_SECTIONS = {
  spf: section(
    z.looseObject({
      lookups: z.looseObject({ count }),
      all: z.enum(['+', '-', '~', '?']).optional(),
    }),
  ),
  dmarc: section(
    z.looseObject({
      recordName: text.optional(),
      policy: z
        .looseObject({
          domain: EffectivePolicySchema,
          subdomains: EffectivePolicySchema,
          nonExistentSubdomains: EffectivePolicySchema,
        })
        .optional(),
    }),
  ),
  dkim: section(
    z.looseObject({
      selectors: z
        .array(
          z.looseObject({
            selector: z.string().min(1).max(253),
            name: z.string().min(1).max(253),
            found: z.boolean(),
            keyType: z.enum(['rsa', 'ed25519']).optional(),
            keyBits: z.int().min(1).max(65_536).optional(),
          }),
        )
        .max(1_000),
    }),
  ),
  mx: section(z.looseObject({})),
  ptr: section(
    z.looseObject({
      results: z
        .array(
          z.looseObject({
            ip: z.string().max(64).optional(),
            status: z.enum(['pass', 'warn', 'fail', 'error']),
            fcrdns: z.boolean(),
            names: z.array(z.string().max(253)).max(1_000),
            confirmedName: z.string().max(253).optional(),
          }),
        )
        .max(1_000),
    }),
  ),
};

// Every other section of the registry is checked for the shape all sections share, and may be absent: a baseline
// written before that section existed simply has nothing to compare there. A key no section has is refused.
const SectionsSchema = z.strictObject({
  ...Object.fromEntries(
    SECTIONS.entries
      .filter((entry) => !(entry.name in KNOWN_SECTIONS))
      .map((entry) => [entry.name, section(z.looseObject({})).optional()]),
  ),
  ...KNOWN_SECTIONS,
});

const ReportSchema = z.looseObject({
  domain: z.string().min(1).max(253),
  checkedAt: z.iso.datetime(),
  grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).nullable(),
  score: z.int().min(0).max(100).nullable(),
  complete: z.boolean(),
  sections: SectionsSchema,
});

/** A baseline file (`version: 1`): the last accepted report of each domain, keyed by the domain's A-label. */
export const BaselineFileSchema = z
  .strictObject({
    version: z.literal(1),
    updatedAt: z.iso.datetime(),
    domains: z.record(z.string().min(1).max(253), ReportSchema),
  })
  .superRefine((file, ctx) => {
    for (const [key, report] of Object.entries(file.domains)) {
      if (report.domain !== key) {
        ctx.addIssue({
          code: 'custom',
          path: ['domains', key, 'domain'],
          message: `the entry for ${key} holds the report of ${report.domain}`,
        });
      }
    }
  });

/** Writes a zod issue path as a JSON path a person can find in the file: `domains["example.com"].sections.spf`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out === '' ? '(the top level)' : out;
}
