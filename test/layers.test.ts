import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The two test layers (vitest.config.ts): a unit-layer file must not need a server, or `npm run test:unit` fails on a
// machine without Knot and dnsdist; and the project must run from a clone alone, reading nothing beside it.
const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
const interop = (file: string) => /\.interop\.test\.ts$/.test(file) || file.startsWith('test/worker/workerd/');
const read = (file: string) => readFileSync(file, 'utf8');

/** What only the interop layer has: the DNS stack's URLs, or a stack of one's own. */
const NEEDS_SERVER =
  /\binject\(\s*'(?:dohUrl|slowDohUrl|downDohUrl|validatingDohUrl)'|\bstackUrl\(|\bknotResolver\b|\bstartDnsStack\(|\bstartWranglerDev\(|\buseBeforeAfterStacks\(/;

describe('test layers', () => {
  it('has unit and interop files, and no unit-layer test file that needs a server (name it *.interop.test.ts)', () => {
    const tests = files.filter((file) => file.startsWith('test/') && file.endsWith('.test.ts'));
    expect(tests.filter(interop).length).toBeGreaterThan(10);
    expect(tests.filter((file) => !interop(file)).length).toBeGreaterThan(10);
    const offenders = tests.filter((file) => !interop(file) && NEEDS_SERVER.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it('reads nothing outside the repository: no committed file names ../shared', () => {
    const text = files.filter(
      (file) => /\.(?:ts|tsx|mjs|js|json|md|yml|toml)$/.test(file) && !file.startsWith('dist/'),
    );
    const offenders = text.filter((file) => file !== 'test/layers.test.ts' && read(file).includes('../shared'));
    expect(offenders).toEqual([]);
  });
});
