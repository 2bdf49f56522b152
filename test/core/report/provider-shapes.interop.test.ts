import { describe, expect, inject, it } from 'vitest';
import { createDohResolver, createFetchBudget, createLookupScheduler } from '../../../core/dns/index.js';
import { checkDomain } from '../../../core/report/index.js';
import { PROVIDER_SHAPES } from '../../fixtures/zones/providers.js';

const found = (report: { sections: { dkim: { data: { selectors: Array<{ selector: string; found: boolean }> } } } }) =>
  report.sections.dkim.data.selectors.filter((entry) => entry.found).map((entry) => entry.selector);
const makeResolver = () => createDohResolver({ endpoints: [inject('dohUrl')], timeoutMs: 3000 });

describe('realistic provider shapes served by Knot, through the DoH client', () => {
  it.each(PROVIDER_SHAPES)('finds every key of $shape', async ({ domain, keys }) => {
    const outcome = await checkDomain(domain, { resolver: makeResolver() });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.report.complete).toBe(true);
    expect(found(outcome.report).sort()).toEqual([...keys].sort());
  });
});

describe('a check under a fetch budget, through the DoH client', () => {
  it('through the real DoH client, counts every fetch and never passes the budget', async () => {
    let fetches = 0;
    const doh = createDohResolver({
      endpoints: [inject('dohUrl')],
      fetch: (url, init) => {
        fetches++;
        return fetch(url, init as RequestInit);
      },
    });
    const fetchBudget = createFetchBudget(20);
    const outcome = await checkDomain('self-hosted.test', {
      resolver: doh,
      scheduler: createLookupScheduler({ concurrency: 6 }),
      fetchBudget,
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(fetches).toBe(fetchBudget.used);
    expect(fetches).toBeLessThanOrEqual(20);
    expect(outcome.report.complete).toBe(true);
  });
});
