import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { Annotation } from './annotations.js';
import { buildAnnotations } from './annotations.js';
import { readActionInputs } from './inputs.js';
import { escapeAnnotation } from './markdown.js';
import { UsageError } from './options.js';
import { runChecks } from './run.js';
import { renderSummary } from './summary.js';
import { dnsFailedFor } from './verdict.js';

const ANNOTATE: Record<Annotation['level'], typeof core.error> = {
  error: core.error,
  warning: core.warning,
  notice: core.notice,
};

/**
 * The Action: reads the inputs, runs the shared runner, writes the job summary, the annotations and the outputs
 * (`grade`, `regressions`, `report`, `baseline-updated`), and fails the step when the verdict says so. Importing this
 * module runs nothing; action/entry.ts calls it.
 */
export async function run(): Promise<void> {
  try {
    const options = readActionInputs((name) => core.getInput(name), process.env.GITHUB_WORKSPACE || process.cwd());
    const result = await runChecks(options);

    const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'mailposture-'));
    const reportPath = join(dir, 'report.json');
    await writeFile(reportPath, `${JSON.stringify(result, null, 2)}\n`);

    for (const annotation of buildAnnotations(result)) {
      ANNOTATE[annotation.level](annotation.message, { title: annotation.title });
    }
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderSummary(result), true).write();
    else core.info(renderSummary(result));

    core.setOutput('grade', result.grade ?? '');
    core.setOutput('regressions', String(result.regressions));
    core.setOutput('report', reportPath);
    core.setOutput('baseline-updated', String(result.baseline.written));
    for (const note of result.verdict.notes) core.info(note);

    if (result.verdict.failed) {
      const reasons = result.verdict.failures.map(
        (failure) => `${failure.domain}: ${failure.message.replace(/\.$/, '')}`,
      );
      // The failure annotation quotes findings, so text from DNS in it is made inert like any annotation's.
      core.setFailed(
        escapeAnnotation(`Email authentication check failed (fail-on: ${result.failOn}): ${reasons.join('; ')}`),
      );
    } else if (result.verdict.status === 'incomplete') {
      // Never "passed" over what could not be checked; fail-on: error is what makes this fail the step.
      core.warning(
        escapeAnnotation(
          `Email authentication check incomplete: ${dnsFailedFor(result.domains)}; worst grade ${result.grade ?? 'unknown'}, ${result.regressions} regressions. Run again later, or set fail-on: error to fail the step.`,
        ),
        { title: 'mailposture: incomplete' },
      );
    } else {
      core.info(
        `Email authentication check passed: worst grade ${result.grade ?? '—'}, ${result.regressions} regressions.`,
      );
    }
  } catch (error) {
    // Bad inputs are the user's to fix; anything else is a bug in mailposture, reported once here.
    if (error instanceof UsageError) core.setFailed(error.message);
    else core.setFailed(`mailposture failed unexpectedly: ${(error as Error).stack ?? String(error)}`);
  }
}
