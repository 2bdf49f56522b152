import { isAbsolute, resolve } from 'node:path';
import {
  DEFAULT_BASELINE,
  parseBoolean,
  parseCount,
  parseDohUrls,
  parseFailOn,
  parseGrade,
  parseList,
  parsePerDomain,
  type RunOptions,
} from './options.js';

/** Reads one input by name, as `@actions/core`'s `getInput` does (trimmed, empty when unset). */
export type InputReader = (name: string) => string;

/** Builds the run options from the Action's inputs (action.yml); a relative baseline is taken from `workspace`. */
export function readActionInputs(input: InputReader, workspace: string): RunOptions {
  const baseline = input('baseline') || DEFAULT_BASELINE;
  return {
    domains: parseList(input('domains')),
    selectors: parsePerDomain(input('dkim-selectors')),
    sendingIps: parsePerDomain(input('sending-ips')),
    senders: parsePerDomain(input('sender')),
    helos: parsePerDomain(input('helo')),
    baselinePath: isAbsolute(baseline) ? baseline : resolve(workspace, baseline),
    baselineLabel: baseline,
    updateBaseline: parseBoolean(input('update-baseline'), 'update-baseline'),
    minGrade: parseGrade(input('min-grade')),
    failOn: parseFailOn(input('fail-on')),
    dohUrls: parseDohUrls(input('doh-url')),
    dnsTimeoutMs: parseCount(input('dns-timeout-ms'), 'dns-timeout-ms', 3000),
    dnsRetries: parseCount(input('dns-retries'), 'dns-retries', 2),
  };
}
