import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DKIM_KEY_MEMO_SIZE, inspectDkimKey } from '../core/dkim/inspect.js';
import { parseDkimKey } from '../core/dkim/parse.js';
import { parseDmarc } from '../core/dmarc/parse.js';
import { decodeResponse, encodeQuery, toBase64Url } from '../core/dns/wire.js';
import { type CheckDomainResult, checkDomain, createLookupSession, type ReportSection } from '../core/index.js';
import { parseSpf } from '../core/spf/parse.js';
import { createMemoryResolver, type ZoneData } from '../core/testing.js';
import { median } from './stats.js';
import { deriveRsaKey, distinctRealDomains, REAL_DOMAIN, REAL_SELECTORS } from './zones.js';

/**
 * CPU figures of a whole-domain check with the zero-latency memory resolver. The top-level figures check one domain
 * over and over (every per-isolate memo in core hits); `distinctDomains` checks copies of it round-robin (they miss).
 */
export interface CpuResult {
  /** Full checks of the one domain per second of this process's CPU time (user + system): the per-core figure. */
  checksPerCpuSecond: number;
  /** Full checks of the one domain per second of wall time (lower than the CPU figure when the machine is shared). */
  checksPerWallSecond: number;
  /** CPU time of one check of the one domain, in microseconds. */
  cpuMicrosPerCheck: number;
  /** The same figures over `domains` distinct copies of the domain in turn, each unseen for `domains - 1` checks. */
  distinctDomains: {
    domains: number;
    checksPerCpuSecond: number;
    checksPerWallSecond: number;
    cpuMicrosPerCheck: number;
    rounds: number[];
    queriesPerCheck: number;
  };
  /** The same copies with and without the common-selector probes (`discoverSelectors`), in alternate rounds. */
  discovery: { with: CpuResult['distinctDomains']; without: CpuResult['distinctDomains'] };
  queriesPerCheck: number;
  memory: { peakRssMiB: number; peakHeapUsedMiB: number; heapAfterGcMiB: number };
  /** Microseconds per check, and share of a check's CPU time, of each part measured apart. */
  parts: Record<
    'parsing' | 'keyInspectionCold' | 'keyInspectionMemoized' | 'dnsDecoding',
    { micros: number; share: number }
  >;
  rounds: number[];
}

/** Node's collector, exposed at run time (`--expose-gc` is not needed on the command line). */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Runs `task` for `ms` of wall time and returns how many runs per CPU second and per wall second it made. */
async function throughput(ms: number, task: () => Promise<void>, sample?: () => void) {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let count = 0;
  while (performance.now() - start < ms) {
    await task();
    count++;
    if (sample && count % 50 === 0) sample();
  }
  const wall = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { perCpu: count / ((cpu.user + cpu.system) / 1e6), perWall: count / wall, count };
}

/** Microseconds of CPU time per call of a synchronous or asynchronous function, over `ms` of wall time. */
async function microsPerCall(ms: number, task: () => unknown): Promise<number> {
  const { perCpu } = await throughput(ms, async () => {
    await task();
  });
  return 1e6 / perCpu;
}

/** The wire-format answers of every query one check sends, fetched once from the zero-latency DoH endpoint. */
async function captureWire(
  dohUrl: string,
  log: string[],
): Promise<Array<{ bytes: Uint8Array; name: string; type: string }>> {
  const answers: Array<{ bytes: Uint8Array; name: string; type: string }> = [];
  for (const entry of log) {
    const [type, name] = entry.split(' ') as [string, string];
    const url = `${dohUrl}?dns=${toBase64Url(encodeQuery(name, type as Parameters<typeof encodeQuery>[1]))}`;
    // One at a time, retried once: the DoH server closes idle keep-alive connections left from earlier parts.
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(url, { headers: { accept: 'application/dns-message' } });
        answers.push({ bytes: new Uint8Array(await response.arrayBuffer()), name, type });
        break;
      } catch (error) {
        if (attempt >= 2) throw error;
      }
    }
  }
  return answers;
}

/** What must match for two reports to be of the same work: grade, score, queries, section statuses, finding ids. */
function reportShape(result: CheckDomainResult): string {
  if (!result.ok) return `refused: ${result.error.code}`;
  const { grade, score, queries, sections } = result.report;
  const parts = (Object.entries(sections) as Array<[string, ReportSection]>).map(
    ([name, section]) => `${name} ${section.status} [${section.findings.map((finding) => finding.id).sort()}]`,
  );
  return `grade ${grade}, score ${score}, ${queries} queries; ${parts.join('; ')}`;
}

