import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ZoneData } from '../../core/dns/index.js';
import { encodeQuery, toBase64Url } from '../../core/dns/wire.js';
import { ensureBinaries } from '../debian-packages.js';
import { loadAllFixtures } from './fixtures.js';
import { renderZoneFiles } from './zone-file.js';

/** The running stack: Knot DNS (authoritative) behind dnsdist (DoH over plain HTTP), all on 127.0.0.1. */
export interface DnsStack {
  /** DoH endpoint answered straight from Knot. */
  dohUrl: string;
  /** DoH endpoint whose answers come through a dnsdist that delays every query by `delayMs`. */
  slowDohUrl: string;
  /** DoH endpoint whose only backend is down: dnsdist answers HTTP 403. */
  downDohUrl: string;
  /**
   * DoH endpoint answered by a validating resolver (Unbound) in front of Knot, trusting the keys of the zones the
   * fixtures mark `signed` (Knot signs them): its answers from those zones carry the AD flag, as a public resolver's do.
   */
  validatingDohUrl: string;
  /** Plain DNS (UDP/TCP) on dnsdist, for kdig. */
  do53: string;
  delayMs: number;
  /** Milliseconds from the start call until every endpoint answered. */
  startupMs: number;
  dir: string;
  /** Each server: running or how it ended, and the end of what it wrote to stderr (for a failing test's message). */
  state(): string;
  stop(): Promise<void>;
}

export interface DnsStackOptions {
  /** Zone data to serve; all of test/fixtures/zones/ when absent. */
  zones?: ZoneData;
  /** Delay of the slow path in milliseconds (below dnsdist's 2 s UDP backend timeout). */
  delayMs?: number;
}

const HEALTH_NAME = 'doh.test';
const PACKAGES = ['knot', 'knot-dnsutils', 'dnsdist', 'unbound'];

/** Finds knotd, dnsdist, kdig and unbound, installing the Debian packages when they are missing and we may. */
export function ensureDnsServers(): { knotd: string; dnsdist: string; kdig: string; unbound: string } {
  return ensureBinaries(['knotd', 'dnsdist', 'kdig', 'unbound'], PACKAGES, 'The test DNS stack');
}

/** Every port this process handed out: two stacks started at once must never be given one port between them. */
const handedOut = new Set<number>();

/** A TCP port the kernel gives on 127.0.0.1 now (bound, then closed). */
function anyTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Whether `port` can be bound on 127.0.0.1 over UDP right now. */
function udpFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.once('error', () => {
      socket.close();
      resolve(false);
    });
    socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
  });
}

/**
 * A port free right now on 127.0.0.1 over TCP and UDP (the servers bind both), and not handed out before by this
 * process: a port closed by one choice can be the kernel's next answer to another, and a server that shares a port
 * through SO_REUSEPORT would not fail to bind but split the queries between two stacks. None of the servers is
 * configured to use SO_REUSEPORT, so a port another program takes meanwhile fails the bind, and the stack starts again.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await anyTcpPort();
    if (handedOut.has(port) || !(await udpFree(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error('No free port on 127.0.0.1 after 50 tries.');
}

function knotConfig(dir: string, port: number, zones: string[], signed: readonly string[] = []): string {
  return [
    'server:',
    `  rundir: "${dir}/knot-run"`,
    `  listen: 127.0.0.1@${port}`,
    'log:',
    '  - target: stderr',
    '    any: warning',
    'database:',
    `  storage: "${dir}/knot-db"`,
    'template:',
    '  - id: default',
    `    storage: "${dir}/zones"`,
    '    file: "%s.zone"',
    '    zonefile-sync: -1',
    '    zonefile-load: whole',
    '    journal-content: none',
    'zone:',
    // Knot signs the zones marked signed itself (default policy: ECDSA P-256, NSEC), with keys made at first load.
    ...zones.flatMap((zone) =>
      signed.includes(zone) ? [`  - domain: "${zone}."`, '    dnssec-signing: on'] : [`  - domain: "${zone}."`],
    ),
    '',
  ].join('\n');
}

const health = `checkName="${HEALTH_NAME}.", checkType="SOA", mustResolve=true, checkInterval=1`;

function frontConfig(ports: {
  do53: number;
  doh: number;
  knot: number;
  slow: number;
  dead: number;
  validating: number;
}): string {
  return [
    'setSecurityPollSuffix("")',
    `setLocal("127.0.0.1:${ports.do53}")`,
    `newServer({address="127.0.0.1:${ports.knot}", ${health}})`,
    `newServer({address="127.0.0.1:${ports.slow}", pool="slow", ${health}})`,
    `newServer({address="127.0.0.1:${ports.dead}", pool="down", ${health}})`,
    `newServer({address="127.0.0.1:${ports.validating}", pool="validating", ${health}})`,
    'addAction(HTTPPathRule("/slow/dns-query"), PoolAction("slow"))',
    'addAction(HTTPPathRule("/down/dns-query"), PoolAction("down"))',
    'addAction(HTTPPathRule("/validating/dns-query"), PoolAction("validating"))',
    `addDOHLocal("127.0.0.1:${ports.doh}", nil, nil, {"/dns-query", "/slow/dns-query", "/down/dns-query", "/validating/dns-query"})`,
    '',
  ].join('\n');
}

/**
 * Unbound as a validating resolver over Knot: every served zone is a stub zone on Knot, the signed zones' DNSKEYs are
 * its only trust anchors (so the other zones are insecure, AD clear), and every other name is REFUSED, as Knot does:
 * no query ever leaves 127.0.0.1 (no root hints are used, no trust anchor is fetched).
 */
