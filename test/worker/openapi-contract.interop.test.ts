import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../worker/app.js';
import type { Env } from '../../worker/env.js';
import { mapRefs } from '../../worker/schemas.js';

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = (await import('../../package.json', { with: { type: 'json' } })).default as { version: string };

// biome-ignore lint/suspicious/noExplicitAny: the document and the bodies are walked as arbitrary JSON
type Json = Record<string, any>;

const app = createApp();
const good: Env = { DOH_URL: inject('dohUrl') };
const down: Env = { DOH_URL: inject('downDohUrl') };
/** A limiter that refuses every request, to see the 429s. */
const limited: Env = { ...good, LIMITER: { limit: async () => ({ success: false }) } } as Env;

let doc: Json;
let file: string;

beforeAll(async () => {
  doc = (await (await app.request('http://worker.example/openapi.json', {}, good)).json()) as Json;
  file = join(await mkdtemp(join(tmpdir(), 'mailposture-openapi-')), 'openapi.json');
  await writeFile(file, JSON.stringify(doc, null, 2));
});

describe('the OpenAPI document', () => {
  it('passes @redocly/cli lint with its recommended ruleset: 0 errors, 0 warnings', async () => {
    const redocly = join(root, 'node_modules/.bin/redocly');
    const { stdout } = await exec(redocly, ['lint', file, '--format=json', '--extends=recommended'], {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: unknown[] };
    process.stdout.write(`[redocly lint] ${JSON.stringify(report.totals)}\n`);
    expect(report.problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it('is valid for @apidevtools/swagger-parser', async () => {
    const api = await SwaggerParser.validate(structuredClone(doc) as never);
    process.stdout.write(`[swagger-parser] valid: ${(api as Json).info.title} ${(api as Json).info.version}\n`);
    expect((api as Json).openapi).toBe('3.1.0');
  });

  it('names the package version, an SPDX license, the serving Worker and an operationId per operation', () => {
    expect(doc.info.version).toBe(manifest.version);
    expect(doc.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
    expect(doc.servers).toEqual([{ url: 'http://worker.example', description: 'This mailposture Worker.' }]);
    const ids = Object.values<Json>(doc.paths).flatMap((item) => Object.values<Json>(item).map((op) => op.operationId));
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

/** The document's schemas, compiled by ajv in strict mode (2020-12, as OpenAPI 3.1 uses), with the formats used. */
function compiler(): (schema: Json) => ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const rewrite = (value: unknown): unknown =>
    mapRefs(value, (ref) => ref.replace('#/components/schemas/', 'components#/$defs/'));
  ajv.addSchema({ $id: 'components', $defs: rewrite(doc.components?.schemas ?? {}) as Json });
  return (schema) => ajv.compile(rewrite(schema) as Json);
}

/** The operation of the document that serves a concrete path. */
function operationFor(path: string): Json {
  for (const [template, item] of Object.entries<Json>(doc.paths)) {
    const pattern = new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (pattern.test(path)) return item.get;
  }
  throw new Error(`no operation serves ${path}`);
}

describe('real responses over the DNS stack validate against the document (ajv, strict)', () => {
  const cases: Array<[string, string, Env, number]> = [
    ['a good domain', '/v1/check/worker.test?selector=mail&ip=45.33.87.25', good, 200],
    ['a weak domain', '/v1/check/worker-weak.test', good, 200],
    [
      'sending hosts: outside SPF, with MAIL FROM and HELO',
      '/v1/check/worker.test?ip=45.33.87.99&ip=45.33.87.25&sender=bounce@worker.test&helo=mx.worker.test',
      good,
      200,
    ],
    [
      'sending hosts: an ESP MAIL FROM, not aligned',
      '/v1/check/esp.sending.test?ip=45.33.89.5&sender=bounces.sending-esp.test',
      good,
      200,
    ],
    [
      'sending hosts: DNS failed mid-check',
      '/v1/check/flaky.sending.test?ip=45.33.88.12&helo=[45.33.88.12]',
      good,
      200,
    ],
    ['sending hosts, DNS failed', '/v1/check/worker.test?ip=45.33.87.99', down, 200],
    ['DNS failed', '/v1/check/worker.test', down, 200],
    ['SPF', '/v1/spf/worker.test', good, 200],
    [
      'SPF with check_host()',
      '/v1/spf/worker.test?ip=45.33.87.99&sender=bounce@worker.test&helo=mx.worker.test',
      good,
      200,
    ],
    ['SPF, DNS failed', '/v1/spf/worker.test?ip=45.33.87.99', down, 200],
    ['DMARC', '/v1/dmarc/worker.test', good, 200],
    ['DMARC of a weak domain', '/v1/dmarc/worker-weak.test', good, 200],
    ['DMARC, DNS failed', '/v1/dmarc/worker.test', down, 200],
    ['DKIM', '/v1/dkim/worker.test?selector=mail', good, 200],
    ['DKIM of a missing selector', '/v1/dkim/worker.test?selector=nope', good, 200],
    ['DKIM, DNS failed', '/v1/dkim/worker.test?selector=mail', down, 200],
    ['PTR', '/v1/ptr/45.33.87.25', good, 200],
    ['PTR, DNS failed', '/v1/ptr/45.33.87.25', down, 200],
    ['the shields.io badge', '/badge/worker.test.json', good, 200],
    ['the shields.io badge, DNS failed', '/badge/worker.test.json', down, 200],
    ['health', '/health', good, 200],
    ['an invalid domain', '/v1/check/a..b.test', good, 400],
    ['a URL as a domain', '/v1/dmarc/http%3A%2F%2Fworker.test', good, 400],
    ['an invalid IP', '/v1/ptr/999.1.1.1', good, 400],
    ['an invalid badge domain', '/badge/a..b.test.json', good, 400],
    ['no route', '/v1/check/', good, 404],
    ['rate limited', '/v1/check/worker.test', limited, 429],
    ['a rate-limited badge', '/badge/worker.test.json', limited, 429],
  ];

  it.each(cases)('%s: GET %s', async (_name, path, env, status) => {
    const compile = compiler();
    const response = await app.request(`http://worker.example${path}`, {}, env);
    expect(response.status).toBe(status);
    const body = await response.json();
    const type = (response.headers.get('Content-Type') ?? '').split(';')[0]!;
    const declared =
      status === 404
        ? doc.paths['/v1/check/{domain}'].get.responses['404']
        : operationFor(new URL(path, 'http://x').pathname).responses[String(status)];
    expect(declared, `status ${status} is documented`).toBeDefined();
    const schema = declared.content?.[type]?.schema;
    expect(schema, `${type} is documented for ${status}`).toBeDefined();
    const validate = compile(schema);
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses a report that lacks what the contract promises (the schemas can fail)', async () => {
    const compile = compiler();
    const validate = compile(operationFor('/v1/check/x.test').responses['200'].content['application/json'].schema);
    const report = await (await app.request('http://worker.example/v1/check/worker.test', {}, good)).json();
    expect(validate(report)).toBe(true);
    for (const field of ['complete', 'sendsNoMail', 'grade', 'sections']) {
      const { [field]: _dropped, ...rest } = report as Json;
      expect(validate(rest), field).toBe(false);
    }
  });

  it("constrains every section's data: a wrong, missing or unknown field fails (report and single-protocol routes)", async () => {
    const compile = compiler();
    const validateReport = compile(
      operationFor('/v1/check/x.test').responses['200'].content['application/json'].schema,
    );
    const report = (await (
      await app.request('http://worker.example/v1/check/worker.test?selector=mail&ip=45.33.87.25', {}, good)
    ).json()) as Json;
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    const broken: Array<[string, (r: Json) => void]> = [
      ['spf.data.all is not a qualifier', (r) => (r.sections.spf.data.all = 42)],
      ['spf.data.lookups.count is a string', (r) => (r.sections.spf.data.lookups.count = '3')],
      ['dmarc.data.walk is missing', (r) => delete r.sections.dmarc.data.walk],
      ['dkim keyBits is a string', (r) => (r.sections.dkim.data.selectors[0].keyBits = '2048')],
      ['dkim discovery.commonList is no known value', (r) => (r.sections.dkim.data.discovery.commonList = 'maybe')],
      ['mx.data has a field the contract does not name', (r) => (r.sections.mx.data.extra = true)],
      ['mx host addresses are not strings', (r) => (r.sections.mx.data.hosts[0].addresses = [1])],
      ['ptr result without fcrdns', (r) => delete r.sections.ptr.data.results[0].fcrdns],
      ['tls.data.mtaSts is null', (r) => (r.sections.tls.data.mtaSts = null)],
      ['data replaced by a string', (r) => (r.sections.spf.data = 'v=spf1 -all')],
      ['dnssec is no known state', (r) => (r.sections.spf.dnssec = 'yes')],
      ['a section without dnssec', (r) => delete r.sections.dmarc.dnssec],
      ['a section with a field the shape does not have', (r) => (r.sections.mx.extra = 1)],
    ];
    for (const [name, breakIt] of broken) {
      const copy = structuredClone(report);
      breakIt(copy);
      expect(validateReport(copy), name).toBe(false);
    }
    for (const [path, field] of [
      ['/v1/spf/worker.test?ip=45.33.87.25', 'networks'],
      ['/v1/dmarc/worker.test', 'policy'],
      ['/v1/dkim/worker.test?selector=mail', 'selectors'],
      ['/v1/ptr/45.33.87.25', 'forward'],
    ] as const) {
      const validate = compile(
        operationFor(new URL(path, 'http://x').pathname).responses['200'].content['application/json'].schema,
      );
      const answer = (await (await app.request(`http://worker.example${path}`, {}, good)).json()) as Json;
      expect(validate(answer), JSON.stringify(validate.errors)).toBe(true);
      const wrongType = structuredClone(answer);
      wrongType.result.data[field] = 'not what the contract says';
      expect(validate(wrongType), `${path}: data.${field}`).toBe(false);
      const unknown = structuredClone(answer);
      unknown.result.data.surprise = 1;
      expect(validate(unknown), `${path}: an unknown data field`).toBe(false);
    }
    const spf = (await (
      await app.request('http://worker.example/v1/spf/worker.test?ip=45.33.87.25', {}, good)
    ).json()) as Json;
    const validateSpf = compile(operationFor('/v1/spf/x.test').responses['200'].content['application/json'].schema);
    spf.checkHost.result = 'maybe';
    expect(validateSpf(spf), 'checkHost.result is no SPF result').toBe(false);
  });

  it('documents 405 with Allow, and the answer validates', async () => {
    const compile = compiler();
    const response = await app.request('http://worker.example/v1/dmarc/worker.test', { method: 'POST' }, good);
    expect(response.status).toBe(405);
    const declared = operationFor('/v1/dmarc/worker.test').responses['405'];
    expect(declared.headers.Allow).toBeDefined();
    const validate = compile(declared.content['application/json'].schema);
    expect(validate(await response.json()), JSON.stringify(validate.errors)).toBe(true);
  });
});
