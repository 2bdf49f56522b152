import { z } from '@hono/zod-openapi';
import { parseDomain, parseHelo, parseIp, parseSender, SECTIONS, type SectionRegistry } from '../core/index.js';

/** How many selectors or sending IPs one request may name: each costs DNS queries. */
export const MAX_LIST_ITEMS = 10;

/** A repeatable query parameter: one value arrives as a string, several as an array. */
function repeatable<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (value === undefined || Array.isArray(value) ? value : [value]),
    z.array(item).max(MAX_LIST_ITEMS),
  );
}

/** A domain name as typed (Unicode allowed), checked and converted to its A-label by `parseDomain` (RFC 5891 §5). */
export const DomainSchema = z
  .string()
  .max(1024)
  .transform((value, ctx) => {
    const parsed = parseDomain(value);
    if (parsed.ok) return parsed.name;
    ctx.addIssue({ code: 'custom', message: parsed.error.message, params: { code: parsed.error.code } });
    return z.NEVER;
  });

/** Turns a core parse result into the value, or a zod issue carrying core's code and message (the 400's body). */
function fromCore<T>(parse: (value: string) => { ok: true; value: T } | { ok: false; code: string; message: string }) {
  return (value: string, ctx: z.RefinementCtx): T => {
    const parsed = parse(value);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: parsed.message, params: { code: parsed.code } });
    return z.NEVER;
  };
}

/** An IPv4 or IPv6 address (RFC 791, RFC 4291 §2.2), checked by core's `parseIp`; the message says what one looks like. */
export const IpSchema = z
  .string()
  .max(100)
  .transform(
    fromCore((value) => {
      const parsed = parseIp(value);
      return parsed.ok ? { ok: true, value: parsed.address.ip } : { ok: false, ...parsed.error };
    }),
  );

/** A MAIL FROM identity (RFC 5321 §4.1.2 mailbox, or a domain), checked by core's `parseSender`. */
export const SenderSchema = z
  .string()
  .max(320)
  .transform(
    fromCore((value) => {
      const parsed = parseSender(value);
      return parsed.ok ? { ok: true, value: parsed.sender } : { ok: false, ...parsed.error };
    }),
  );

/** A HELO/EHLO name (RFC 5321 §4.1.1.1: a domain or an address literal), checked by core's `parseHelo`. */
export const HeloSchema = z
  .string()
  .max(300)
  .transform(
    fromCore((value) => {
      const parsed = parseHelo(value);
      return parsed.ok ? { ok: true, value: parsed.helo } : { ok: false, ...parsed.error };
    }),
  );

export const DomainParamsSchema = z.object({
  domain: DomainSchema.openapi({
    param: { name: 'domain', in: 'path' },
    description: 'A domain name; Unicode names are converted to A-labels.',
    examples: ['example.com'],
  }),
});

export const IpParamsSchema = z.object({
  ip: IpSchema.openapi({
    param: { name: 'ip', in: 'path' },
    description: 'An IPv4 or IPv6 address.',
    examples: ['192.0.2.25'],
  }),
});

const SelectorsSchema = repeatable(z.string().min(1).max(253))
  .optional()
  .openapi({
    param: { name: 'selector', in: 'query', style: 'form', explode: true },
    description: `DKIM selectors to look up (repeatable, at most ${MAX_LIST_ITEMS}).`,
    examples: [['selector1']],
  });

export const CheckQuerySchema = z
  .object({
    selector: SelectorsSchema,
    ip: repeatable(IpSchema)
      .optional()
      .openapi({
        param: { name: 'ip', in: 'query', style: 'form', explode: true },
        description:
          `Sending IP addresses (repeatable, at most ${MAX_LIST_ITEMS}): each gets the \`sending\` section — SPF ` +
          'check_host() for the MAIL FROM (and HELO), DMARC alignment and policy, reverse DNS and the large ' +
          "receivers' sender requirements — and its reverse DNS in `ptr`.",
        examples: [['192.0.2.25']],
      }),
    sender: SenderSchema.optional().openapi({
      param: { name: 'sender', in: 'query' },
      description:
        'The envelope MAIL FROM of the sending IPs: a mailbox (RFC 5321 §4.1.2) or a domain (its local-part is then ' +
        '"postmaster", RFC 7208 §4.3); the checked domain when absent. Needs `ip`.',
      examples: ['bounce@example.com'],
    }),
    helo: HeloSchema.optional().openapi({
      param: { name: 'helo', in: 'query' },
      description:
        "The HELO/EHLO name of the sending IPs, checked as SPF's HELO identity (RFC 7208 §2.3): a domain or an " +
        'address literal such as `[192.0.2.1]`. Needs `ip`.',
      examples: ['mail.example.com'],
    }),
  })
  .refine((query) => (query.ip?.length ?? 0) > 0 || (query.sender === undefined && query.helo === undefined), {
    message: '`sender` and `helo` need `ip`.',
  });

