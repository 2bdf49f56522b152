import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createLookupSession, createMemoryResolver, type LookupSession } from '../../core/dns/index.js';
import type { Env, LookupVariables } from '../../worker/env.js';
import { lookupSession } from '../../worker/lookup-session.js';

// The middleware of the single-protocol routes, in Node over the in-memory resolver: one session per request, set on
// the context, closed after the handler (even when it throws), and Cache-Control from the session's stats.
const zones = {
  zones: ['session.test'],
  records: {
    'short.session.test': { TXT: ['v=spf1 -all'], ttl: 60 },
    'long.session.test': { TXT: ['v=spf1 -all'], ttl: 3600 },
  },
};

function appWith(handler: (c: { var: LookupVariables; set: (key: 'dnsFailed', value: boolean) => void }) => unknown) {
  const opened: Array<{ session: LookupSession; closed: boolean }> = [];
  const app = new Hono<{ Bindings: Env; Variables: LookupVariables }>();
  app.use(
    '/v1/*',
    lookupSession(() => {
      const session = createLookupSession(createMemoryResolver(zones));
      const entry = { session, closed: false };
      const close = session.close.bind(session);
      opened.push(entry);
      return Object.assign(Object.create(session) as LookupSession, {
        close: () => {
          entry.closed = true;
          close();
        },
      });
    }),
  );
  app.get('/v1/:name', async (c) => {
    await handler(c);
    return c.json({ ok: true }, 200);
  });
  app.onError((_, c) => c.json({ error: 'internal' }, 500));
  return { app, opened };
}

const request = (app: Hono<{ Bindings: Env; Variables: LookupVariables }>, path = '/v1/x') =>
  app.request(path, {}, { DOH_URL: 'http://127.0.0.1:9/dns-query' });

describe('lookupSession', () => {
  it('hands the handler one session per request and closes it after the answer', async () => {
    const { app, opened } = appWith(async (c) => {
      await c.var.lookups.resolve('short.session.test', 'TXT');
      c.set('dnsFailed', false);
    });
    await request(app);
    await request(app);
    expect(opened.map((entry) => [entry.session.stats.queries, entry.closed])).toEqual([
      [1, true],
      [1, true],
    ]);
  });

  it('caches a 200 for the smallest TTL of its lookups, at most 300 s', async () => {
    const short = appWith(async (c) => {
      await c.var.lookups.resolve('long.session.test', 'TXT');
      await c.var.lookups.resolve('short.session.test', 'TXT');
      c.set('dnsFailed', false);
    });
    expect((await request(short.app)).headers.get('Cache-Control')).toBe('public, max-age=60');
    const long = appWith(async (c) => {
      await c.var.lookups.resolve('long.session.test', 'TXT');
      c.set('dnsFailed', false);
    });
    expect((await request(long.app)).headers.get('Cache-Control')).toBe('public, max-age=300');
  });

  it('never caches an answer whose DNS failed, nor one whose handler did not say', async () => {
    const failed = appWith(async (c) => {
      await c.var.lookups.resolve('short.session.test', 'TXT');
      c.set('dnsFailed', true);
    });
    expect((await request(failed.app)).headers.get('Cache-Control')).toBe('no-store');
    const silent = appWith(async (c) => {
      await c.var.lookups.resolve('short.session.test', 'TXT');
    });
    expect((await request(silent.app)).headers.get('Cache-Control')).toBe('no-store');
  });

  it('closes the session when the handler throws, and sets no Cache-Control on the error', async () => {
    const { app, opened } = appWith(async () => {
      throw new Error('a bug');
    });
    const response = await request(app);
    expect(response.status).toBe(500);
    expect(response.headers.get('Cache-Control')).toBeNull();
    expect(opened.map((entry) => entry.closed)).toEqual([true]);
  });
});
