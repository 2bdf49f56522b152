import { createHttp2Fetch } from '../action/http2-fetch.js';
import {
  checkDomain,
  createDohResolver,
  createLookupScheduler,
  type FetchFunction,
  mapBounded,
  type RecordType,
} from '../core/index.js';
import { median } from './stats.js';

/** CPU of one transport in this process: per DoH exchange and per whole check, medians over alternate rounds. */
export interface TransportCpuRow {
  transport: 'HTTP/2 (action/http2-fetch.ts)' | 'fetch (Node’s undici)';
  /** CPU µs of this process per DoH exchange (the DoH client's work included: encoding, decoding, timers). */
  exchangeMicros: number;
  /** CPU ms of this process per check of the realistic shape, as the CLI runs it (scheduler 16 wide). */
  checkMs: number;
  exchangeRounds: number[];
  checkRounds: number[];
}

/** What `benchTransportCpu` measured. */
export interface TransportCpuResult {
  domain: string;
  /** Exchanges one check of the domain makes through the stack. */
  fetchesPerCheck: number;
  exchangesPerRound: number;
  checksPerRound: number;
  rows: TransportCpuRow[];
}

const cpuMicros = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return used.user + used.system;
};

/**
 * Node's CPU per DoH exchange and per check, HTTP/2 against `fetch`, against the zero-latency DoH path: the queries of
 * one check of `domain` replayed `repeat` times a round through the DoH client (16 in flight, the CLI's bound), and
 * `checks` whole checks a round one after another. The two transports take their rounds in turn (A B A B …) so that
 * both meet the same machine; the figures are medians of `rounds` rounds each.
 */
export async function benchTransportCpu(
  dohUrl: string,
  domain: string,
  rounds: number,
  repeat = 10,
  checks = 20,
): Promise<TransportCpuResult> {
  const h2 = createHttp2Fetch();
  const platform: FetchFunction = (url, init) => fetch(url, init as RequestInit);
  // The lookups of one check, to replay (CNAME chases are made by the DoH client, as in the check).
  const asked: Array<[string, RecordType]> = [];
  let fetchesPerCheck = 0;
  const probe = await checkDomain(domain, {
    resolver: {
      resolve(name, type, options) {
        asked.push([name, type]);
        return createDohResolver({
          endpoints: [dohUrl],
          fetch: (url, init) => {
            fetchesPerCheck++;
            return platform(url, init);
          },
        }).resolve(name, type, options);
      },
    },
  });
  if (!probe.ok) throw new Error(`${domain}: ${probe.error.message}`);
  const transports = [
    { name: 'HTTP/2 (action/http2-fetch.ts)' as const, fetch: h2.fetch },
    { name: 'fetch (Node’s undici)' as const, fetch: platform },
  ];
  const exchanges = transports.map(() => [] as number[]);
  const perCheck = transports.map(() => [] as number[]);
  const work = Array.from({ length: repeat }, () => asked).flat();
  try {
    // Warm-up: connections, JIT.
    for (const transport of transports) {
      const doh = createDohResolver({ endpoints: [dohUrl], fetch: transport.fetch });
      await mapBounded(work, 16, ([name, type]) => doh.resolve(name, type));
      await checkDomain(domain, { resolver: doh, scheduler: createLookupScheduler({ concurrency: 16 }) });
    }
    for (let round = 0; round < rounds; round++) {
      for (const [k, transport] of transports.entries()) {
        let count = 0;
        const counted: FetchFunction = (url, init) => {
          count++;
          return transport.fetch(url, init);
        };
        const doh = createDohResolver({ endpoints: [dohUrl], fetch: counted });
        const since = process.cpuUsage();
        const results = await mapBounded(work, 16, ([name, type]) => doh.resolve(name, type));
        const micros = cpuMicros(since);
        const failed = results.find((result) => result.status === 'error');
        if (failed) throw new Error(`${transport.name}: a lookup failed: ${JSON.stringify(failed)}`);
        exchanges[k]!.push(micros / count);
      }
      for (const [k, transport] of transports.entries()) {
        // As the CLI runs a check: its DoH client on the transport, one scheduler 16 wide for the run.
        const doh = createDohResolver({ endpoints: [dohUrl], fetch: transport.fetch });
        const scheduler = createLookupScheduler({ concurrency: 16 });
        const since = process.cpuUsage();
        for (let i = 0; i < checks; i++) {
          const outcome = await checkDomain(domain, { resolver: doh, scheduler });
          if (!outcome.ok || !outcome.report.complete || outcome.report.grade === null)
            throw new Error(`${transport.name}: a check was not complete`);
        }
        perCheck[k]!.push(cpuMicros(since) / checks / 1000);
      }
    }
  } finally {
    await h2.close();
  }
  return {
    domain,
    fetchesPerCheck,
    exchangesPerRound: work.length,
    checksPerRound: checks,
    rows: transports.map((transport, k) => ({
      transport: transport.name,
      exchangeMicros: median(exchanges[k]!),
      checkMs: median(perCheck[k]!),
      exchangeRounds: exchanges[k]!,
      checkRounds: perCheck[k]!,
    })),
  };
}
