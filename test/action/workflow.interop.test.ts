import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { DnsStack } from '../dns-stack/stack.js';
import { type ActionRun, runAction, useBeforeAfterStacks } from './harness.js';
import { type ExpressionScope, type ExpressionValue, interpolate, stepRuns } from './workflow-expression.js';
import { DOMAINS } from './zones.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const stacks = useBeforeAfterStacks();

interface Step {
  id?: string;
  if?: string | boolean;
  uses?: string;
  with?: Record<string, string | boolean>;
  run?: string;
}

/** The workflow the README tells users to copy, as written there. */
function readmeWorkflow(): { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> } {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /Copy this to `\.github\/workflows\/email-auth\.yml`:\s*```yaml\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('The README has no workflow block after "Copy this to .github/workflows/email-auth.yml"');
  return load(block[1]!) as ReturnType<typeof readmeWorkflow>;
}

const manifest = load(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

/** The test's own values for what the README fills with example.com: its domains, selectors and DNS. */
const OVERRIDES = {
  domains: `${DOMAINS.steady.apex}\n${DOMAINS.dmarc.apex}`,
  'dkim-selectors': 's1, s2',
  'sending-ips': '',
  'dns-timeout-ms': '1500',
  'dns-retries': '1',
};

const git = (cwd: string, ...args: string[]) =>
  run('git', args, { cwd, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });

/** A repository to push to (the workflow's `origin`), holding one commit on `main`. */
async function createRemote(base: string): Promise<string> {
  const remote = join(base, 'origin.git');
  await run('git', ['init', '--quiet', '--bare', '-b', 'main', remote]);
  const seed = join(base, 'seed');
  await run('git', ['clone', '--quiet', remote, seed]);
  await git(seed, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--quiet', '--allow-empty', '-m', 'init');
  await git(seed, 'push', '--quiet', 'origin', 'HEAD:main');
  return remote;
}

/** What one job run did: each step's outcome, and the Action step's run. */
interface JobRun {
  outcomes: Array<'success' | 'failure' | 'skipped'>;
  action: ActionRun | undefined;
  /** Whether the baseline file existed in the workspace when the commit step's condition was evaluated. */
  fileAtCommitCondition: boolean;
}

/**
 * Runs the README's job step by step as a runner does: `actions/checkout` clones the repository, the Action step runs
 * the committed bundle with its `with:` interpolated (inputs not given take action.yml's defaults), and a `run:` step
 * runs in bash with `-eo pipefail` in the workspace; each step's `if:` is evaluated with `success()` semantics.
 */
async function runJob(
  event: { name: 'push' | 'workflow_dispatch'; inputs?: Record<string, ExpressionValue> },
  dohUrl: string,
  remote: string,
): Promise<JobRun> {
  const base = await mkdtemp(join(tmpdir(), 'mailposture-job-'));
  const workspace = join(base, 'workspace');
  const temp = join(base, 'runner-temp');
  await mkdir(temp);
  const steps = readmeWorkflow().jobs.check!.steps;
  const contexts: Record<string, ExpressionValue> = {
    inputs: event.inputs ?? {},
    github: { event_name: event.name },
    steps: {},
  };
  const stepContexts = contexts.steps as Record<string, ExpressionValue>;
  const result: JobRun = { outcomes: [], action: undefined, fileAtCommitCondition: false };
  let succeeded = true;
  for (const step of steps) {
    const scope: ExpressionScope = { contexts, succeeded };
    if (step.run) result.fileAtCommitCondition = existsSync(join(workspace, '.github/email-auth-baseline.json'));
    if (!stepRuns(step.if, scope)) {
      result.outcomes.push('skipped');
      continue;
    }
    let ok: boolean;
    if (step.uses?.startsWith('actions/checkout@')) {
      await run('git', ['clone', '--quiet', remote, workspace]);
      ok = true;
    } else if (step.uses) {
      expect(step.uses).toMatch(/\/mailposture@/);
      const inputs: Record<string, string> = {};
      for (const [name, input] of Object.entries(manifest.inputs)) inputs[name] = input.default ?? '';
      for (const [name, value] of Object.entries(step.with ?? {})) inputs[name] = interpolate(String(value), scope);
      Object.assign(inputs, OVERRIDES, { 'doh-url': dohUrl });
      const action = await runAction(inputs, { workspace, temp });
      result.action = action;
      ok = action.code === 0;
      if (step.id) stepContexts[step.id] = { outputs: action.outputs, outcome: ok ? 'success' : 'failure' };
    } else {
      const script = interpolate(step.run!, scope);
      ok = await run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
        cwd: workspace,
        env: { ...process.env, HOME: base, GIT_CONFIG_GLOBAL: join(base, '.gitconfig'), GIT_CONFIG_NOSYSTEM: '1' },
      }).then(
        () => true,
        () => false,
      );
    }
    result.outcomes.push(ok ? 'success' : 'failure');
    succeeded &&= ok;
  }
  return result;
}

/** A failing job's message: what the Action printed, and the state of the DNS stack it asked. */
const why = (job: JobRun, stack: DnsStack) => `${job.action?.stdout ?? ''}\n--- the DNS stack:\n${stack.state()}`;

/** The baseline as the repository's `main` holds it, or undefined. */
async function committedBaseline(remote: string) {
  try {
    const { stdout } = await git(remote, 'show', 'main:.github/email-auth-baseline.json');
    return JSON.parse(stdout) as {
      domains: Record<string, { sections: { dmarc: { data: { policy: { domain: { applied: string } } } } } }>;
    };
  } catch {
    return undefined;
  }
}

describe("the README's workflow, run step by step", () => {
  it('is the workflow the README documents: checkout, the Action, a commit step conditioned on its output', () => {
    const workflow = readmeWorkflow();
    const steps = workflow.jobs.check!.steps;
    expect(steps.map((step) => step.uses ?? 'run')).toEqual(['actions/checkout@v4', 'OWNER/mailposture@v1', 'run']);
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'workflow_dispatch']));
    expect(steps[2]!.run).toContain('git add .github/email-auth-baseline.json');
  });

  it('creates the baseline on request, fails on a regression, and commits the accepted state when asked', async () => {
    const remote = await createRemote(await mkdtemp(join(tmpdir(), 'mailposture-remote-')));

    // A push before any baseline: the check passes and nothing is committed.
    const first = await runJob({ name: 'push' }, stacks.before.dohUrl, remote);
    expect(first.outcomes, why(first, stacks.before)).toEqual(['success', 'success', 'skipped']);
    expect(first.action?.summary).toContain('No baseline yet');
    expect(await committedBaseline(remote)).toBeUndefined();

    // Run by hand with update-baseline: the baseline is written and the commit step pushes it.
    const create = await runJob(
      { name: 'workflow_dispatch', inputs: { 'update-baseline': true } },
      stacks.before.dohUrl,
      remote,
    );
    expect(create.outcomes, why(create, stacks.before)).toEqual(['success', 'success', 'success']);
    expect(create.action?.outputs['baseline-updated']).toBe('true');
    expect(create.fileAtCommitCondition).toBe(true);
    const created = await committedBaseline(remote);
    expect(Object.keys(created?.domains ?? {}).sort()).toEqual([DOMAINS.dmarc.apex, DOMAINS.steady.apex].sort());

    // DMARC weakened: the push fails on the regression, and the commit step does not run.
    const regressed = await runJob({ name: 'push' }, stacks.after.dohUrl, remote);
    expect(regressed.outcomes, why(regressed, stacks.after)).toEqual(['success', 'failure', 'skipped']);
    expect(Number(regressed.action?.outputs.regressions)).toBeGreaterThanOrEqual(1);

    // Accepting it: the Action step succeeds although it regressed and is below min-grade B, and the commit lands.
    const accept = await runJob(
      { name: 'workflow_dispatch', inputs: { 'update-baseline': true } },
      stacks.after.dohUrl,
      remote,
    );
    expect(accept.outcomes, why(accept, stacks.after)).toEqual(['success', 'success', 'success']);
    expect(accept.action?.report?.verdict.accepted.length).toBeGreaterThanOrEqual(1);
    expect(
      accept.action?.commands.some((c) => c.command === 'notice' && c.properties.title === 'baseline updated'),
    ).toBe(true);
    expect(accept.action?.commands.filter((c) => c.command === 'error')).toEqual([]);
    const accepted = await committedBaseline(remote);
    expect(accepted?.domains[DOMAINS.dmarc.apex]?.sections.dmarc.data.policy.domain.applied).toBe('none');
    const { stdout: log } = await git(remote, 'log', '--format=%s', 'main');
    expect(log.split('\n').filter((line) => line.includes('update the email authentication baseline'))).toHaveLength(2);

    // The next push compares with what was accepted: no regression is left.
    const next = await runJob({ name: 'push' }, stacks.after.dohUrl, remote);
    expect(next.action?.outputs.regressions).toBe('0');
    expect(next.outcomes[2]).toBe('skipped');
    const kinds = next.action?.report?.verdict.failures.map((f) => f.kind) ?? [];
    expect(kinds.every((kind) => kind === 'grade')).toBe(true);
    // With min-grade B a domain now graded below B still fails the push; that is min-grade's job, not the baseline's.
    expect(next.outcomes[1]).toBe(kinds.length > 0 ? 'failure' : 'success');
  }, 60_000);
});
