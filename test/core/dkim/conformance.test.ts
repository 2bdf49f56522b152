/**
 * DKIM key record vectors from public test suites (mjl-/mox, emersion/go-msgauth, dkimpy, stalwartlabs/mail-auth;
 * licences and provenance per vector in test/conformance/dkim/ and its README). Verdict: the record parses (RFC 6376 §3.6.1) and its key
 * imports (RFC 6376 §3.6.1, RFC 8463 §4.2); a key whose s= excludes email is "valid-for-<service>-only".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectDkimKey, parseDkimKey, servesEmail } from '../../../core/dkim/index.js';

interface Vector {
  record: string;
  expect: string;
  note: string | null;
  source: { repo: string; path: string; line?: number };
}

const data = JSON.parse(
  readFileSync(new URL('../../conformance/dkim/dkim-key-record-vectors.json', import.meta.url), 'utf8'),
) as { vectors: Vector[] };

/** Vectors where our verdict differs, by index, with the section that decides. None so far. */
const differences: Record<number, { ours: string; reason: string }> = {};

async function verdict(text: string): Promise<string> {
  const parsed = parseDkimKey(text);
  if (!parsed.ok) return 'invalid';
  const key = await inspectDkimKey(parsed.record);
  if (key.status === 'invalid') return 'invalid';
  if (!servesEmail(parsed.record)) return `valid-for-${parsed.record.serviceTypes.join('-')}-only`;
  return 'valid';
}

describe('DKIM key record conformance vectors', () => {
  it('has the 30 vectors the suite ships', () => {
    expect(data.vectors).toHaveLength(30);
  });

  it.each(data.vectors.map((vector, index) => ({ index, ...vector })))(
    '#$index $source.repo:$source.line → $expect',
    async ({ index, record, expect: expected }) => {
      const want = expected.startsWith('invalid') ? 'invalid' : expected;
      const difference = differences[index];
      expect(await verdict(record)).toBe(difference ? difference.ours : want);
    },
  );
});
