/**
 * Runs the test DNS stack in the foreground until Ctrl-C: `npm run dns-stack`. Prints the DoH URLs, e.g. to start the
 * Worker against it: DOH_URL=<url> npm start.
 */
import { startDnsStack } from '../test/dns-stack/stack.js';

const delayMs = Number(process.env.DNS_STACK_DELAY_MS ?? 50);
const stack = await startDnsStack({ delayMs });
console.log(`DoH:        ${stack.dohUrl}`);
console.log(`DoH (slow): ${stack.slowDohUrl}  (+${stack.delayMs} ms a query)`);
console.log(`DoH (validating): ${stack.validatingDohUrl}  (AD set for the signed test zones)`);
console.log(`DoH (down): ${stack.downDohUrl}  (a backend that is down: HTTP 403)`);
console.log(`Do53:       ${stack.do53}`);
console.log(`ready in ${stack.startupMs} ms; Ctrl-C stops it`);
const shutdown = () => {
  stack.stop().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