/** A distinct-domain check over `copies`, after checking that a copy is judged as the realistic domain is. */
async function distinctCheck(
  zones: ZoneData,
  copies: Awaited<ReturnType<typeof distinctRealDomains>>,
  discoverSelectors: boolean,
) {
  const count = copies.domains.length;
  const zone = createMemoryResolver(copies.zones, { recordCalls: false });
  const real = createMemoryResolver(zones, { recordCalls: false });
  const options = { selectors: REAL_SELECTORS, discoverSelectors };
  const reference = await checkDomain(REAL_DOMAIN, { resolver: real, ...options });
  const expected = reportShape(reference);
  const copy = copies.domains[count - 1]!;
  const got = reportShape(await checkDomain(copy, { resolver: zone, ...options }));
  if (got !== expected) throw new Error(`${copy} is not checked as ${REAL_DOMAIN} is:\n  ${got}\n  ${expected}`);
  let next = 0;
  const check = async () => {
    const domain = copies.domains[next]!;
    next = (next + 1) % count;
    const result = await checkDomain(domain, { resolver: zone, ...options });
    if (!result.ok) throw new Error(`checkDomain refused ${domain}`);
  };
  return { check, queriesPerCheck: reference.ok ? reference.report.queries : 0 };
}

/**
 * Checks per CPU and wall second over `count` distinct copies of the realistic domain, round-robin: each check is of
 * a domain not checked for `count - 1` checks, so core's per-isolate memos (a few dozen entries) miss as they do on
 * real traffic. The memory resolver keeps its answers: it stands for a DNS server, whose cache may be warm. With
 * several `discover` flags, one kind each (`discoverSelectors`), measured in alternate rounds.
 */
async function benchDistinct(
  zones: ZoneData,
  copies: Awaited<ReturnType<typeof distinctRealDomains>>,
  rounds: number,
  roundMs: number,
  discover: readonly boolean[],
) {
  const count = copies.domains.length;
  // Several kinds take their rounds in turn, so that each meets the same machine.
  const kinds = await Promise.all(discover.map((flag) => distinctCheck(zones, copies, flag)));
  // Warm-up: one pass over every copy (JIT, and the memory resolver's answers).
  for (const { check } of kinds) for (let i = 0; i < count; i++) await check();
  const perCpu: number[][] = kinds.map(() => []);
  const perWall: number[][] = kinds.map(() => []);
  for (let i = 0; i < rounds; i++) {
    for (const [k, { check }] of kinds.entries()) {
      const round = await throughput(roundMs, check);
      perCpu[k]!.push(round.perCpu);
      perWall[k]!.push(round.perWall);
    }
  }
  return kinds.map(({ queriesPerCheck }, k) => {
    const checksPerCpuSecond = median(perCpu[k]!);
    return {
      domains: count,
      checksPerCpuSecond,
      checksPerWallSecond: median(perWall[k]!),
      cpuMicrosPerCheck: 1e6 / checksPerCpuSecond,
      rounds: perCpu[k]!,
      queriesPerCheck,
    };
  });
}

