import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZoneData } from '../../../core/dns/index.js';
import worker from '../../../worker/index.js';
import dkim from '../../fixtures/zones/dkim.js';
import dmarc from '../../fixtures/zones/dmarc.js';
import doh from '../../fixtures/zones/doh.js';
import hostile from '../../fixtures/zones/hostile.js';
import keyAndPtrRules from '../../fixtures/zones/key-and-ptr-rules.js';
import mx from '../../fixtures/zones/mx.js';
import other from '../../fixtures/zones/other.js';
import providers from '../../fixtures/zones/providers.js';
import report from '../../fixtures/zones/report.js';
import spf from '../../fixtures/zones/spf.js';
import tls from '../../fixtures/zones/tls.js';
import verdicts from '../../fixtures/zones/verdicts.js';
import { body } from './request.js';

// The Workers platform lets one request make 50 subrequests on the Free plan: the 51st fetch throws. Here the
// outbound fetch of this isolate — the one the Worker's DoH client calls — is replaced by one that does the same,
// counting per request, and also records how many fetches were in flight at once. Nothing but loopback is reached.
const PLATFORM_LIMIT = 50;
const realFetch = globalThis.fetch;
let limit = Number.POSITIVE_INFINITY;
let calls = 0;
let inFlight = 0;
let maxInFlight = 0;
let refused = 0;

beforeAll(() => {
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.hostname !== '127.0.0.1') throw new Error(`A test fetch left loopback: ${url.host}`);
    calls++;
    if (calls > limit) {
      refused++;
      throw new Error('Too many subrequests.');
    }
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      return await realFetch(input, init);
    } finally {
      inFlight--;
    }
  }) as typeof fetch;
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

let clients = 0;

/** One `/v1/check` request as the platform runs it, the answer cache off, with fresh counts. */
async function check(domain: string, vars: Record<string, string>, platformLimit: number) {
  limit = platformLimit;
  calls = 0;
  maxInFlight = 0;
  refused = 0;
  const ctx = createExecutionContext();
  const request = new Request(`http://worker.example/v1/check/${domain}`, {
    headers: { 'CF-Connecting-IP': `2001:db8:5b:${(++clients).toString(16)}::1`, 'Cache-Control': 'no-cache' },
  });
  const response = await worker.fetch(request, { ...env, DNS_CACHE_ENTRIES: '0', ...vars }, ctx);
  await waitOnExecutionContext(ctx);
  expect(response.status, domain).toBe(200);
  return { report: await body(response), calls, maxInFlight, refused };
}

const FIXTURES: ZoneData[] = [
  dkim,
  dmarc,
  doh,
  hostile,
  keyAndPtrRules,
  mx,
  other,
  providers,
  report,
  spf,
  tls,
  verdicts,
];
/** Every fixture domain: each zone apex but the TLD and the reverse trees. */
const DOMAINS = [...new Set(FIXTURES.flatMap((fixture) => fixture.zones))].filter(
  (apex) => apex.includes('.') && !apex.endsWith('.arpa'),
);

const cutIds = (report: { sections: Record<string, { findings: Array<{ id: string }> }> }) =>
  Object.values(report.sections)
    .flatMap((section) => section.findings.map((finding) => finding.id))
    .filter((id) => id === 'dkim.discovery-limited' || id === 'ptr.hosts-limited');

