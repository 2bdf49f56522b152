import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readBaseline } from '../../action/baseline.js';
import { UsageError } from '../../action/options.js';
import type { RunResult } from '../../action/run.js';
import { createWorkspace, runAction, runCli } from './harness.js';

// A healthy domain of test/fixtures/zones/worker.ts, checked over the real DNS stack.
const DOMAIN = 'worker.test';
const fast = ['--dns-timeout-ms', '1500', '--dns-retries', '0'];
const cwd = () => mkdtemp(join(tmpdir(), 'mailposture-baseline-'));

// biome-ignore lint/suspicious/noExplicitAny: the variants below reach into arbitrary JSON
type Json = any;

/** A valid baseline written by the CLI from the real stack, as text and as JSON. */
let good = '';

async function check(args: string[], dir: string) {
  const result = await runCli(['check', DOMAIN, '--selector', 'mail', ...args, ...fast, '--json'], dir);
  let json: RunResult | undefined;
  try {
    json = JSON.parse(result.stdout) as RunResult;
  } catch {
    json = undefined;
  }
  return { ...result, json };
}

beforeAll(async () => {
  const dir = await cwd();
  const first = await check(['--doh-url', inject('dohUrl'), '--baseline', 'base.json', '--update-baseline'], dir);
  expect(first.code, first.stderr).toBe(0);
  good = await readFile(join(dir, 'base.json'), 'utf8');
}, 30_000);

/** Applies `change` to a fresh copy of the good baseline and returns the text. */
function mutate(change: (file: Json, report: Json) => void): string {
  const file = JSON.parse(good);
  change(file, file.domains[DOMAIN]);
  return JSON.stringify(file, null, 2);
}

/** Corrupted baselines: the text, and a part of the path the error must name (undefined: not JSON at all). */
const VARIANTS: Array<[string, () => string, string | undefined]> = [
  ['truncated JSON', () => good.slice(0, Math.floor(good.length / 2)), undefined],
  ['an empty file', () => '', undefined],
  ['JSON nested 100,000 deep', () => '['.repeat(100_000), undefined],
  ['null', () => 'null', '(the top level)'],
  ['an array', () => '[]', '(the top level)'],
  ['version 2', () => mutate((f) => (f.version = 2)), 'version'],
  ['version as a string', () => mutate((f) => (f.version = '1')), 'version'],
  ['updatedAt a number', () => mutate((f) => (f.updatedAt = 12345)), 'updatedAt'],
  ['an unknown top-level field', () => mutate((f) => (f.extra = true)), '(the top level)'],
  ['domains an array', () => mutate((f) => (f.domains = [])), 'domains'],
  ['domains a string', () => mutate((f) => (f.domains = 'worker.test')), 'domains'],
  ['a report that is a string', () => mutate((f) => (f.domains[DOMAIN] = 'A')), `domains["${DOMAIN}"]`],
  ['sections: {}', () => mutate((_f, r) => (r.sections = {})), `domains["${DOMAIN}"].sections.spf`],
  ['a section missing', () => mutate((_f, r) => delete r.sections.dmarc), `domains["${DOMAIN}"].sections.dmarc`],
  ['an unknown section', () => mutate((_f, r) => (r.sections.bimi = r.sections.mx)), `domains["${DOMAIN}"].sections`],
  ['status "bogus"', () => mutate((_f, r) => (r.sections.spf.status = 'bogus')), 'sections.spf.status'],
  ['grade "Z"', () => mutate((_f, r) => (r.grade = 'Z')), `domains["${DOMAIN}"].grade`],
  ['score a huge number', () => mutate((_f, r) => (r.score = 1e300)), `domains["${DOMAIN}"].score`],
  [
    'score beyond a double (Infinity)',
    () => mutate((_f, r) => (r.score = 1)).replace('"score": 1,', '"score": 1e400,'),
    'score',
  ],
  ['score negative', () => mutate((_f, r) => (r.score = -5)), 'score'],
  ['complete a string', () => mutate((_f, r) => (r.complete = 'yes')), 'complete'],
  ['checkedAt not a time', () => mutate((_f, r) => (r.checkedAt = 'yesterday')), 'checkedAt'],
  ['findings a string', () => mutate((_f, r) => (r.sections.dkim.findings = 'none')), 'sections.dkim.findings'],
  ['a finding that is a number', () => mutate((_f, r) => (r.sections.spf.findings = [42])), 'sections.spf.findings[0]'],
  [
    'a finding with severity "fatal"',
    () =>
      mutate((_f, r) => (r.sections.mx.findings = [{ id: 'mx.x', severity: 'fatal', message: '', fix: '', rfc: '' }])),
    'sections.mx.findings[0].severity',
  ],
  ['records of numbers', () => mutate((_f, r) => (r.sections.spf.records = [1, 2])), 'sections.spf.records[0]'],
  ['data missing', () => mutate((_f, r) => delete r.sections.ptr.data), 'sections.ptr.data'],
  [
    'SPF lookups a string',
    () => mutate((_f, r) => (r.sections.spf.data.lookups.count = '3')),
    'spf.data.lookups.count',
  ],
  ['SPF all "x"', () => mutate((_f, r) => (r.sections.spf.data.all = 'x')), 'spf.data.all'],
  [
    'DMARC policy "strict"',
    () => mutate((_f, r) => (r.sections.dmarc.data.policy.domain.applied = 'strict')),
    'dmarc.data.policy.domain.applied',
  ],
  ['DKIM selectors an object', () => mutate((_f, r) => (r.sections.dkim.data.selectors = {})), 'dkim.data.selectors'],
  [
    'a DKIM key of 1e308 bits',
    () => mutate((_f, r) => (r.sections.dkim.data.selectors[0].keyBits = 1e308)),
    'dkim.data.selectors[0].keyBits',
  ],
  ['PTR results null', () => mutate((_f, r) => (r.sections.ptr.data.results = null)), 'ptr.data.results'],
  [
    'an entry keyed by another domain',
    () =>
      mutate((f, r) => {
        f.domains = { 'other.test': r };
      }),
    'domains["other.test"].domain',
  ],
];

