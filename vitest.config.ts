import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { createTestOutbound } from './test/tls-server/outbound.js';

const timeouts = { testTimeout: 20_000, hookTimeout: 30_000 };

// Two layers. `unit` needs no server: parsers, rules, grade, diff, the conformance suites over the in-memory resolver,
// the Worker through app.request() with no DNS behind it. `interop` and `workerd` run against the real servers (Knot
// behind dnsdist, wrangler dev, Chromium, the committed bundles): a test file that needs one is named
// `*.interop.test.ts`. Only those two projects start the DNS stack (test/global-setup.ts, once for both), and vitest
// runs a project's global setup only when some of its files run, so the unit layer never waits for Knot.
const INTEROP = 'test/**/*.interop.test.ts';
const WORKERD = 'test/worker/workerd/**/*.test.ts';
const WORKERD_NET = 'test/worker/workerd-net/**/*.test.ts';
const dnsStack = ['test/global-setup.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [INTEROP, WORKERD, WORKERD_NET, 'node_modules/**'],
          ...timeouts,
        },
      },
      {
        test: {
          name: 'interop',
          include: [INTEROP],
          exclude: [WORKERD, WORKERD_NET],
          globalSetup: dnsStack,
          ...timeouts,
        },
      },
      {
        // The Worker's routes inside workerd (the runtime Cloudflare runs), against the same DNS stack.
        plugins: [
          cloudflareTest(({ inject }) => ({
            main: './worker/index.ts',
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                DOH_URL: inject('dohUrl'),
                DOWN_DOH_URL: inject('downDohUrl'),
                COUNTING_DOH_BASE: inject('countingDohBase'),
                VALIDATING_DOH_URL: inject('validatingDohUrl'),
              },
              // Stands for the internet: MTA-STS policy hosts answer from the local HTTPS server, loopback passes.
              outboundService: createTestOutbound({
                dohUrl: inject('dohUrl'),
                policyPort: inject('policyServerPort'),
                policyCa: inject('policyServerCa'),
              }),
            },
          })),
        ],
        test: { name: 'workerd', include: [WORKERD], globalSetup: dnsStack, ...timeouts },
      },
      {
        // workerd's own network and TLS (no outbound service): the exceptions its fetch throws, as they are.
        plugins: [
          cloudflareTest(({ inject }) => ({
            main: './worker/index.ts',
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                POLICY_SERVER: `https://127.0.0.1:${inject('policyServerPort')}`,
                CLOSED_PORT: String(inject('closedPort')),
              },
            },
          })),
        ],
        test: { name: 'workerd-net', include: [WORKERD_NET], globalSetup: dnsStack, ...timeouts },
      },
    ],
  },
});
