import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../core/index.js';
import { createApp } from '../../worker/app.js';
import type { Env } from '../../worker/env.js';
import { stackUrl } from '../dns-stack/resolvers.js';

// The same app in Node (no Cache API, no rate-limit binding) against the real stack: the requests it answers.
// What it refuses before any lookup: app.test.ts.
const app = createApp();
const env: Env = { DOH_URL: stackUrl('dohUrl') };
const get = (path: string) => app.request(path, {}, env);

describe('the app in Node', () => {
  it.each([
    ['/v1/check/worker.test.', 200, undefined],
    ['/v1/check/WORKER.TEST', 200, undefined],
    // An unknown parameter is refused (worker/canonical.ts): unit layer, test/worker/app.test.ts.
    ['/v1/spf/worker.test?ip=::ffff:45.33.87.25', 200, undefined],
  ])('GET %s → %i %s', async (path, status, code) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    const payload = (await response.json()) as { error?: { code: string; message: string } };
    expect(payload.error?.code).toBe(code);
  });

  it('normalizes the domain to lower-case A-labels without the root dot', async () => {
    const response = await get('/v1/dmarc/WORKER.test.');
    expect(((await response.json()) as { domain: string }).domain).toBe('worker.test');
  });
});

describe('DNSSEC through a validating resolver (the stack’s Unbound path)', () => {
  const validating: Env = { DOH_URL: stackUrl('validatingDohUrl') };
  const fetchJson = async (path: string) => {
    const response = await app.request(path, {}, validating);
    expect(response.status, path).toBe(200);
    // biome-ignore lint/suspicious/noExplicitAny: assertions walk the JSON
    return (await response.json()) as any;
  };

  it('says it per section in the report, and in the single-protocol results', async () => {
    const report = await fetchJson('/v1/check/dnssec-mixed.test');
    expect(report.sections.spf.dnssec).toBe('mixed');
    expect(report.sections.mx.dnssec).toBe('validated');
    expect((await fetchJson('/v1/spf/dnssec-mixed.test')).result.dnssec).toBe('mixed');
    expect((await fetchJson('/v1/spf/dnssec-signed.test')).result.dnssec).toBe('validated');
    expect((await fetchJson('/v1/dkim/dnssec-signed.test?selector=mail')).result.dnssec).toBe('validated');
    expect((await fetchJson('/v1/dmarc/dnssec-plain.test')).result.dnssec).toBe('not validated');
    expect((await fetchJson('/v1/ptr/45.33.61.10')).result.dnssec).toBe('validated');
    expect((await fetchJson('/v1/ptr/45.33.62.12')).result.dnssec).toBe('not validated');
  });

  it('shows it on the report page, one line per section', async () => {
    const response = await app.request('/report/dnssec-mixed.test', {}, validating);
    expect(response.status).toBe(200);
    const html = await response.text();
    // Every section but sending, which a report has only for named sending IPs.
    expect(html.match(/class="meta dnssec dnssec-[a-z-]+"/g)?.length).toBe(
      SECTIONS.entries.filter((entry) => !entry.present).length,
    );
    expect(html).toContain(
      '<strong>DNSSEC: mixed.</strong> Some DNS answers this check rests on were DNSSEC-validated',
    );
    expect(html).toContain('<strong>DNSSEC: validated.</strong> Every DNS answer this check rests on');
  });
});
