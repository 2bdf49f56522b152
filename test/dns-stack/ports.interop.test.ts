import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeZoneData } from '../../core/testing.js';
import doh from '../fixtures/zones/doh.js';
import reverse from '../fixtures/zones/reverse.js';
import { type DnsStack, ensureDnsServers, freePort, startDnsStack } from './stack.js';

// The stack's servers pick ports a moment before they bind them. A server that bound its port with SO_REUSEPORT would
// share it with a second stack given the same port instead of failing to bind (and the stack starting again), so the
// kernel would split one stack's queries between two: answers from the wrong zones, or a connection nobody serves.

/** Runs a server until it exits or `ms` pass; its exit code (null if still running, then killed) and its output. */
function runFor(command: string, args: string[], ms: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe("the test DNS stack's ports", () => {
  let stack: DnsStack;
  beforeAll(async () => {
    // The stack's health-check zone (doh.test) and the reverse tree its records point into.
    stack = await startDnsStack({ zones: mergeZoneData(doh, reverse) });
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('hands out each port once in a process, free over TCP and UDP', async () => {
    const ports = await Promise.all(Array.from({ length: 200 }, () => freePort()));
    expect(new Set(ports).size).toBe(200);
    expect(ports).not.toContain(Number(new URL(stack.dohUrl).port));
  });

  it("makes a second dnsdist with the stack's own configuration fail to bind its DoH port", async () => {
    const { dnsdist } = ensureDnsServers();
    const conf = await readFile(join(stack.dir, 'dnsdist.conf'), 'utf8');
    // Everything as the stack wrote it but the plain DNS listener, so the DoH port is the only one shared.
    const copy = join(stack.dir, 'dnsdist-second.conf');
    await writeFile(copy, conf.replace(/setLocal\("127\.0\.0\.1:\d+"\)/, `setLocal("127.0.0.1:${await freePort()}")`));
    const second = await runFor(dnsdist, ['--supervised', '--disable-syslog', '-C', copy], 10_000);
    expect(second.code, second.output).toBe(1);
    expect(second.output).toMatch(new RegExp(`${new URL(stack.dohUrl).port}: Address already in use`));
  }, 20_000);

  it("makes a second Unbound with the stack's own configuration fail to bind its port", async () => {
    const { unbound } = ensureDnsServers();
    const conf = await readFile(join(stack.dir, 'unbound.conf'), 'utf8');
    const copy = join(stack.dir, 'unbound-second.conf');
    await writeFile(copy, conf.replace(/pidfile: "[^"]*"/, `pidfile: "${join(stack.dir, 'unbound-second.pid')}"`));
    const second = await runFor(unbound, ['-d', '-c', copy], 10_000);
    expect(second.code, second.output).not.toBeNull();
    expect(second.code).not.toBe(0);
    expect(second.output).toMatch(/address already in use/i);
  }, 20_000);
});
