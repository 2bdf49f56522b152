import { Hono } from 'hono';

/** Bindings and variables of the Worker (wrangler.toml). */
export interface Env {
  DOH_URL: string;
}

const app = new Hono<{ Bindings: Env }>();

app.get('/health', (c) => c.json({ ok: true }));

export default app;
