// Bundles the GitHub Action and the CLI into single files under dist/ (or the folder given as the first argument):
// ESM for Node 20+, with `require` defined for the CommonJS parts of the dependencies (@actions/core 3 is ESM-only
// but its own dependencies are not). The output is deterministic, so scripts/check-dist.mjs can compare it.
import { chmod, mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const requireShim =
  "import { createRequire as __mailpostureCreateRequire } from 'node:module';\nconst require = __mailpostureCreateRequire(import.meta.url);";

/** The bundles: the Action's entry (action.yml `main`) and the CLI (package.json `bin`). */
export const BUNDLES = [
  { entry: 'action/entry.ts', out: 'action.js', banner: requireShim },
  // The hashbang of action/cli.ts is kept first by esbuild.
  { entry: 'action/cli.ts', out: 'cli.js', banner: requireShim, executable: true },
];

/** Builds every bundle into `outDir`; returns their paths and sizes in bytes. */
export async function buildBundles(outDir) {
  await mkdir(outDir, { recursive: true });
  const built = [];
  for (const bundle of BUNDLES) {
    const outfile = resolve(outDir, bundle.out);
    await build({
      absWorkingDir: root,
      entryPoints: [bundle.entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      banner: { js: bundle.banner },
      legalComments: 'eof',
      minify: false,
      sourcemap: false,
      logLevel: 'warning',
    });
    if (bundle.executable) await chmod(outfile, 0o755);
    built.push({ file: outfile, bytes: (await stat(outfile)).size });
  }
  return built;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(root, process.argv[2] ?? 'dist');
  for (const { file, bytes } of await buildBundles(outDir)) {
    console.log(`${file}: ${(bytes / 1024).toFixed(1)} KiB`);
  }
}
