import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run dns-stack', () => {
  it('prints every DoH path the README describes, and the down one answers 403', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/dns-stack.ts'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('Ctrl-C stops it')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`dns-stack exited with ${code}: ${out}`)));
      });
      expect(out).toMatch(/^DoH: +http:\/\/127\.0\.0\.1:\d+\/dns-query$/m);
      expect(out).toMatch(/^DoH \(slow\): +http:\/\/127\.0\.0\.1:\d+\/slow\/dns-query /m);
      const down = /^DoH \(down\): +(http:\/\/127\.0\.0\.1:\d+\/down\/dns-query) /m.exec(out)?.[1];
      expect(down, out).toBeDefined();
      const response = await fetch(`${down}?dns=AAABAAABAAAAAAAAB2V4YW1wbGUEdGVzdAAAAQAB`);
      expect(response.status).toBe(403);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
    }
  }, 60_000);
});