describe(`every fixture domain under the Free plan's ${PLATFORM_LIMIT} subrequests`, () => {
  const outcomes: Array<{ domain: string; complete: boolean; calls: number }> = [];

  it.each(DOMAINS)(
    '%s stays complete when it is complete unbounded, and never meets the 51st fetch',
    async (domain) => {
      const unbounded = await check(domain, { MAX_SUBREQUESTS: '10000' }, Number.POSITIVE_INFINITY);
      const bounded = await check(domain, {}, PLATFORM_LIMIT);
      expect(bounded.refused, `${domain}: fetches past the platform's limit`).toBe(0);
      expect(bounded.calls).toBeLessThanOrEqual(PLATFORM_LIMIT - 2);
      expect(bounded.maxInFlight).toBeLessThanOrEqual(6);
      outcomes.push({ domain, complete: unbounded.report.complete, calls: unbounded.calls });
      if (!unbounded.report.complete) return; // DNS trouble by design (down servers, loops): nothing to hold.
      expect(bounded.report.complete, `${domain}: ${JSON.stringify(bounded.report.sections)}`).toBe(true);
      // What the budget cut is said, and only guesses are cut: every section keeps the status it has unbounded, but
      // for dkim, whose guesses may find fewer keys.
      for (const name of Object.keys(unbounded.report.sections)) {
        if (name === 'dkim') continue;
        expect(bounded.report.sections[name].status, `${domain} ${name}`).toBe(unbounded.report.sections[name].status);
      }
      if (unbounded.calls > PLATFORM_LIMIT - 2) expect(cutIds(bounded.report).length, domain).toBeGreaterThan(0);
    },
  );

  it('covered domains that need more than the budget, and most fixture domains were complete', () => {
    expect(outcomes).toHaveLength(DOMAINS.length);
    expect(outcomes.filter((outcome) => outcome.complete).length).toBeGreaterThan(DOMAINS.length / 2);
    expect(outcomes.some((outcome) => outcome.complete && outcome.calls > PLATFORM_LIMIT - 2)).toBe(true);
  });
});

describe(`10 sending IPs under the Free plan's ${PLATFORM_LIMIT} subrequests (the sending section)`, () => {
  const ips = (prefix: string) => Array.from({ length: 10 }, (_, i) => `ip=${prefix}.${i + 1}`).join('&');

  it.each([
    ['worker.test', '45.33.87'],
    // Each IP reaches an exists:%{i} term of its own: ten lookups no memo can share, some REFUSED.
    ['flaky.sending.test', '45.33.88'],
  ])('%s: never meets the 51st fetch; what the budget cut is unknown, never a fail', async (domain, prefix) => {
    const { report, calls, refused } = await check(`${domain}?${ips(prefix)}`, {}, PLATFORM_LIMIT);
    expect(refused).toBe(0);
    expect(calls).toBeLessThanOrEqual(PLATFORM_LIMIT);
    const hosts = report.sections.sending.data.hosts as Array<{
      status: string;
      spf: { result: string; reason?: string };
      findings: Array<{ id: string }>;
    }>;
    expect(hosts).toHaveLength(10);
    const statuses = hosts.map((host) => host.status).join(' ');
    console.log(`[sending, 10 IPs] ${domain}: ${calls} of ${PLATFORM_LIMIT} fetches; hosts ${statuses}`);
    for (const host of hosts) {
      if (host.spf.result === 'temperror') {
        expect(host.status).toBe('error');
        expect(host.findings.map((f) => f.id)).not.toContain('sending.ip-not-authorized');
        expect(host.findings.map((f) => f.id)).not.toContain('sending.dmarc-fail');
      }
    }
    if (hosts.some((host) => host.status === 'error')) expect(report.grade).toBeNull();
  });
});

describe('a smaller MAX_SUBREQUESTS', () => {
  it('cuts the guesses first and says what was not looked up, the report complete', async () => {
    // The verdict needs 14 fetches here (the tls section's 4 among them); 16 of 18 are the lookups', 2 the cache's.
    const { report, calls, refused } = await check('self-hosted.test', { MAX_SUBREQUESTS: '18' }, 18);
    expect(refused).toBe(0);
    expect(calls).toBeLessThanOrEqual(16);
    expect(report.complete).toBe(true);
    expect(cutIds(report).sort()).toEqual(['dkim.discovery-limited', 'ptr.hosts-limited']);
    expect(report.sections.ptr.data.omitted.map((entry: { reason: string }) => entry.reason)).toEqual([
      'budget',
      'budget',
    ]);
  });
});
