import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { OFFLINE_WRANGLER_ENV, WRANGLER } from './wrangler-dev.js';

/** Cloudflare's limit on a Worker's compressed size on the paid plan is 10 MiB, on the free plan 3 MiB. */
const FREE_PLAN_LIMIT = 3 * 1024 * 1024;

describe('the Worker bundle', () => {
  let outdir: string | undefined;
  afterAll(async () => {
    if (outdir) await rm(outdir, { recursive: true, force: true });
  });

  it('builds with wrangler deploy --dry-run, within the free plan size', async () => {
    outdir = await mkdtemp(join(tmpdir(), 'mailposture-bundle-'));
    const { stdout } = await promisify(execFile)(WRANGLER, ['deploy', '--dry-run', '--outdir', outdir], {
      env: { ...process.env, ...OFFLINE_WRANGLER_ENV },
      timeout: 120_000,
    });
    expect(await readdir(outdir)).toContain('index.js');
    const bundle = await readFile(join(outdir, 'index.js'));
    const gzip = gzipSync(bundle, { level: 9 }).length;
    process.stdout.write(
      `[worker bundle] ${(bundle.length / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip\n`,
    );
    expect(stdout).toMatch(/LIMITER/);
    expect(bundle.toString()).toContain('/openapi.json');
    expect(gzip).toBeLessThan(FREE_PLAN_LIMIT);
  }, 120_000);
});
