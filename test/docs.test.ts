import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allFindingIds, renderFindingsDoc } from '../scripts/findings-doc.js';

/** The finding ids the issues name: a public contract that users script against. */
const CONTRACT = [
  'spf.missing',
  'spf.multiple-records',
  'spf.syntax-error',
  'spf.too-many-lookups',
  'spf.too-many-void-lookups',
  'spf.include-loop',
  'spf.include-no-record',
  'spf.pass-all',
  'spf.neutral-all',
  'spf.no-all',
  'spf.ptr-mechanism',
  'spf.redirect-ignored',
  'spf.cidr-not-network',
  'spf.non-public-address',
  'spf.record-too-long',
  'spf.dns-error',
  'dmarc.missing',
  'dmarc.multiple-records',
  'dmarc.syntax-error',
  'dmarc.policy-none',
  'dmarc.historic-tag',
  'dmarc.partial-pct',
  'dmarc.testing',
  'dmarc.no-rua',
  'dmarc.rua-unauthorized',
  'dmarc.weak-subdomain-policy',
  'dmarc.inherited',
  'dmarc.org-domain-disagreement',
  'dmarc.dns-error',
  'dkim.no-selector-found',
  'dkim.weak-key',
  'dkim.insecure-key',
  'dkim.revoked',
  'dkim.testing',
  'dkim.invalid-key',
  'dkim.sha1-only',
  'dkim.dns-error',
  'mx.missing',
  'mx.null',
  'mx.no-address',
  'ptr.missing',
  'ptr.mismatch',
  'ptr.generic',
  'ptr.dns-error',
  // Issue 18: the sending section.
  'sending.ip-not-authorized',
  'sending.spf-error',
  'sending.not-aligned',
  'sending.dmarc-fail',
  'sending.ptr-missing',
  'sending.ptr-not-confirmed',
  'sending.helo-not-authorized',
];

describe('docs/findings.md', () => {
  it('is generated from the current catalogues (run `npm run docs`)', () => {
    const committed = readFileSync(new URL('../docs/findings.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderFindingsDoc());
  });

  it('declares every finding id the issues name, with a link anchor', () => {
    const ids = allFindingIds();
    for (const id of CONTRACT) expect(ids, id).toContain(id);
    const doc = renderFindingsDoc();
    for (const id of ids) expect(doc).toContain(`<a id="${id}"></a>`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^(spf|dmarc|dkim|mx|ptr|mtasts|tlsrpt|dane|sending)\.[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('the README', () => {
  it('documents every environment variable npm start reads', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const start = readFileSync(new URL('../scripts/start.mjs', import.meta.url), 'utf8');
    const names = [...start.matchAll(/process\.env\.([A-Z_]+)/g)].map((match) => match[1]!);
    expect(names).toEqual(expect.arrayContaining(['PORT', 'INSPECTOR_PORT', 'DOH_URL']));
    for (const name of new Set(names)) expect(readme, name).toContain(`\`${name}\``);
  });

  it('describes the DoH paths npm run dns-stack prints', () => {
    const script = readFileSync(new URL('../scripts/dns-stack.ts', import.meta.url), 'utf8');
    for (const url of ['dohUrl', 'slowDohUrl', 'downDohUrl']) expect(script).toContain(`stack.${url}`);
  });
});

describe('a finding whose severity depends on the case', () => {
  it('says so in docs/findings.md: ptr.missing is a warning for an MX host address', () => {
    const doc = renderFindingsDoc();
    const row = doc.slice(doc.indexOf('### ptr.missing'), doc.indexOf('### ptr.missing') + 400);
    expect(row).toContain('error for a sending IP; warning for an MX host address');
  });
});
