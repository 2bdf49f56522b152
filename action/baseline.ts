import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, readFile, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { DomainReport } from '../core/index.js';
import { BaselineFileSchema, formatIssuePath } from './baseline-schema.js';
import { UsageError } from './options.js';

/** The baseline file: the last accepted report of each domain, keyed by A-label. */
export interface BaselineFile {
  version: 1;
  /** ISO 8601 time the file was last written. */
  updatedAt: string;
  domains: Record<string, DomainReport>;
}

/** What reading the baseline found: the file, or that there is none yet. */
export type BaselineRead = { status: 'found'; file: BaselineFile } | { status: 'missing' };

/** How many problems a usage error lists before "and N more". */
const SHOWN_ISSUES = 3;

/**
 * Reads the baseline at `path` and checks it against the baseline schema: a missing file is a value; a file that is
 * not JSON or does not fit is a usage error naming the path and the field, so nothing runs on (or overwrites) it.
 */
export async function readBaseline(path: string, label = path): Promise<BaselineRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    throw new UsageError(`Cannot read the baseline ${label}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `The baseline ${label} is not valid JSON (${(error as Error).message}); fix it, or delete it and run with update-baseline. It was not changed.`,
    );
  }
  const parsed = BaselineFileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const listed = issues.slice(0, SHOWN_ISSUES).map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
    const more = issues.length > SHOWN_ISSUES ? ` (and ${issues.length - SHOWN_ISSUES} more)` : '';
    throw new UsageError(
      `The baseline ${label} is not a valid mailposture baseline (version 1): ${listed.join('; ')}${more}. Fix the field, or delete the file and run with update-baseline. It was not changed.`,
    );
  }
  return { status: 'found', file: parsed.data as unknown as BaselineFile };
}

/** Report fields that say how a check ran, not what it found: a change in them alone is no change of the baseline. */
const CIRCUMSTANCES = new Set(['checkedAt', 'elapsedMs', 'queries', 'ttl', 'input']);

/** JSON with object keys sorted, for comparing two values by content. */
function stableJson(value: unknown, skip?: ReadonlySet<string>): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(inner).sort()) {
      if (!skip?.has(key)) sorted[key] = (inner as Record<string, unknown>)[key];
    }
    return sorted;
  });
}

/** Whether two reports say the same about their domain (the time, cost and TTL of the check left out). */
export function sameFindings(a: DomainReport, b: DomainReport): boolean {
  const strip = (report: DomainReport) => {
    const copy: Record<string, unknown> = { ...report };
    for (const key of CIRCUMSTANCES) delete copy[key];
    return copy;
  };
  return stableJson(strip(a)) === stableJson(strip(b));
}

/**
 * Merges this run's reports into the previous entries: a report that says what the previous one said keeps the
 * previous entry (its `checkedAt` is when that content was first seen), so an unchanged domain changes no byte.
 */
export function mergeBaseline(
  previous: Record<string, DomainReport>,
  reports: readonly DomainReport[],
): { domains: Record<string, DomainReport>; changed: boolean } {
  const domains: Record<string, DomainReport> = { ...previous };
  let changed = false;
  for (const report of reports) {
    const before = previous[report.domain];
    if (before && sameFindings(before, report)) continue;
    domains[report.domain] = report;
    changed = true;
  }
  return { domains, changed };
}

/** The file a path names after following symlinks, also when the last link points at a file not yet made. */
async function targetOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let current = resolve(path);
  // A dangling symlink is written through: the link stays a link (40 hops, as Linux's MAXSYMLINKS).
  for (let hop = 0; hop < 40; hop++) {
    let isLink = false;
    try {
      isLink = (await lstat(current)).isSymbolicLink();
    } catch {
      break;
    }
    if (!isLink) break;
    current = resolve(dirname(current), await readlink(current));
  }
  return current;
}

/**
 * Writes the baseline atomically: a temp file in the target's folder, fsync, rename over the target, fsync of the
 * folder. A symlinked baseline stays a symlink (its target is replaced) and an existing file keeps its mode.
 */
export async function writeBaseline(path: string, domains: Record<string, DomainReport>, now: Date): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(domains).sort(([a], [b]) => a.localeCompare(b)));
  const file: BaselineFile = { version: 1, updatedAt: now.toISOString(), domains: sorted };
  const target = await targetOf(path);
  const folder = dirname(target);
  await mkdir(folder, { recursive: true });
  let mode: number | undefined;
  try {
    mode = (await stat(target)).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, mode ?? 0o666);
  try {
    await handle.writeFile(`${JSON.stringify(file, null, 2)}\n`);
    // open() applies the umask; an existing file's mode is kept exactly.
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  // The rename is durable once the folder's entry is on disk.
  const dir = await open(folder, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
