import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};

/** What `npm pack --json` says about the tarball it wrote. */
interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: Array<{ path: string; size: number }>;
}

const npm = (args: string[], cwd: string) =>
  exec('npm', args, {
    cwd,
    // No user or CI configuration leaks into the run; npm's own cache keeps the install offline-friendly.
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
    maxBuffer: 16 * 1024 * 1024,
  });

let pack: PackResult;
let consumer: string;
let installed: string[];

// The package as a user gets it: packed from this repository (prepack builds lib/), installed with --omit=dev into
// an empty folder, then used as the bin, as a Node import and as TypeScript types.
beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'mailposture-pack-'));
  const { stdout } = await npm(['pack', '--json', '--pack-destination', out], root);
  pack = (JSON.parse(stdout) as PackResult[])[0]!;
  consumer = await mkdtemp(join(tmpdir(), 'mailposture-consumer-'));
  await writeFile(join(consumer, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  await npm(['install', '--omit=dev', '--prefer-offline', '--no-package-lock', join(out, pack.filename)], consumer);
  const { stdout: tree } = await npm(['ls', '--all', '--parseable', '--omit=dev'], consumer);
  installed = tree
    .split('\n')
    .filter(Boolean)
    .slice(1)
    .map((path) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
  process.stdout.write(
    `[pack] ${pack.filename}: ${pack.entryCount} files, ${(pack.size / 1024).toFixed(1)} KiB packed, ` +
      `${(pack.unpackedSize / 1024).toFixed(1)} KiB unpacked; ${installed.length - 1} dependencies installed\n`,
  );
}, 240_000);

describe('the npm package', () => {
  it('ships the library, its types, the CLI bundle and the docs it links, nothing else', () => {
    const paths = pack.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/cli.js']));
    expect(paths).toEqual(expect.arrayContaining(['lib/index.js', 'lib/index.d.ts', 'lib/report/check-domain.d.ts']));
    const unexpected = paths.filter(
      (path) => !/^(package\.json|README\.md|LICENSE|dist\/cli\.js|docs\/findings\.md|lib\/.+\.(js|d\.ts))$/.test(path),
    );
    expect(unexpected).toEqual([]);
    expect(paths).not.toContain('dist/action.js');
    // lib/ is core compiled, a .js and a .d.ts per module (the sections' generated data schemas among them).
    expect(pack.entryCount).toBeLessThan(240);
  });

  it('installs only what the library needs at run time', () => {
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['@leichtgewicht/dns-packet', 'ipaddr.js', 'tldts']);
    const names = installed.slice(1);
    for (const heavy of ['zod', 'hono', '@hono/zod-openapi', '@actions/core', 'undici', 'badgen']) {
      expect(names).not.toContain(heavy);
    }
    expect(names).toEqual(expect.arrayContaining(Object.keys(manifest.dependencies)));
  });

  it('runs as `npx mailposture`: --version, and a check against the DNS stack', async () => {
    const { stdout: version } = await exec('npx', ['--no-install', 'mailposture', '--version'], { cwd: consumer });
    expect(version).toBe(`${manifest.version}\n`);
    const run = await exec(
      'npx',
      [
        '--no-install',
        'mailposture',
        'check',
        'worker.test',
        '--selector',
        'mail',
        '--doh-url',
        inject('dohUrl'),
        '--json',
      ],
      { cwd: consumer },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    const result = JSON.parse(run.stdout) as { grade: string; domains: Array<{ report: { complete: boolean } }> };
    expect(result.domains[0]?.report.complete).toBe(true);
    expect(result.grade).toMatch(/^[A-F]$/);
  });

  it('is importable from Node as `mailposture`, and checkDomain works over DoH', async () => {
    const script = `
      import { checkDomain, createDohResolver } from 'mailposture';
      const resolver = createDohResolver({ endpoints: [process.argv[1]] });
      const outcome = await checkDomain('worker.test', { resolver, selectors: ['mail'] });
      console.log(JSON.stringify({ ok: outcome.ok, grade: outcome.report?.grade, dkim: outcome.report?.sections.dkim.status }));
    `;
    const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script, inject('dohUrl')], {
      cwd: consumer,
    });
    expect(JSON.parse(stdout)).toEqual({ ok: true, grade: expect.stringMatching(/^[A-F]$/), dkim: 'pass' });
  });

  it('gives TypeScript users real types through `exports`', async () => {
    await writeFile(
      join(consumer, 'consumer.ts'),
      `import { checkDomain, createDohResolver, type DomainReport } from 'mailposture';
const resolver = createDohResolver({ endpoints: ['http://127.0.0.1:1/dns-query'] });
const outcome = await checkDomain('example.test', { resolver });
const report: DomainReport | undefined = outcome.ok ? outcome.report : undefined;
// @ts-expect-error: a report has no such field, so the types are checked, not \`any\`
report?.notAField;
export const grade: string | null | undefined = report?.grade;
`,
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const args = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext'];
    await expect(
      exec(process.execPath, [tsc, ...args, '--target', 'es2022', '--lib', 'es2022,dom', 'consumer.ts'], {
        cwd: consumer,
      }),
    ).resolves.toBeDefined();
  }, 60_000);
});
