import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mergeZoneData, type ZoneData } from '../../core/dns/index.js';

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/zones/', import.meta.url));

/** Loads every fixture module in test/fixtures/zones/ (each default-exports ZoneData) and merges them. */
export async function loadAllFixtures(): Promise<ZoneData> {
  const files = (await readdir(FIXTURE_DIR)).filter((file) => file.endsWith('.ts')).sort();
  const parts: ZoneData[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(`${FIXTURE_DIR}${file}`).href)) as { default?: ZoneData };
    if (!module.default) throw new Error(`test/fixtures/zones/${file} has no default export of zone data.`);
    parts.push(module.default);
  }
  return mergeZoneData(...parts);
}
