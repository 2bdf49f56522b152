import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DomainReport } from '../core/report/types.js';
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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the baseline at `path`; a missing file is a value, a corrupt one a usage error that says how to fix it. */
export async function readBaseline(path: string): Promise<BaselineRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    throw new UsageError(`Cannot read the baseline ${path}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `The baseline ${path} is not valid JSON (${(error as Error).message}); delete it and run with update-baseline.`,
    );
  }
  if (!isObject(data) || data.version !== 1 || !isObject(data.domains)) {
    throw new UsageError(`The baseline ${path} is not a mailposture baseline (version 1); recreate it.`);
  }
  for (const [domain, report] of Object.entries(data.domains)) {
    if (!isObject(report) || !isObject(report.sections) || typeof report.grade !== 'string') {
      throw new UsageError(`The baseline ${path} has no usable report for ${domain}; recreate it.`);
    }
  }
  return { status: 'found', file: data as unknown as BaselineFile };
}

/** Writes the baseline atomically (temp file + rename), creating its folder, with stable key order. */
export async function writeBaseline(path: string, domains: Record<string, DomainReport>, now: Date): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(domains).sort(([a], [b]) => a.localeCompare(b)));
  const file: BaselineFile = { version: 1, updatedAt: now.toISOString(), domains: sorted };
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(file, null, 2)}\n`);
  await rename(temp, path);
}
