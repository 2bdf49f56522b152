import { readFileSync } from 'node:fs';
import { loadAll } from 'js-yaml';
import type { RecordSet, ZoneData } from '../../../core/dns/index.js';

/**
 * Reads an OpenSPF test suite (pyspf's test/rfc7208-tests.yml and rfc4408-tests.yml, BSD-3-Clause style licence,
 * see the .LICENSE file beside each), kept in test/conformance/spf/.
 */
export interface SuiteCase {
  scenario: string;
  name: string;
  spec: string;
  helo: string;
  host: string;
  mailfrom: string;
  result: string[];
  explanation?: string;
  zone: ZoneData;
}

interface RawScenario {
  description: string;
  tests: Record<
    string,
    {
      helo: string;
      host: string;
      mailfrom: string;
      result: string | string[];
      explanation?: string;
      spec?: string | string[];
    }
  >;
  zonedata?: Record<string, Array<string | Record<string, unknown>>>;
}

/** Converts a scenario's zonedata: SPF entries serve as TXT unless the name has TXT entries (even `TXT: NONE`). */
export function toZoneData(zonedata: RawScenario['zonedata']): ZoneData {
  const records: Record<string, RecordSet> = {};
  for (const [owner, entries] of Object.entries(zonedata ?? {})) {
    const set: RecordSet = {};
    const hasTxt = entries.some((entry) => typeof entry === 'object' && 'TXT' in entry);
    for (const entry of entries) {
      if (entry === 'TIMEOUT') {
        set.error = 'timeout';
        continue;
      }
      if (typeof entry !== 'object') continue;
      for (const [type, value] of Object.entries(entry)) {
        if (type === 'SPF' || type === 'TXT') {
          if ((type === 'SPF' && hasTxt) || value === 'NONE') continue;
          set.TXT ??= [];
          set.TXT.push(Array.isArray(value) ? value.map(String) : String(value));
        } else if (type === 'A' || type === 'AAAA' || type === 'PTR') {
          set[type] ??= [];
          set[type].push(...(Array.isArray(value) ? value.map(String) : [String(value)]));
        } else if (type === 'MX') {
          const [preference, exchange] = value as [number, string];
          set.MX ??= [];
          set.MX.push([preference, exchange]);
        } else if (type === 'CNAME') {
          set.CNAME = String(value);
        } else {
          throw new Error(`Unsupported zonedata type ${type} at ${owner}.`);
        }
      }
    }
    const key = owner.toLowerCase();
    records[key] = records[key] ? { ...records[key], ...set } : set;
  }
  return { zones: [], records };
}

/** Loads every case of a suite file. */
export function loadSuite(url: URL): SuiteCase[] {
  const documents = loadAll(readFileSync(url, 'utf8')) as RawScenario[];
  const cases: SuiteCase[] = [];
  for (const scenario of documents) {
    if (!scenario?.tests) continue;
    const zone = toZoneData(scenario.zonedata);
    for (const [name, test] of Object.entries(scenario.tests)) {
      const item: SuiteCase = {
        scenario: scenario.description,
        name,
        spec: String(test.spec ?? ''),
        helo: String(test.helo ?? ''),
        host: String(test.host),
        mailfrom: String(test.mailfrom ?? ''),
        result: Array.isArray(test.result) ? test.result : [test.result],
        zone,
      };
      if (test.explanation !== undefined) item.explanation = String(test.explanation);
      cases.push(item);
    }
  }
  return cases;
}