function unboundConfig(dir: string, port: number, knotPort: number, zones: string[], anchors: string[]): string {
  return [
    'server:',
    '  interface: 127.0.0.1',
    `  port: ${port}`,
    // Never share the port with another server (the default is yes): binding a taken port must fail.
    '  so-reuseport: no',
    '  do-daemonize: no',
    '  username: ""',
    '  chroot: ""',
    `  directory: "${dir}"`,
    `  pidfile: "${dir}/unbound.pid"`,
    '  use-syslog: no',
    '  logfile: ""',
    '  verbosity: 0',
    '  do-ip6: no',
    '  do-not-query-localhost: no',
    '  module-config: "validator iterator"',
    '  qname-minimisation: no',
    '  trust-anchor-signaling: no',
    '  root-key-sentinel: no',
    '  harden-dnssec-stripped: yes',
    // The test data changes between runs, never within one; answers are cached for the run only.
    '  cache-max-negative-ttl: 1',
    '  local-zone: "." refuse',
    '  local-zone: "test." nodefault',
    '  local-zone: "invalid." nodefault',
    '  local-zone: "in-addr.arpa." nodefault',
    '  local-zone: "ip6.arpa." nodefault',
    ...zones.map((zone) => `  local-zone: "${zone}." transparent`),
    ...anchors.map((anchor) => `  trust-anchor: "${anchor}"`),
    // Priming the root, were it ever tried, goes to Knot, which refuses it.
    'stub-zone:',
    '  name: "."',
    `  stub-addr: 127.0.0.1@${knotPort}`,
    ...zones.flatMap((zone) => ['stub-zone:', `  name: "${zone}."`, `  stub-addr: 127.0.0.1@${knotPort}`]),
    '',
  ].join('\n');
}

