import fc from 'fast-check';

/** Properties and cases run in this test file, printed at its end for the closing note. */
export interface PropertyTally {
  properties: number;
  cases: number;
}

/**
 * CI runs a fixed seed, so a submission's result is reproducible; elsewhere each run explores new cases. Either way
 * a failure prints its seed, and FC_SEED=<seed> replays it.
 */
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261128 : undefined;

/** A property that takes longer than this is stuck (a hang or a quadratic blow-up), not slow: it fails. */
const HANG_LIMIT_MS = 20_000;

/**
 * Runs a property with fast-check, fails the test on a counterexample or a hang, and adds what ran to the tally.
 * Inputs are bounded by each generator; the time limit only turns a hang into a failure.
 */
export async function runProperty<Ts>(
  tally: PropertyTally,
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  numRuns: number,
): Promise<void> {
  const details = await fc.check(property as fc.IAsyncProperty<Ts>, {
    numRuns,
    ...(SEED === undefined ? {} : { seed: SEED }),
    interruptAfterTimeLimit: HANG_LIMIT_MS,
    markInterruptAsFailure: true,
  });
  tally.properties++;
  tally.cases += details.numRuns;
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'The property failed.');
}
