import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

/** A bundle's size as shipped and gzipped (level 9, as upload limits count it), in KiB. */
export interface BundleSize {
  bundle: string;
  kib: number;
  gzipKib: number;
}

const ROOT = resolve(import.meta.dirname, '..');
const run = promisify(execFile);

async function sizeOf(label: string, path: string): Promise<BundleSize> {
  const bytes = await readFile(path);
  return { bundle: label, kib: bytes.length / 1024, gzipKib: gzipSync(bytes, { level: 9 }).length / 1024 };
}

/** Builds the Worker bundle into `out` as `wrangler deploy --dry-run` does for an upload (index.js). */
export async function buildWorkerBundle(out: string): Promise<void> {
  await run(join(ROOT, 'node_modules', '.bin', 'wrangler'), ['deploy', '--dry-run', '--outdir', out], {
    cwd: ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
  });
}

/** The Worker bundle as `wrangler deploy --dry-run` builds it, and the committed Action and CLI bundles in dist/. */
export async function benchSizes(): Promise<BundleSize[]> {
  const out = await mkdtemp(join(tmpdir(), 'mailposture-bench-bundle-'));
  try {
    await buildWorkerBundle(out);
    const sizes: BundleSize[] = [];
    for (const file of (await readdir(out)).filter((name) => name.endsWith('.js'))) {
      sizes.push(await sizeOf(`Worker (${file})`, join(out, file)));
    }
    for (const file of (await readdir(join(ROOT, 'dist'))).filter((name) => name.endsWith('.js'))) {
      sizes.push(await sizeOf(`dist/${file}`, join(ROOT, 'dist', file)));
    }
    return sizes;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