export const SpfQuerySchema = z
  .object({
    ip: IpSchema.optional().openapi({
      param: { name: 'ip', in: 'query' },
      description: 'A sending IP address: adds the check_host() result for it (RFC 7208 §4).',
      examples: ['192.0.2.25'],
    }),
    sender: SenderSchema.optional().openapi({
      param: { name: 'sender', in: 'query' },
      description:
        'The MAIL FROM identity for check_host(): a mailbox (RFC 5321 §4.1.2) or a domain (its local-part is then ' +
        '"postmaster", RFC 7208 §4.3); needs `ip`.',
      examples: ['bounce@example.com'],
    }),
    helo: HeloSchema.optional().openapi({
      param: { name: 'helo', in: 'query' },
      description:
        'The HELO/EHLO name for check_host(): a domain or an address literal such as `[192.0.2.1]` (RFC 5321 ' +
        '§4.1.1.1); needs `ip`.',
      examples: ['mail.example.com'],
    }),
  })
  .refine((query) => query.ip !== undefined || (query.sender === undefined && query.helo === undefined), {
    message: '`sender` and `helo` need `ip`.',
  });

export const DkimQuerySchema = z.object({ selector: SelectorsSchema });

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ examples: ['invalid-character'] }),
      message: z.string(),
    }),
  })
  .openapi('Error');

export const FindingSchema = z
  .object({
    id: z.string().openapi({ examples: ['spf.too-many-lookups'] }),
    severity: z.enum(['info', 'warning', 'error']),
    message: z.string(),
    fix: z.string(),
    rfc: z.string(),
    at: z.string().optional(),
    cause: z.enum(['resolver', 'domain', 'limit']).optional().openapi({
      description:
        "For a failed lookup (`*.dns-error`): `resolver` — the DoH server the checker asks failed; `domain` — the domain's DNS failed (SERVFAIL, REFUSED relayed); `limit` — the check's own bounds.",
    }),
    names: z
      .array(z.string())
      .optional()
      .openapi({ description: 'Every name a grouped failure stands for (one finding per section and cause).' }),
  })
  .openapi('Finding');

const SectionStatusSchema = z.enum(['pass', 'warn', 'fail', 'error']);

/**
 * What every check returns, the one section shape: its status (`error` means DNS failed), a summary, findings, the
 * records read, and the protocol's own `data`.
 */
export const SectionSchema = z
  .looseObject({
    status: SectionStatusSchema,
    summary: z.string(),
    findings: z.array(FindingSchema),
    records: z.array(z.string()),
    data: z.unknown().openapi({ description: "The protocol's own result (docs/api.md)." }),
  })
  .openapi('Section');

const SpfResultSchema = z.enum(['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror']);

const SendingSpfSchema = z.looseObject({
  identity: z.string().openapi({ examples: ['bounce@example.com'] }),
  domain: z.string(),
  result: SpfResultSchema,
  mechanism: z.string().optional().openapi({ description: 'The term that matched, as written.' }),
  mechanismDomain: z.string().optional(),
  reason: z.string().optional(),
  explanation: z.string().optional(),
  lookups: z.looseObject({ dns: z.number(), void: z.number() }),
});

const RequirementSchema = z.looseObject({
  id: z.string().openapi({ examples: ['fcrdns'] }),
  text: z.string(),
  appliesTo: z.enum(['all', 'bulk']),
  status: z.enum(['pass', 'fail', 'unknown', 'not-checkable']),
  detail: z.string(),
});

