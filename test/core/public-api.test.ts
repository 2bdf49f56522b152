import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../core/index.js';
import * as testing from '../../core/testing.js';

const root = new URL('../../', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("core's public API (core/index.ts)", () => {
  it('names every export: no `export *`', () => {
    const text = readFileSync(join(root, 'core/index.ts'), 'utf8');
    expect(text).not.toMatch(/export \*/);
    expect(readFileSync(join(root, 'core/testing.ts'), 'utf8')).not.toMatch(/export \*/);
  });

  it('holds what a library user needs, and only that (adding a name is a deliberate change here)', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DEFAULT_ANSWER_CACHE_ENTRIES',
        'DEFAULT_CHECK_BUDGET',
        'DEFAULT_DOH_ENDPOINT',
        'DNSSEC_SENTENCES',
        'DNSSEC_STATES',
        'FAIL_CAP',
        'GRADE_THRESHOLDS',
        'MAX_SENDING_IPS',
        'RECEIVER_RULES',
        'SECTIONS',
        'SECTION_WEIGHTS',
        'STATUS_POINTS',
        'alignIdentifier',
        'auditSpf',
        'checkDkim',
        'checkDmarc',
        'checkDomain',
        'checkHeloSpf',
        'checkHost',
        'checkMx',
        'checkPtr',
        'checkSendingHosts',
        'checkTls',
        'createHttpsFetcher',
        'matchesMxPattern',
        'noHttpsFetcher',
        'parseMtaStsPolicy',
        'parseMtaStsRecord',
        'parseTlsRptRecord',
        'tlsMailHostsFromMx',
        'compareGrades',
        'createCachingResolver',
        'createDohResolver',
        'createFetchBudget',
        'createFinding',
        'createLookupScheduler',
        'createLookupSession',
        'createRegistry',
        'defineSection',
        'diffReports',
        'explainsFinding',
        'findingsToFix',
        'gradeSections',
        'isLookupFailure',
        'listSections',
        'mapBounded',
        'parseDkimKey',
        'parseDmarc',
        'parseDomain',
        'parseHelo',
        'parseIp',
        'parseSender',
        'parseSpf',
        'ptrAddressSchema',
        'sectionStatus',
        'spfCheckHostSchema',
        'withDnssec',
      ].sort(),
    );
    for (const internal of [
      'answerSize',
      'parseSpfShared',
      'createMemoryResolver',
      'checkPtrAddress',
      'isLookupSession',
      'scopeSession',
      'dnssecState',
    ]) {
      expect(api).not.toHaveProperty(internal);
    }
  });

  it('keeps the test doubles apart, in core/testing.ts', () => {
    expect(Object.keys(testing).sort()).toEqual(['createMemoryResolver', 'mergeZoneData']);
  });

  it('is the only way worker/ and action/ reach core', () => {
    const deep: string[] = [];
    for (const file of [...sources('worker'), ...sources('action')]) {
      for (const [, target] of readFileSync(join(root, file), 'utf8').matchAll(/from '([^']*\/core\/[^']*)'/g)) {
        if (!/^(\.\.\/)+core\/index\.js$/.test(target!)) deep.push(`${file}: ${target}`);
      }
    }
    expect(deep).toEqual([]);
  });
});