describe('the baseline schema', () => {
  it(`refuses each of ${VARIANTS.length} corrupted baselines with a usage error naming the path and the field`, async () => {
    const dir = await cwd();
    for (const [name, text, field] of VARIANTS) {
      const path = join(dir, 'base.json');
      await writeFile(path, text());
      const error = await readBaseline(path, 'base.json').then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error, name).toBeInstanceOf(UsageError);
      const message = (error as Error).message;
      expect(message, name).toContain('base.json');
      expect(message, name).toContain('was not changed');
      if (field) expect(message, name).toContain(field);
    }
    expect(VARIANTS.length).toBeGreaterThanOrEqual(20);
  });

  it('accepts the baseline the CLI wrote', async () => {
    const dir = await cwd();
    await writeFile(join(dir, 'base.json'), good);
    const read = await readBaseline(join(dir, 'base.json'));
    expect(read.status).toBe('found');
  });
});

/** The bytes, mode and modification time of a file, and the names in its folder (no temp file may be left). */
async function snapshot(dir: string, name = 'base.json') {
  const path = join(dir, name);
  const info = await stat(path);
  return {
    text: await readFile(path, 'utf8'),
    mode: info.mode,
    mtimeMs: info.mtimeMs,
    files: (await readdir(dir)).sort(),
  };
}

describe('the CLI with a corrupted baseline (over the real DNS stack)', () => {
  it(`exits 2 for each corrupted variant, names the field, and never writes the file (update-baseline on)`, async () => {
    const dir = await cwd();
    let tried = 0;
    for (const [name, text, field] of VARIANTS) {
      const file = `base-${tried}.json`;
      await writeFile(join(dir, file), text());
      const before = await snapshot(dir, file);
      const run = await check(['--doh-url', inject('dohUrl'), '--baseline', file, '--update-baseline'], dir);
      expect(run.code, `${name}: ${run.stderr}`).toBe(2);
      expect(run.stderr, name).toMatch(new RegExp(`^mailposture: The baseline ${file.replace('.', '\\.')} `));
      if (field) expect(run.stderr, name).toContain(field);
      expect(run.stderr, name).not.toContain('failed unexpectedly');
      expect(run.stdout, name).toBe('');
      expect(await snapshot(dir, file), name).toEqual(before);
      tried++;
    }
    expect(tried).toBe(VARIANTS.length);
  }, 120_000);
});

