#!/usr/bin/env node
import { parseCliArgs, USAGE } from './args.js';
import { UsageError } from './options.js';
import { runChecks } from './run.js';
import { renderTable } from './table.js';
import { VERSION } from './version.js';

/** Exit code for a usage error. */
const USAGE_EXIT = 2;

/** `mailposture check <domain…>`: the shared runner with a table or JSON on stdout; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseCliArgs(argv, process.cwd());
    if (command.kind === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (command.kind === 'version') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const result = await runChecks(command.options);
    if (command.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
      process.stdout.write(
        renderTable(result, {
          colour,
          width: process.stdout.isTTY ? process.stdout.columns : undefined,
          defaultBaseline: command.defaultBaseline,
        }),
      );
    }
    return result.verdict.exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`mailposture: ${error.message}\nRun "mailposture --help" for usage.\n`);
      return USAGE_EXIT;
    }
    // Anything else is a bug in mailposture: say so once, with the stack.
    process.stderr.write(`mailposture failed unexpectedly: ${(error as Error).stack ?? String(error)}\n`);
    return 70;
  }
}

process.exitCode = await main(process.argv.slice(2));
