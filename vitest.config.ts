import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

const timeouts = { testTimeout: 20_000, hookTimeout: 30_000 };

export default defineConfig({
  test: {
    // The root config's global setup runs once per run, whatever projects run; what it provides (the DNS stack's
    // URLs) reaches every project. The projects below declare no global setup of their own.
    globalSetup: ['test/global-setup.ts'],
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/worker/workerd/**', 'node_modules/**'],
          ...timeouts,
        },
      },
      {
        // The Worker's routes inside workerd (the runtime Cloudflare runs), against the same DNS stack.
        plugins: [
          cloudflareTest(({ inject }) => ({
            main: './worker/index.ts',
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { DOH_URL: inject('dohUrl'), DOWN_DOH_URL: inject('downDohUrl') } },
          })),
        ],
        test: { name: 'workerd', include: ['test/worker/workerd/**/*.test.ts'], ...timeouts },
      },
    ],
  },
});
