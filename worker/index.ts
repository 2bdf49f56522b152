import { createApp } from './app.js';

export type { AppEnv, Env, RateLimiter } from './env.js';

/** The Worker: the hono app's fetch handler. */
export default createApp();