describe('the Action with a corrupted baseline', () => {
  it('fails the step with the path and the field, and leaves the file as it was', async () => {
    const dirs = await createWorkspace();
    await mkdir(join(dirs.workspace, '.github'), { recursive: true });
    const path = join(dirs.workspace, '.github/email-auth-baseline.json');
    await writeFile(
      path,
      mutate((_f, r) => (r.sections.dkim.findings = 'none')),
    );
    const before = await snapshot(join(dirs.workspace, '.github'), 'email-auth-baseline.json');
    const run = await runAction(
      { domains: DOMAIN, 'doh-url': inject('dohUrl'), 'dns-timeout-ms': '1500', 'update-baseline': 'true' },
      dirs,
    );
    expect(run.code).toBe(1);
    const error = run.stdout.split('\n').find((line) => line.startsWith('::error::'));
    expect(error).toContain('.github/email-auth-baseline.json');
    expect(error).toContain(`domains["${DOMAIN}"].sections.dkim.findings`);
    expect(error).not.toContain('failed unexpectedly');
    expect(await snapshot(join(dirs.workspace, '.github'), 'email-auth-baseline.json')).toEqual(before);
  });
});

describe('writing the baseline', () => {
  it('leaves the file untouched when nothing changed, and during an outage', async () => {
    const dir = await cwd();
    const args = ['--baseline', 'base.json', '--update-baseline'];
    const first = await check([...args, '--doh-url', inject('dohUrl')], dir);
    expect(first.json?.baseline.written).toBe(true);
    const written = await snapshot(dir);

    const same = await check([...args, '--doh-url', inject('dohUrl')], dir);
    expect(same.code, same.stderr).toBe(0);
    expect(same.json?.baseline).toMatchObject({ written: false, unchanged: true });
    expect(await snapshot(dir)).toEqual(written);

    // The resolver is down (the stack's /down/ path answers 403): every section is unknown, nothing is rewritten.
    const outage = await check([...args, '--doh-url', inject('downDohUrl')], dir);
    expect(outage.code, outage.stderr).toBe(3);
    expect(outage.json?.baseline).toMatchObject({ written: false, unchanged: true, kept: [DOMAIN] });
    expect(await snapshot(dir)).toEqual(written);

    // A port nothing listens on: the same.
    const refused = await check([...args, '--doh-url', 'http://127.0.0.1:9/dns-query'], dir);
    expect(refused.code, refused.stderr).toBe(3);
    expect(await snapshot(dir)).toEqual(written);
  }, 60_000);

  it('writes a missing baseline only when something answered', async () => {
    const dir = await cwd();
    const outage = await check(
      ['--baseline', 'base.json', '--update-baseline', '--doh-url', inject('downDohUrl')],
      dir,
    );
    expect(outage.code).toBe(3);
    expect(outage.json?.baseline.written).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('rewrites a changed baseline through its symlink and keeps the mode', async () => {
    const dir = await cwd();
    await mkdir(join(dir, 'store'));
    // The baseline of another day: the grade and a finding differ, so this run's report is a change.
    const stale = mutate((_f, r) => {
      r.checkedAt = '2026-01-01T00:00:00.000Z';
      r.sections.mx.findings = [{ id: 'mx.no-mx', severity: 'error', message: 'old', fix: 'old', rfc: 'RFC 5321' }];
    });
    await writeFile(join(dir, 'store/real.json'), stale);
    await chmod(join(dir, 'store/real.json'), 0o600);
    await symlink('store/real.json', join(dir, 'base.json'));

    const run = await check(['--baseline', 'base.json', '--update-baseline', '--doh-url', inject('dohUrl')], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.json?.baseline.written).toBe(true);
    expect((await lstat(join(dir, 'base.json'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'base.json'))).toBe('store/real.json');
    expect((await stat(join(dir, 'store/real.json'))).mode & 0o777).toBe(0o600);
    const now = JSON.parse(await readFile(join(dir, 'store/real.json'), 'utf8'));
    // The file holds this run's mx section, not the stale one.
    expect(now.domains[DOMAIN].sections.mx.findings).toEqual(run.json?.domains[0]?.report.sections.mx.findings);
    expect(now.domains[DOMAIN].sections.mx.findings).not.toContainEqual(expect.objectContaining({ id: 'mx.no-mx' }));
    // No temp file is left next to the target or the link.
    expect((await readdir(join(dir, 'store'))).sort()).toEqual(['real.json']);
    expect((await readdir(dir)).sort()).toEqual(['base.json', 'store']);
  });

  it('writes through a dangling symlink, which stays a link', async () => {
    const dir = await cwd();
    await symlink('kept/baseline.json', join(dir, 'base.json'));
    const run = await check(['--baseline', 'base.json', '--update-baseline', '--doh-url', inject('dohUrl')], dir);
    expect(run.code, run.stderr).toBe(0);
    expect((await lstat(join(dir, 'base.json'))).isSymbolicLink()).toBe(true);
    expect(JSON.parse(await readFile(join(dir, 'kept/baseline.json'), 'utf8')).version).toBe(1);
  });
});
