import { describe, expect, it } from 'vitest';
import { body, get } from './request.js';

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every `$ref` in the document, with where it was found. */
function collectRefs(node: unknown, at: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) collectRefs(item, `${at}/${i}`, out);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') out.push([value, at]);
      else collectRefs(value, `${at}/${key}`, out);
    }
  }
  return out;
}

/** Resolves a local JSON pointer (RFC 6901) in the document. */
function resolvePointer(document: Json, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Json)[part] : undefined), document);
}

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document describing every route, with its parameters and responses', async () => {
    const response = await get('/openapi.json');
    expect(response.status).toBe(200);
    const document = await body(response);
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info.title).toBe('mailposture');
    expect(document.info.version).toEqual(expect.any(String));
    expect(Object.keys(document.paths).sort()).toEqual([
      '/badge/{domain}.json',
      '/badge/{domain}.svg',
      '/health',
      '/v1/check/{domain}',
      '/v1/dkim/{domain}',
      '/v1/dmarc/{domain}',
      '/v1/ptr/{ip}',
      '/v1/spf/{domain}',
    ]);
    for (const [path, item] of Object.entries<Json>(document.paths)) {
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      for (const method of Object.keys(item)) {
        expect(METHODS).toContain(method);
        const operation = item[method] as { parameters?: Json[]; responses: Record<string, Json> };
        const parameters = operation.parameters ?? [];
        for (const parameter of parameters) {
          expect(['path', 'query', 'header', 'cookie']).toContain(parameter.in);
          expect(parameter.name).toEqual(expect.any(String));
          expect(parameter.schema).toBeTypeOf('object');
        }
        // OpenAPI 3.1 §4.8.12.1: every templated path parameter is declared, in: path, required: true.
        const declared = parameters.filter((parameter) => parameter.in === 'path');
        expect(declared.map((parameter) => parameter.name).sort()).toEqual([...templated].sort());
        for (const parameter of declared) expect(parameter.required).toBe(true);
        expect(Object.keys(operation.responses)).toContain('200');
        for (const [status, answer] of Object.entries(operation.responses)) {
          expect(status).toMatch(/^[1-5]\d\d$/);
          expect(answer.description).toEqual(expect.any(String));
        }
      }
    }
    const refs = collectRefs(document, '#');
    expect(refs.length).toBeGreaterThan(0);
    for (const [ref, at] of refs) expect(resolvePointer(document, ref), `${ref} at ${at}`).toBeTypeOf('object');
  });

  it('documents the same constraints that validate requests', async () => {
    const document = await body(await get('/openapi.json'));
    const check = document.paths['/v1/check/{domain}'].get;
    const selector = check.parameters.find((parameter: Json) => parameter.name === 'selector');
    expect(selector).toMatchObject({ in: 'query', required: false });
    expect(selector.schema).toMatchObject({ type: 'array', maxItems: 10 });
    expect(Object.keys(check.responses).sort()).toEqual(['200', '400', '404', '405', '429']);
    expect(document.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
  });
});
