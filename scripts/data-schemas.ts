// Generates the JSON Schema of each report section's `data` from its TypeScript type, once, at build time: the type is
// the one source, the schema a plain object committed beside the section entry (core/report/sections/<name>.schema.ts)
// that the entry declares as its `dataSchema`. Core gains no runtime dependency; test/core/report/data-schemas.test.ts
// fails when a committed schema is not what this script makes of the current types.
//
//   npm run schemas            writes the files
//   npm run schemas -- --check exits 1 when one is stale
//
// Each section file core/report/sections/<name>.ts exports `<Name>SectionData`, the type of its data (the entry is
// declared with it: `defineSection<'<name>', <Name>SectionData>`); `EXTRA` below names the other types a section's
// single-protocol endpoint answers with.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The section files (core/report/sections/<name>.ts): read from the folder, not the registry, which imports the
 * schema files this script writes. The test checks that the two lists agree.
 */
export function sectionFiles(): string[] {
  return readdirSync(`${root}core/report/sections`)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.schema.ts'))
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
}

/** Types besides a section's data that its single-protocol endpoint answers with, exported by its section file. */
const EXTRA: Record<string, readonly string[]> = {
  spf: ['SpfCheckHostResult'],
  ptr: ['PtrAddressSectionData'],
};

type Json = Record<string, unknown>;

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_all, _dash, letter: string) => letter.toUpperCase());
const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/**
 * Rewrites the generator's draft-07 output as JSON Schema 2020-12, as OpenAPI 3.1 reads it: `definitions` refs as
 * `$defs` refs, and a tuple's `items: [...]` as `prefixItems: [...]` with `items: false`.
 */
function to2020(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(to2020);
  if (value && typeof value === 'object') {
    const out: Json = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') out[key] = inner.replace('#/definitions/', '#/$defs/');
      else if (key === 'items' && Array.isArray(inner)) {
        out.prefixItems = to2020(inner);
        out.items = false;
      } else out[key] = to2020(inner);
    }
    return out;
  }
  return value;
}

/** Every `$defs` name a schema refers to, transitively from its root. */
function reachable(schema: Json, defs: Record<string, Json>): Set<string> {
  const seen = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, inner] of Object.entries(node)) {
        if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')) {
          const name = inner.slice('#/$defs/'.length);
          if (!seen.has(name)) {
            seen.add(name);
            walk(defs[name]);
          }
        } else walk(inner);
      }
    }
  };
  walk(schema);
  return seen;
}

// One program for every section file: building it is the slow part.
let generator: ReturnType<typeof createGenerator> | undefined;

/**
 * The schema of one type (exported by a section file): self-contained JSON Schema 2020-12, the root inlined, shared and recursive types in `$defs`
 * (sorted), every object closed (`additionalProperties: false`), the types' JSDoc as `description`.
 */
export function generateSchema(type: string): Json {
  generator ??= createGenerator({
    path: `${root}core/report/sections/*.ts`,
    tsconfig: `${root}core/tsconfig.json`,
    expose: 'export',
    topRef: false,
    jsDoc: 'extended',
    additionalProperties: false,
    skipTypeCheck: true,
    sortProps: true,
  });
  const generated = to2020(generator.createSchema(type)) as Json;
  const { $schema: _draft, definitions, ...rootSchema } = generated;
  const defs = { ...((definitions as Record<string, Json> | undefined) ?? {}) };
  let schema: Json = rootSchema;
  // An alias of an interface comes out as a reference to it (with the alias's JSDoc): the root is the interface.
  const ref = typeof schema.$ref === 'string' ? schema.$ref.slice('#/$defs/'.length) : undefined;
  if (ref && defs[ref] && Object.keys(schema).every((key) => key === '$ref' || key === 'description')) {
    schema = defs[ref]!;
  }
  const used = reachable(schema, defs);
  const kept = Object.fromEntries(
    Object.keys(defs)
      .filter((name) => used.has(name))
      .sort()
      .map((name) => [name, defs[name]!]),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...schema,
    ...(Object.keys(kept).length > 0 ? { $defs: kept } : {}),
  };
}

/** What a section's schema file exports: `<name>DataSchema`, and a schema per extra type. */
export function sectionSchemas(name: string): Record<string, Json> {
  const exports: Record<string, Json> = {
    [`${camel(pascal(name))}DataSchema`]: generateSchema(`${pascal(name)}SectionData`),
  };
  for (const type of EXTRA[name] ?? []) {
    exports[`${camel(type.replace(/SectionData$|Result$/, ''))}Schema`] = generateSchema(type);
  }
  return exports;
}

function render(name: string, exports: Record<string, Json>): string {
  const lines = [
    `// Generated from the types of core/report/sections/${name}.ts by scripts/data-schemas.ts (npm run schemas): do not`,
    '// edit. test/core/report/data-schemas.test.ts fails when it is not what the types make.',
    "import type { DataSchema } from '../define-section.js';",
    '',
  ];
  for (const [exported, schema] of Object.entries(exports)) {
    lines.push(`export const ${exported}: DataSchema = ${JSON.stringify(schema, null, 2)};`, '');
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const name of sectionFiles()) {
    const path = `${root}core/report/sections/${name}.schema.ts`;
    const text = render(name, sectionSchemas(name));
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // Not written yet.
    }
    if (check) {
      if (current !== text) {
        stale++;
        process.stderr.write(`stale: core/report/sections/${name}.schema.ts (run npm run schemas)\n`);
      }
    } else if (current !== text) {
      writeFileSync(path, text);
      process.stdout.write(`wrote core/report/sections/${name}.schema.ts\n`);
    }
  }
  process.exit(stale > 0 ? 1 : 0);
}
