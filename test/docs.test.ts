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
    for (const id of ids) expect(id).toMatch(/^(spf|dmarc|dkim|mx|ptr|mtasts|tlsrpt|dane)\.[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
