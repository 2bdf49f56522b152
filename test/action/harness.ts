import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { RunResult } from '../../action/run.js';
import { relayDoh } from '../dns-stack/relay-doh.js';
import { type DnsStack, startDnsStack } from '../dns-stack/stack.js';
import { zonesAfter, zonesBefore } from './zones.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The committed Action bundle, run as a runner runs it. */
export const ACTION_BUNDLE = join(root, 'dist/action.js');
/** The committed CLI bundle, run as a user runs it. */
export const CLI_BUNDLE = join(root, 'dist/cli.js');

/** A workflow command the step printed (`::error title=…::message`), with its escaping undone. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const unescapeData = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (text: string) => unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Parses the workflow commands in a step's stdout. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
    }
    commands.push({ command: match[1]!, properties, message: unescapeData(match[3]!) });
  }
  return commands;
}

/** Parses the `GITHUB_OUTPUT` file (`name<<DELIMITER` … `DELIMITER` blocks). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!head) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== head[2]; i++) value.push(lines[i]!);
    outputs[head[1]!] = value.join('\n');
  }
  return outputs;
}

/** What a process printed and how it ended. */
export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runNode(args: string[], options: { env: NodeJS.ProcessEnv; cwd: string }): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** An environment without the caller's GitHub variables, so the child sees only what a test gives it. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GITHUB_') && !key.startsWith('INPUT_') && !key.startsWith('RUNNER_')) env[key] = value;
  }
  env.NO_COLOR = '1';
  return env;
}

/** A fresh workspace and runner temp dir for one Action run. */
export async function createWorkspace(): Promise<{ workspace: string; temp: string }> {
  const base = await mkdtemp(join(tmpdir(), 'mailposture-action-'));
  return { workspace: base, temp: await mkdtemp(join(base, 'runner-temp-')) };
}

/** What one Action step produced. */
export interface ActionRun extends ProcessResult {
  commands: WorkflowCommand[];
  outputs: Record<string, string>;
  summary: string;
  /** The JSON report the `report` output points at. */
  report: RunResult | undefined;
}

/** Runs the committed Action bundle as a runner does: `INPUT_*` env (dashes kept), output and summary files. */
export async function runAction(
  inputs: Record<string, string>,
  dirs: { workspace: string; temp: string },
): Promise<ActionRun> {
  const outputFile = join(dirs.temp, `output-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const summaryFile = `${outputFile}-summary.md`;
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env = cleanEnv();
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: dirs.workspace,
    RUNNER_TEMP: dirs.temp,
  });
  const result = await runNode([ACTION_BUNDLE], { env, cwd: dirs.temp });
  const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
  const report = outputs.report ? (JSON.parse(await readFile(outputs.report, 'utf8')) as RunResult) : undefined;
  return {
    ...result,
    commands: parseCommands(result.stdout),
    outputs,
    summary: await readFile(summaryFile, 'utf8'),
    report,
  };
}

/** Runs the committed CLI bundle (`mailposture …`) in `cwd`. */
export function runCli(args: string[], cwd: string): Promise<ProcessResult> {
  return runNode([CLI_BUNDLE, ...args], { env: cleanEnv(), cwd });
}

/** A DoH pass-through that stops the DNS stack behind it when the `cutAfter`-th query arrives. */
export interface CuttingProxy {
  url: string;
  /** Queries that reached the proxy. */
  readonly seen: number;
  /** Whether the stack was stopped. */
  readonly cut: boolean;
  close(): Promise<void>;
}

/**
 * Puts a plain HTTP pass-through in front of a real DoH endpoint and stops the stack (`stop`) once `cutAfter`
 * queries have been forwarded: queries after that meet a stack that is gone, in the middle of a run.
 */
export async function startCuttingProxy(
  target: string,
  cutAfter: number,
  stop: () => Promise<void>,
): Promise<CuttingProxy> {
  let seen = 0;
  let cut = false;
  let stopping: Promise<void> | undefined;
  const server: Server = createServer(async (request, response) => {
    seen++;
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (seen > cutAfter) {
      stopping ??= stop().then(() => {
        cut = true;
      });
      await stopping;
    }
    const url = new URL(request.url ?? '/', target);
    await relayDoh(
      request,
      response,
      new URL(url.pathname + url.search, target),
      'the DNS stack is gone',
      Buffer.concat(chunks),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const path = new URL(target).pathname;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    get seen() {
      return seen;
    },
    get cut() {
      return cut;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Two real DNS stacks for a test file: the zones as the baseline saw them (`before`), and the same zones after someone
 * changed them (`after`). Started before the file's tests and stopped after them.
 */
export function useBeforeAfterStacks(): { before: DnsStack; after: DnsStack } {
  const stacks = {} as { before: DnsStack; after: DnsStack };
  beforeAll(async () => {
    [stacks.before, stacks.after] = await Promise.all([
      startDnsStack({ zones: zonesBefore() }),
      startDnsStack({ zones: zonesAfter() }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([stacks.before?.stop(), stacks.after?.stop()]);
  });
  return stacks;
}
