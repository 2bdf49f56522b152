import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readActionInputs } from '../../action/inputs.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface ActionManifest {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const manifest = load(readFileSync(`${root}action.yml`, 'utf8')) as ActionManifest;

describe('action.yml', () => {
  it('runs the committed bundle on node24', () => {
    expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(existsSync(`${root}${manifest.runs.main}`)).toBe(true);
    expect(manifest.name).toBeTruthy();
    expect(manifest.description.length).toBeLessThanOrEqual(125);
    expect(manifest.branding.icon).toBeTruthy();
  });

  it('declares exactly the inputs the Action reads', () => {
    const read = new Set<string>();
    readActionInputs((name) => {
      read.add(name);
      return name === 'domains' ? 'a.example' : '';
    }, '/ws');
    expect(Object.keys(manifest.inputs).sort()).toEqual([...read].sort());
    expect(manifest.inputs.domains?.required).toBe(true);
    expect(manifest.inputs['fail-on']?.default).toBe('regression');
    expect(manifest.inputs.baseline?.default).toBe('.github/email-auth-baseline.json');
  });

  it('declares the outputs grade, regressions, report and baseline-updated', () => {
    expect(Object.keys(manifest.outputs).sort()).toEqual(['baseline-updated', 'grade', 'regressions', 'report']);
  });

  it('is documented input by input in the README', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    for (const name of [...Object.keys(manifest.inputs), ...Object.keys(manifest.outputs)]) {
      expect(readme, name).toContain(`\`${name}\``);
    }
  });
});

describe('.github/workflows/ci.yml', () => {
  it('runs .ci/run and uses the Action from the repository', () => {
    const workflow = load(readFileSync(`${root}.github/workflows/ci.yml`, 'utf8')) as {
      jobs: Record<string, { steps: Array<{ run?: string; uses?: string }> }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps.some((step) => step.run?.includes('.ci/run'))).toBe(true);
    expect(steps.filter((step) => step.uses === './').length).toBeGreaterThanOrEqual(1);
  });
});
