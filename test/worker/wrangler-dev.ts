import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Environment that keeps wrangler offline: no login, no metrics, no download of cf.json. */
export const OFFLINE_WRANGLER_ENV = {
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_HIDE_BANNER: 'true',
};

/** The project's wrangler binary. */
export const WRANGLER = join(process.cwd(), 'node_modules', '.bin', 'wrangler');

/** A running `wrangler dev`. */
export interface WranglerDev {
  url: string;
  /** Milliseconds from spawn until /health answered. */
  startupMs: number;
  output(): string;
  stop(): Promise<void>;
}

/** The line wrangler dev prints once workerd listens: `[wrangler:info] Ready on http://127.0.0.1:PORT`. */
const READY = /Ready on (http:\/\/127\.0\.0\.1:\d+)/;

/**
 * Starts `wrangler dev` on 127.0.0.1 with fresh local state, pointed at `dohUrl`; `configPath` replaces the project's
 * wrangler.toml (the benchmarks lift the rate limit that way). Its server and inspector are given port 0, so the
 * system picks a free port at the moment each binds, and the URL is read from wrangler's "Ready on" line: no port is
 * chosen in advance, so none can be taken by another program before wrangler binds it ("Address already in use").
 */
export async function startWranglerDev(dohUrl: string, options: { configPath?: string } = {}): Promise<WranglerDev> {
  const started = performance.now();
  const state = await mkdtemp(join(tmpdir(), 'mailposture-wrangler-'));
  const child: ChildProcess = spawn(
    WRANGLER,
    [
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      '0',
      '--inspector-port',
      '0',
      '--show-interactive-dev-session=false',
      '--persist-to',
      state,
      '--var',
      `DOH_URL:${dohUrl}`,
      ...(options.configPath ? ['--config', options.configPath] : []),
    ],
    { env: { ...process.env, ...OFFLINE_WRANGLER_ENV }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (chunk) => {
    log += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    log += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) child.kill('SIGINT');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    await rm(state, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const url = READY.exec(log)?.[1];
    if (!url) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return { url, startupMs: Math.round(performance.now() - started), output: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`wrangler dev did not start:\n${log}`);
}
