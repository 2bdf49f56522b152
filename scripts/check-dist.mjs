// Fails when the committed bundles in dist/ are not what the source builds to (a stale bundle): rebuilds them into a
// temporary folder and compares byte for byte. Fix with `npm run build` and commit dist/.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundles } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const temp = await mkdtemp(join(tmpdir(), 'mailposture-dist-'));
let stale = 0;
try {
  for (const { file, bytes } of await buildBundles(temp)) {
    const name = basename(file);
    const committedPath = resolve(root, 'dist', name);
    const fresh = await readFile(file);
    let committed;
    try {
      committed = await readFile(committedPath);
    } catch {
      committed = undefined;
    }
    if (!committed) {
      console.error(`dist/${name} is missing: run \`npm run build\` and commit dist/.`);
      stale++;
    } else if (!committed.equals(fresh)) {
      console.error(
        `dist/${name} is stale (${committed.length} bytes committed, ${fresh.length} built): run \`npm run build\` and commit dist/.`,
      );
      stale++;
    } else {
      console.log(`dist/${name} is up to date (${(bytes / 1024).toFixed(1)} KiB).`);
    }
  }
} finally {
  await rm(temp, { recursive: true, force: true });
}
process.exitCode = stale > 0 ? 1 : 0;