/** Measures checkDomain's CPU cost on one core, its memory, and the parts of it measured apart. */
export async function benchCpu(
  zones: ZoneData,
  dohUrl: string,
  rounds: number,
  roundMs: number,
  distinctDomains: number,
): Promise<CpuResult> {
  const gc = exposeGc();
  // The memory resolver stands for a DNS server: it records no calls here, so its cost is only answering.
  const zone = createMemoryResolver(zones, { recordCalls: false });
  const check = async () => {
    const result = await checkDomain(REAL_DOMAIN, { resolver: zone, selectors: REAL_SELECTORS });
    if (!result.ok) throw new Error(`checkDomain refused ${REAL_DOMAIN}`);
  };
  // One check in a session of our own, for the list of queries it sends.
  const session = createLookupSession(zone, { maxQueries: 300 });
  const probe = await checkDomain(REAL_DOMAIN, { resolver: session, selectors: REAL_SELECTORS });
  session.close();
  if (!probe.ok) throw new Error(`checkDomain refused ${REAL_DOMAIN}`);
  const log = [...session.stats.log];

  await throughput(roundMs, check); // warm-up: JIT, memos
  gc();
  const memory = { peakRssMiB: 0, peakHeapUsedMiB: 0, heapAfterGcMiB: 0 };
  const sample = () => {
    const usage = process.memoryUsage();
    memory.peakRssMiB = Math.max(memory.peakRssMiB, usage.rss / 2 ** 20);
    memory.peakHeapUsedMiB = Math.max(memory.peakHeapUsedMiB, usage.heapUsed / 2 ** 20);
  };
  const perCpu: number[] = [];
  const perWall: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const round = await throughput(roundMs, check, sample);
    perCpu.push(round.perCpu);
    perWall.push(round.perWall);
  }
  gc();
  memory.heapAfterGcMiB = process.memoryUsage().heapUsed / 2 ** 20;
  const checksPerCpuSecond = median(perCpu);
  const cpuMicrosPerCheck = 1e6 / checksPerCpuSecond;

  // Parsing: every record the check parses (the SPF records of the tree, the DMARC record, the DKIM key records).
  const texts = { spf: [] as string[], dmarc: [] as string[], dkim: [] as string[] };
  const report = probe.report;
  const spfData = report.sections.spf.data as { tree?: unknown };
  const collect = (node: unknown) => {
    const n = node as { records?: string[]; children?: unknown[] } | undefined;
    for (const text of n?.records ?? []) texts.spf.push(text);
    for (const child of n?.children ?? []) collect(child);
  };
  collect(spfData.tree);
  if (texts.spf.length === 0) texts.spf.push(...report.sections.spf.records);
  texts.dmarc.push(...report.sections.dmarc.records);
  texts.dkim.push(...report.sections.dkim.records);
  const parseMicros = await microsPerCall(roundMs, () => {
    for (const text of texts.spf) parseSpf(text);
    for (const text of texts.dmarc) parseDmarc(text);
    for (const text of texts.dkim) parseDkimKey(text);
  });

  // Key inspection (base64 and DER, core/dkim/inspect.ts): of keys never seen (derived variants, more than the memo
  // keeps), as for a new domain, and of keys the memo holds.
  const keys = texts.dkim.map((text) => parseDkimKey(text)).flatMap((parsed) => (parsed.ok ? [parsed.record] : []));
  const variants = keys.map((key) =>
    Array.from({ length: 4 * DKIM_KEY_MEMO_SIZE }, (_, i) =>
      key.keyType === 'rsa' ? { ...key, publicKey: deriveRsaKey(key.publicKey, i) } : key,
    ),
  );
  let turn = 0;
  const coldMicros = await microsPerCall(roundMs, async () => {
    turn = (turn + 1) % (4 * DKIM_KEY_MEMO_SIZE);
    for (const list of variants) await inspectDkimKey(list[turn]!);
  });
  const memoMicros = await microsPerCall(roundMs, async () => {
    for (const key of keys) await inspectDkimKey(key);
  });

  // DNS decoding: the check's wire answers decoded as the DoH client decodes them (the memory resolver skips it).
  const wire = await captureWire(dohUrl, log);
  const decodeMicros = await microsPerCall(roundMs, () => {
    for (const answer of wire)
      decodeResponse(answer.bytes, answer.name, answer.type as Parameters<typeof encodeQuery>[1]);
  });

  // Last, so its copies (2,000 domains' records and answers in memory) weigh on none of the figures above.
  const copies = await distinctRealDomains(distinctDomains);
  const [distinct] = await benchDistinct(zones, copies, rounds, roundMs, [true]);
  // What probing the common DKIM selectors costs: checks with and without it, in alternate rounds. Alternating makes
  // both slower than a run of one kind (the check's code sees two shapes), so only the pair is compared.
  const [withDiscovery, withoutDiscovery] = await benchDistinct(zones, copies, rounds, roundMs, [true, false]);

  const part = (micros: number) => ({ micros, share: micros / cpuMicrosPerCheck });
  return {
    checksPerCpuSecond,
    checksPerWallSecond: median(perWall),
    cpuMicrosPerCheck,
    distinctDomains: distinct!,
    discovery: { with: withDiscovery!, without: withoutDiscovery! },
    queriesPerCheck: log.length,
    memory,
    parts: {
      parsing: part(parseMicros),
      keyInspectionCold: part(coldMicros),
      keyInspectionMemoized: part(memoMicros),
      dnsDecoding: part(decodeMicros),
    },
    rounds: perCpu,
  };
}
