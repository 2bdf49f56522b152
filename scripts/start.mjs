// `npm start`: serves the Worker API on http://127.0.0.1:8787 with wrangler dev, offline (no login, no metrics).
// DOH_URL=<url> npm start points it at another DoH resolver, e.g. the test DNS stack from `npm run dns-stack`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const port = process.env.PORT ?? '8787';
const args = [
  'dev',
  '--ip',
  '127.0.0.1',
  '--port',
  port,
  // The debugger's port: any free one unless INSPECTOR_PORT names it, so a busy 9229 cannot stop the API starting.
  '--inspector-port',
  process.env.INSPECTOR_PORT ?? '0',
  '--show-interactive-dev-session=false',
];
if (process.env.DOH_URL) args.push('--var', `DOH_URL:${process.env.DOH_URL}`);
// The local binary, not npx: npx does not pass SIGINT on, which would leave wrangler and workerd running.
const wrangler = join(import.meta.dirname, '..', 'node_modules', '.bin', 'wrangler');
const child = spawn(wrangler, args, {
  stdio: 'inherit',
  env: {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    WRANGLER_HIDE_BANNER: 'true',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGINT'));
child.on('exit', (code) => process.exit(code ?? 0));
