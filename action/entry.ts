// The Action's entry, bundled to dist/action.js (action.yml `runs.main`): it only runs the Action, whose code is
// action/main.ts, as actions/typescript-action's src/index.ts runs its src/main.ts.
import { run } from './main.js';

await run();
