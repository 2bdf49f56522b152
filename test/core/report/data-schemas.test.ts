import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  checkDomain,
  checkHost,
  checkPtr,
  ptrAddressSchema,
  SECTIONS,
  spfCheckHostSchema,
} from '../../../core/index.js';
import { createMemoryResolver } from '../../../core/testing.js';
import { generateSchema, sectionFiles, sectionSchemas } from '../../../scripts/data-schemas.js';
import { loadAllFixtures } from '../../dns-stack/fixtures.js';

// Each section's `data` schema is generated from its type (scripts/data-schemas.ts) and committed beside the entry.
// Here: the committed schemas are what the types make now, they compile in strict mode, and every fixture domain's
// real report (all the zones, from memory) fits them — so a type that lies about what a check returns fails too.
const fixtures = await loadAllFixtures();

const strictAjv = () => new Ajv2020({ strict: true, allErrors: true });

describe("the sections' data schemas", () => {
  it('are declared by every registered section, one file per section file', () => {
    expect(sectionFiles()).toEqual([...SECTIONS.names].sort());
    for (const entry of SECTIONS.entries) {
      expect(entry.dataSchema.$schema, entry.name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(entry.dataSchema.type, entry.name).toBe('object');
      expect(entry.dataSchema.additionalProperties, entry.name).toBe(false);
    }
  });

  it('are what scripts/data-schemas.ts makes of the current types (else: npm run schemas)', () => {
    for (const entry of SECTIONS.entries) {
      const generated = sectionSchemas(entry.name);
      const [main, ...extra] = Object.values(generated);
      expect(entry.dataSchema, `${entry.name}: run npm run schemas`).toEqual(main);
      if (entry.name === 'spf') expect(spfCheckHostSchema).toEqual(extra[0]);
      if (entry.name === 'ptr') expect(ptrAddressSchema).toEqual(extra[0]);
    }
    // The generator really reads the type: a closed object with the type's own fields and their descriptions.
    const mx = generateSchema('MxSectionData');
    expect(Object.keys(mx.properties as object)).toEqual(
      expect.arrayContaining(['hosts', 'implicit', 'nullMx', 'skippedHosts']),
    );
    expect(mx.required).toEqual(expect.arrayContaining(['hosts', 'implicit', 'nullMx', 'skippedHosts']));
    expect((mx.properties as Record<string, { description?: string }>).nullMx?.description).toMatch(/RFC 7505/);
  }, 120_000);

  it('compile in ajv strict mode (JSON Schema 2020-12)', () => {
    const ajv = strictAjv();
    for (const entry of SECTIONS.entries) expect(() => ajv.compile(entry.dataSchema), entry.name).not.toThrow();
    expect(() => ajv.compile(ptrAddressSchema)).not.toThrow();
    expect(() => ajv.compile(spfCheckHostSchema)).not.toThrow();
  });

  it("fit every fixture domain's report, and refuse data that does not", async () => {
    const ajv = strictAjv();
    const validators = new Map<string, ReturnType<typeof ajv.compile>>(
      SECTIONS.entries.map((entry) => [entry.name, ajv.compile(entry.dataSchema)]),
    );
    const resolver = createMemoryResolver(fixtures);
    const apexes = fixtures.zones.filter((zone) => !zone.endsWith('.arpa') && zone !== 'test');
    expect(apexes.length).toBeGreaterThan(80);
    let sections = 0;
    for (const domain of apexes) {
      const outcome = await checkDomain(domain, {
        resolver,
        selectors: ['mail', 's1', 'selector1'],
        sendingIps: ['45.33.87.25'],
      });
      if (!outcome.ok) continue;
      for (const [name, section] of Object.entries(outcome.report.sections)) {
        const validate = validators.get(name)!;
        expect(validate(section.data), `${domain} ${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
        sections++;
      }
    }
    expect(sections).toBeGreaterThan(400);
    const ptr = ajv.compile(ptrAddressSchema);
    for (const ip of ['45.33.87.25', '45.33.40.1', '2a01:4f8:10:87::25', '192.0.2.1']) {
      const result = await checkPtr(ip, { resolver });
      expect(ptr(result.data), `${ip}: ${JSON.stringify(ptr.errors)}`).toBe(true);
    }
    const host = ajv.compile(spfCheckHostSchema);
    const spf = await checkHost({ ip: '45.33.87.25', domain: 'worker.test', sender: 'a@worker.test' }, { resolver });
    expect(host(spf), JSON.stringify(host.errors)).toBe(true);
    const validateMx = validators.get('mx')!;
    expect(validateMx({ nullMx: false, implicit: false, hosts: [], skippedHosts: 0 })).toBe(true);
    expect(validateMx({ nullMx: false, implicit: false, hosts: [], skippedHosts: 0, extra: 1 })).toBe(false);
    expect(validateMx({ nullMx: 'no', implicit: false, hosts: [], skippedHosts: 0 })).toBe(false);
  }, 120_000);
});
