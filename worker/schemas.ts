import { z } from '@hono/zod-openapi';
import {
  type DataSchema,
  DNSSEC_STATES,
  parseDomain,
  parseHelo,
  parseIp,
  parseSender,
  ptrAddressSchema,
  SECTIONS,
  type SectionRegistry,
  spfCheckHostSchema,
} from '../core/index.js';

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

const SectionStatusSchema = z.enum(['pass', 'warn', 'fail', 'error']).openapi('SectionStatus', {
  description: '`error` means DNS could not answer, so nothing is known (never "missing").',
});

export const DnssecSchema = z.enum(DNSSEC_STATES as [string, ...string[]]).openapi('DnssecState', {
  description:
    'Whether the DNS answers the section rests on were DNSSEC-validated by the resolver (AD flag): every one, none, ' +
    'some, or `unknown` when the section is in `error` or got no answer (docs/api.md).',
});

type Json = Record<string, unknown>;

/** `spf` → `Spf`, `inbound-tls` → `InboundTls`: a section's name in component names. */
const pascal = (name: string) =>
  name.replace(/(^|-)([a-z0-9])/g, (_all, _dash, letter: string) => letter.toUpperCase());

/** A reference to a component of the document that is not a zod schema (a section's generated data schema). */
const componentRef = (name: string) =>
  z
    .unknown()
    .nonoptional()
    .openapi({ $ref: `#/components/schemas/${name}` } as never);

/** The component name of a section's data schema (`SpfData`). */
export const dataComponentName = (section: string) => `${pascal(section)}Data`;

/** A copy of a JSON value with every `$ref` string replaced by what `map` makes of it. */
export function mapRefs(value: unknown, map: (ref: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapRefs(item, map));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        key === '$ref' && typeof inner === 'string' ? map(inner) : mapRefs(inner, map),
      ]),
    );
  }
  return value;
}

/**
 * The OpenAPI components of data schemas (core's, generated from the types): each as `name`, its `$defs` hoisted
 * beside it as `name.Def` (OpenAPI 3.1 resolves a `$ref` from the document's root, not the schema's), `$schema` left
 * out (a component is no schema resource of its own).
 */
export function dataComponents(schemas: Readonly<Record<string, DataSchema>>): Record<string, Json> {
  const components: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const rewrite = (value: unknown): unknown =>
      mapRefs(value, (ref) =>
        ref.startsWith('#/$defs/') ? `#/components/schemas/${name}.${ref.slice('#/$defs/'.length)}` : ref,
      );
    const { $schema: _dialect, $defs, ...root } = schema as Json;
    components[name] = rewrite(root) as Json;
    for (const [def, body] of Object.entries(($defs as Record<string, Json> | undefined) ?? {})) {
      components[`${name}.${def}`] = rewrite(body) as Json;
    }
  }
  return components;
}

/** The data schemas the document needs: each section's of the registry, and the single-protocol endpoints'. */
export function dataSchemasOf(registry: SectionRegistry = SECTIONS): Record<string, DataSchema> {
  const schemas: Record<string, DataSchema> = {};
  for (const entry of [...SECTIONS.entries, ...registry.entries])
    schemas[dataComponentName(entry.name)] = entry.dataSchema;
  schemas.PtrAddressData = ptrAddressSchema;
  schemas.SpfCheckHost = spfCheckHostSchema;
  return schemas;
}

/**
 * The one section shape with a given data schema: its status (`error` means DNS failed), a summary, findings, the
 * records read, its DNSSEC state and the protocol's own `data` (a component from `dataComponents`). Closed: a field
 * the contract does not name fails validation.
 */
function sectionSchema(component: string, dataComponent: string, description: string) {
  return z
    .strictObject({
      status: SectionStatusSchema,
      summary: z.string(),
      findings: z.array(FindingSchema),
      records: z.array(z.string()),
      dnssec: DnssecSchema,
      data: componentRef(dataComponent).openapi({ description: "The protocol's own result (docs/api.md)." } as never),
    })
    .openapi(component, { description });
}

/** The section schema of a registry entry (`SpfSection`). */
export const sectionSchemaOf = (name: string, title = name) =>
  sectionSchema(`${pascal(name)}Section`, dataComponentName(name), `The report's ${name} section (${title}).`);

/** The report's schema: its `sections` are the registry's, each in the one section shape with its own data schema. */
export function createReportSchema(registry: SectionRegistry = SECTIONS) {
  const [first, ...rest] = registry.names;
  if (first === undefined) throw new Error('A report needs at least one section.');
  const sections = Object.fromEntries(
    registry.entries.map((entry) => {
      const schema = sectionSchemaOf(entry.name, entry.title);
      // A section with `present` is in the report only for some inputs (sending: when sending IPs are named).
      return [entry.name, entry.present ? schema.optional() : schema];
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
      sections: z.strictObject(sections),
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
    result: sectionSchemaOf('spf', 'SPF'),
    checkHost: z
      .union([componentRef('SpfCheckHost'), z.null()])
      .openapi({ description: 'The check_host() result for `ip` (RFC 7208 §4), or null without `ip`.' }),
  })
  .openapi('SpfResponse');

export const DmarcResponseSchema = z
  .object({ domain: z.string(), result: sectionSchemaOf('dmarc', 'DMARC') })
  .openapi('DmarcResponse');

export const DkimResponseSchema = z
  .object({ domain: z.string(), result: sectionSchemaOf('dkim', 'DKIM') })
  .openapi('DkimResponse');

export const PtrResponseSchema = z
  .object({
    ip: z.string(),
    result: sectionSchema(
      'PtrAddressSection',
      'PtrAddressData',
      'The reverse DNS of one address (FCrDNS) in the one section shape.',
    ),
  })
  .openapi('PtrResponse');

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
