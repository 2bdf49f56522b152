import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The Action's run() in this process, with no server: importing action/main.ts must run nothing (action/entry.ts is
// what runs it), and bad inputs fail the step with their message before any lookup. The committed bundle, run as a
// runner runs it against the DNS stack: action-bundle.interop.test.ts.
let stdout: string[];
let exitCode: typeof process.exitCode;

beforeEach(() => {
  stdout = [];
  exitCode = process.exitCode;
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV']) vi.stubEnv(name, '');
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = exitCode;
});

describe("the Action's run()", () => {
  it('is not run by importing its module', async () => {
    vi.stubEnv('INPUT_DOMAINS', '');
    await import('../../action/main.js');
    expect(stdout).toEqual([]);
    expect(process.exitCode).toBe(exitCode);
  });

  it.each([
    [{ INPUT_DOMAINS: '' }, 'No domain given: name at least one domain to check.'],
    [{ INPUT_DOMAINS: 'example.test', 'INPUT_FAIL-ON': 'sometimes' }, 'fail-on must be one of'],
    [{ INPUT_DOMAINS: 'example.test', 'INPUT_MIN-GRADE': 'Z' }, 'min-grade must be one of'],
  ])('fails the step with the usage error for %j, before any lookup', async (inputs, message) => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    for (const [name, value] of Object.entries(inputs)) vi.stubEnv(name, value);
    const { run } = await import('../../action/main.js');
    await run();
    expect(process.exitCode).toBe(1);
    expect(stdout.join('')).toContain(`::error::${message}`);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