/** The sending section's `data` (core/sending/types.ts `SendingData`). */
export const SendingDataSchema = z
  .looseObject({
    from: z.string().openapi({ description: 'The From (Author) domain: the checked domain.' }),
    sender: z.string().openapi({ description: 'The MAIL FROM checked, a mailbox or a domain.' }),
    senderDomain: z.string(),
    helo: z.string().optional(),
    policy: z
      .looseObject({
        p: z.enum(['none', 'quarantine', 'reject']),
        applied: z.enum(['none', 'quarantine', 'reject']),
        testing: z.boolean(),
        aspf: z.enum(['r', 's']),
        adkim: z.enum(['r', 's']),
      })
      .optional()
      .openapi({ description: 'The DMARC policy of the From domain; absent when none applies or it is unknown.' }),
    organizationalDomains: z.looseObject({ from: z.string().optional(), sender: z.string().optional() }),
    dkim: z.array(z.looseObject({ selector: z.string(), keyType: z.string(), keyBits: z.number() })),
    hosts: z.array(
      z.looseObject({
        ip: z.string(),
        status: z.enum(['pass', 'warn', 'fail', 'error']),
        outcome: z.looseObject({
          kind: z.enum(['pass-spf', 'dkim-only', 'fail', 'no-policy', 'unknown']),
          text: z.string().openapi({ examples: ['fails DMARC: p=reject — receivers reject it'] }),
          policy: z.enum(['none', 'quarantine', 'reject']).optional(),
          selectors: z.array(z.string()).optional(),
        }),
        reverseDns: z.looseObject({
          status: z.enum(['confirmed', 'generic', 'missing', 'not-confirmed', 'error']),
          names: z.array(z.string()),
          confirmedName: z.string().optional(),
        }),
        spf: SendingSpfSchema,
        helo: z.looseObject({ helo: z.string(), checkable: z.boolean(), spf: SendingSpfSchema.optional() }).optional(),
        alignment: z.looseObject({
          spf: z.looseObject({
            result: z.enum(['aligned', 'not-aligned', 'unknown', 'no-spf-pass']),
            mode: z.enum(['r', 's']),
            identifier: z.string(),
            reason: z.string(),
          }),
          dkim: z.looseObject({ selectors: z.array(z.string()), known: z.boolean() }),
        }),
        steps: z
          .array(
            z.looseObject({
              step: z.enum(['reverse-dns', 'helo', 'spf', 'alignment', 'dkim', 'dmarc']),
              status: z.enum(['pass', 'warn', 'fail', 'unknown', 'info']),
              text: z.string(),
            }),
          )
          .openapi({ description: 'How a receiver judges the host, step by step, in words people act on.' }),
        requirements: z.array(
          z.looseObject({
            receiver: z.string().openapi({ examples: ['gmail'] }),
            name: z.string(),
            since: z.string().openapi({ examples: ['2024-02-01'] }),
            source: z.string(),
            items: z.array(RequirementSchema),
          }),
        ),
        findings: z.array(FindingSchema),
      }),
    ),
  })
  .openapi('SendingData');

/** Sections whose `data` the document describes in full; the others' `data` is the protocol's own result. */
const SECTION_DATA: Partial<Record<string, z.ZodType>> = { sending: SendingDataSchema };

/** The report's schema: its `sections` are the registry's, each in the one section shape. */
export function createReportSchema(registry: SectionRegistry = SECTIONS) {
  const [first, ...rest] = registry.names;
  if (first === undefined) throw new Error('A report needs at least one section.');
  const sections = Object.fromEntries(
    registry.entries.map((entry) => {
      const data = SECTION_DATA[entry.name];
      let schema: z.ZodType = data
        ? SectionSchema.extend({ data }).openapi(`${entry.label}Section`, {
            description: `The ${entry.name} section (${entry.title}).`,
          })
        : SectionSchema;
      // A section with `present` is in the report only for some inputs (sending: when sending IPs are named).
      if (entry.present) schema = schema.optional();
      return [entry.name, schema];
    }),
  );
  return z
    .looseObject({
      domain: z.string().openapi({ examples: ['example.com'] }),
      input: z.string(),
      checkedAt: z.string(),
      grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).nullable().openapi({
        description: 'Null when not known: a section is in `error` (see `unknown`) or the domain does not exist.',
      }),
      score: z.number().nullable().openapi({ description: '0–100; null whenever `grade` is.' }),
      unknown: z.array(z.enum([first, ...rest])).openapi({
        description: 'The sections in `error` (DNS could not answer a lookup their verdict depends on).',
      }),
      exists: z.boolean().openapi({ description: 'False when the domain does not exist (NXDOMAIN at its name).' }),
      sections: z.object(sections),
      complete: z.boolean().openapi({ description: 'False when a section is in `error` (DNS could not answer).' }),
      sendsNoMail: z
        .boolean()
        .openapi({ description: 'The domain declares it sends no mail (SPF -all, DMARC reject).' }),
      queries: z.number(),
      elapsedMs: z.number(),
      ttl: z.number(),
    })
    .openapi('Report');
}

export const ReportSchema = createReportSchema();

export const SpfResponseSchema = z
  .object({
    domain: z.string(),
    result: SectionSchema,
    checkHost: z
      .looseObject({ result: z.string().openapi({ examples: ['pass'] }) })
      .nullable()
      .openapi({ description: 'The check_host() result for `ip`, or null without `ip`.' }),
  })
  .openapi('SpfResponse');

export const SectionResponseSchema = z.object({ domain: z.string(), result: SectionSchema }).openapi('SectionResponse');

export const PtrResponseSchema = z.object({ ip: z.string(), result: SectionSchema }).openapi('PtrResponse');

export const ShieldsSchema = z
  .object({
    schemaVersion: z.literal(1),
    label: z.string(),
    message: z.string(),
    color: z.string(),
    cacheSeconds: z.number().int().min(300),
    isError: z.boolean().optional(),
  })
  .openapi('ShieldsEndpoint');

export const HealthSchema = z.object({ ok: z.literal(true) }).openapi('Health');
