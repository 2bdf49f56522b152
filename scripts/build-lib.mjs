// Builds the library the package exports (package.json `exports`): core/ compiled by tsc to lib/ as ES modules with
// their .d.ts types. Run by `npm pack` / `npm publish` (prepack); lib/ is not committed.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(new URL('../lib', import.meta.url), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const { status } = spawnSync(process.execPath, [tsc, '-p', 'core/tsconfig.lib.json'], { cwd: root, stdio: 'inherit' });
process.exit(status ?? 1);
