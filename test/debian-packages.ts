import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where a program is: on PATH, or in the system folders a non-root PATH leaves out. */
export function findBinary(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin', '/sbin'];
  for (const dir of dirs) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * Finds the programs the interop tests run, installing their Debian packages with apt-get when some are missing and
 * we are root (as in CI and the README's `npm ci && npm test`); otherwise says what to install. `who` names the user.
 */
export function ensureBinaries<Name extends string>(
  names: readonly Name[],
  packages: readonly string[],
  who: string,
): Record<Name, string> {
  const find = () => names.map((name) => [name, findBinary(name)] as const);
  let found = find();
  if (found.some(([, path]) => !path)) {
    const install = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
    if (process.getuid?.() !== 0 || !findBinary('apt-get'))
      throw new Error(`${who} needs ${names.join(', ')}: ${install}`);
    try {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
        stdio: 'inherit',
        env,
      });
    } catch (error) {
      throw new Error(`Installing ${packages.join(' ')} with apt-get failed: ${(error as Error).message}`);
    }
    found = find();
    const missing = found.filter(([, path]) => !path).map(([name]) => name);
    if (missing.length > 0) throw new Error(`apt-get finished but ${missing.join(', ')} is still missing.`);
  }
  return Object.fromEntries(found) as Record<Name, string>;
}
