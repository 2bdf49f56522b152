import { describe, expect, it } from 'vitest';
import { createMemoryResolver } from '../../../core/dns/index.js';
import { checkHost } from '../../../core/spf/index.js';
import { loadSuite, type SuiteCase } from './conformance-driver.js';

// The OpenSPF suites (pyspf test/rfc7208-tests.yml and rfc4408-tests.yml, BSD-3-Clause style licence beside them).
const suite7208 = loadSuite(new URL('../../conformance/spf/rfc7208-tests.yml', import.meta.url));
const suite4408 = loadSuite(new URL('../../conformance/spf/rfc4408-tests.yml', import.meta.url));

/** Runs one case: its zone data in memory, its identity through checkHost, "DEFAULT" as the default explanation. */
async function run(item: SuiteCase) {
  const resolver = createMemoryResolver(item.zone);
  return checkHost(
    { ip: item.host, sender: item.mailfrom, helo: item.helo },
    { resolver, defaultExplanation: 'DEFAULT', timestamp: 1_000_000_000 },
  );
}

describe('OpenSPF RFC 7208 suite', () => {
  it('has 203 cases, none skipped', () => {
    expect(suite7208).toHaveLength(203);
  });
  it.each(suite7208.map((item) => [`${item.scenario} / ${item.name}`, item] as const))('%s', async (_, item) => {
    const outcome = await run(item);
    expect(item.result, `${outcome.reason ?? ''}`).toContain(outcome.result);
    if (item.explanation !== undefined) expect(outcome.explanation).toBe(item.explanation);
  });
});

/**
 * RFC 7208 changed some rules of RFC 4408 (Appendix C); these 4408 cases expect the old behaviour and we follow
 * RFC 7208. Each entry is the case name and why it differs.
 */
const DIFFERENCES_4408: Record<string, string> = {};

describe('OpenSPF RFC 4408 suite', () => {
  it('differs only where RFC 7208 changed the rules', async () => {
    const differing: Record<string, string> = {};
    let passed = 0;
    for (const item of suite4408) {
      const outcome = await run(item);
      const resultOk = item.result.includes(outcome.result);
      const explanationOk = item.explanation === undefined || outcome.explanation === item.explanation;
      if (resultOk && explanationOk) passed++;
      else
        differing[item.name] =
          `expected ${item.result.join('|')}, got ${outcome.result} (${outcome.reason ?? outcome.explanation ?? ''})`;
    }
    console.log(`RFC 4408 suite: ${passed}/${suite4408.length}`);
    expect(Object.keys(differing).sort(), JSON.stringify(differing, null, 1)).toEqual(
      Object.keys(DIFFERENCES_4408).sort(),
    );
  });
});