/** The DNSKEY records of the signed zones once Knot serves them signed, as trust anchors ("zone. DNSKEY …"). */
async function signedZoneKeys(
  kdig: string,
  knotPort: number,
  zones: readonly string[],
  deadline: number,
  children: readonly ChildProcess[],
) {
  const anchors: string[] = [];
  for (const zone of zones) {
    for (;;) {
      await throwIfExited(children);
      let output = '';
      try {
        output = execFileSync(
          kdig,
          [`@127.0.0.1`, '-p', String(knotPort), '+short', '+retry=0', '+time=1', `${zone}.`, 'DNSKEY'],
          // kdig's complaints while Knot starts are expected: the loop asks again.
          { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
        );
      } catch {
        // Knot is not answering yet.
      }
      const keys = output
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => /^\d+ 3 \d+ /.test(line));
      if (keys.length > 0) {
        anchors.push(...keys.map((key) => `${zone}. DNSKEY ${key}`));
        break;
      }
      if (Date.now() > deadline) throw new Error(`Knot did not serve ${zone} signed in time.`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return anchors;
}

function slowConfig(ports: { slow: number; knot: number }, delayMs: number): string {
  return [
    'setSecurityPollSuffix("")',
    `setLocal("127.0.0.1:${ports.slow}")`,
    `newServer({address="127.0.0.1:${ports.knot}", ${health}})`,
    // DelayAction holds UDP answers without blocking other queries; the front dnsdist reaches us over UDP.
    `addAction(AllRule(), DelayAction(${delayMs}))`,
    '',
  ].join('\n');
}

/** Throws `ServerExited` when one of the servers has exited (they never exit by themselves once started). */
async function throwIfExited(children: readonly ChildProcess[]): Promise<void> {
  const dead = children.find((child) => child.exitCode !== null);
  if (!dead) return;
  // Its last words reach us around its exit: wait for its stderr to close (a second at most).
  if (dead.stderr && !dead.stderr.closed) {
    await Promise.race([once(dead.stderr, 'close'), new Promise((resolve) => setTimeout(resolve, 1000))]);
  }
  throw new ServerExited(dead);
}

/** Resolves when `url` answers a DoH query with a DNS message (dnsdist says 403 until its backend is up). */
async function waitForDoh(url: string, deadline: number, children: ChildProcess[]): Promise<void> {
  const query = `${url}?dns=${toBase64Url(encodeQuery(HEALTH_NAME, 'SOA'))}`;
  let last = '';
  while (Date.now() < deadline) {
    await throwIfExited(children);
    try {
      const response = await fetch(query, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.status === 200 && response.headers.get('content-type') === 'application/dns-message') return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The DoH endpoint ${url} did not become ready (${last}).`);
}

/** The last lines each server wrote to stderr, for the error when it exits while starting. */
const stderrOf = new WeakMap<ChildProcess, () => string>();
const nameOf = new WeakMap<ChildProcess, string>();

/** A server exited before the stack answered; `portTaken` when it could not bind a port chosen a moment earlier. */
class ServerExited extends Error {
  readonly portTaken: boolean;
  constructor(child: ChildProcess) {
    const stderr = stderrOf.get(child)?.() ?? '';
    super(`${child.spawnfile} exited with code ${child.exitCode} while starting: ${stderr.trim()}`);
    this.portTaken = /address already in use|Address in use/i.test(stderr);
  }
}

function launch(command: string, args: string[], dir: string, name: string): ChildProcess {
  const child = spawn(command, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], detached: false });
  let stderr = '';
  stderrOf.set(child, () => stderr);
  nameOf.set(child, name);
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  child.on('exit', (code) => {
    if (code && code !== 0) process.stderr.write(`[dns-stack] ${name} exited ${code}: ${stderr}\n`);
  });
  return child;
}

/** One server's state, for a failing test's message. */
function describeChild(child: ChildProcess): string {
  const ended =
    child.exitCode !== null
      ? `exited ${child.exitCode}`
      : child.signalCode
        ? `killed (${child.signalCode})`
        : 'running';
  const stderr = stderrOf.get(child)?.().trim() ?? '';
  return `${nameOf.get(child) ?? child.spawnfile} (pid ${child.pid}) ${ended}${stderr ? `:\n${stderr}` : ''}`;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Stops the servers of earlier stacks whose owner process died (a killed test run), by the PIDs they recorded. */
async function stopOrphanedStacks(): Promise<void> {
  const entries = await readdir(tmpdir()).catch(() => [] as string[]);
  for (const entry of entries.filter((name) => name.startsWith('mailposture-dns-'))) {
    const dir = join(tmpdir(), entry);
    const pids = (await readFile(join(dir, 'pids'), 'utf8').catch(() => ''))
      .split('\n')
      .map(Number)
      .filter((pid) => pid > 0);
    const [owner, ...servers] = pids;
    if (owner === undefined || alive(owner)) continue;
    for (const pid of servers) {
      // Only a server of ours: a PID may have been reused by another program since.
      const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      if (command.includes(dir) && alive(pid)) process.kill(pid, 'SIGKILL');
    }
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Starts Knot and two dnsdist instances on 127.0.0.1 ports chosen now, serving the fixture zones. Knot and dnsdist
 * cannot be given port 0 and tell which port they bound, so a port may be taken by another program between the choice
 * and the bind; the server then exits ("address already in use") and the stack starts again on new ports.
 */
export async function startDnsStack(options: DnsStackOptions = {}): Promise<DnsStack> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      const stack = await startOnce(options);
      return { ...stack, startupMs: Date.now() - started };
    } catch (error) {
      if (!(error instanceof ServerExited && error.portTaken) || attempt === 3) throw error;
    }
  }
}

async function startOnce(options: DnsStackOptions): Promise<DnsStack> {
  const started = Date.now();
  const { knotd, dnsdist, kdig, unbound } = ensureDnsServers();
  const data = options.zones ?? (await loadAllFixtures());
  const delayMs = options.delayMs ?? 50;
  await stopOrphanedStacks();
  const dir = await mkdtemp(join(tmpdir(), 'mailposture-dns-'));
  await Promise.all(['zones', 'knot-run', 'knot-db'].map((sub) => mkdir(join(dir, sub))));
  for (const [apex, text] of renderZoneFiles(data)) await writeFile(join(dir, 'zones', `${apex}.zone`), text);

  const [knot, do53, doh, slow, dead, validating] = await Promise.all(Array.from({ length: 6 }, () => freePort()));
  const ports = { knot: knot!, do53: do53!, doh: doh!, slow: slow!, dead: dead!, validating: validating! };
  const zones = data.zones.map((zone) => zone.toLowerCase());
  const signed = (data.signed ?? []).map((zone) => zone.toLowerCase());
  await writeFile(join(dir, 'knot.conf'), knotConfig(dir, ports.knot, zones, signed));
  await writeFile(join(dir, 'dnsdist.conf'), frontConfig(ports));
  await writeFile(join(dir, 'dnsdist-slow.conf'), slowConfig(ports, delayMs));

  const children = [
    launch(knotd, ['-c', join(dir, 'knot.conf')], dir, 'knotd'),
    launch(dnsdist, ['--supervised', '--disable-syslog', '-C', join(dir, 'dnsdist-slow.conf')], dir, 'dnsdist (slow)'),
    launch(dnsdist, ['--supervised', '--disable-syslog', '-C', join(dir, 'dnsdist.conf')], dir, 'dnsdist'),
  ];
  // The first line is the owner: a later start stops these servers if their owner died without stopping them.
  await writeFile(join(dir, 'pids'), `${[process.pid, ...children.map((child) => child.pid)].join('\n')}\n`);
  const stop = async () => {
    await Promise.all(children.map(stopChild));
    await rm(dir, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${ports.doh}`;
  try {
    const deadline = Date.now() + 20_000;
    const anchors = await signedZoneKeys(kdig, ports.knot, signed, deadline, children);
    await writeFile(join(dir, 'unbound.conf'), unboundConfig(dir, ports.validating, ports.knot, zones, anchors));
    const resolver = launch(unbound, ['-d', '-c', join(dir, 'unbound.conf')], dir, 'unbound');
    children.push(resolver);
    await writeFile(join(dir, 'pids'), `${[process.pid, ...children.map((child) => child.pid)].join('\n')}\n`);
    await Promise.all([
      waitForDoh(`${base}/dns-query`, deadline, children),
      waitForDoh(`${base}/slow/dns-query`, deadline, children),
      waitForDoh(`${base}/validating/dns-query`, deadline, children),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    dohUrl: `${base}/dns-query`,
    slowDohUrl: `${base}/slow/dns-query`,
    downDohUrl: `${base}/down/dns-query`,
    validatingDohUrl: `${base}/validating/dns-query`,
    do53: `127.0.0.1:${ports.do53}`,
    delayMs,
    startupMs: Date.now() - started,
    dir,
    state: () => children.map(describeChild).join('\n'),
    stop,
  };
}
