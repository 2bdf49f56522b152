/**
 * What DKIM discovery and the PTR policy cost and find on the realistic provider shapes (test/fixtures/zones/
 * providers.ts), printed as tables: `npx tsx bench/discovery.ts`. Counts, not timings: every figure is the number of
 * queries a check's session sends to an in-memory resolver of the same data, so it is exact and repeatable.
 *
 * "0.1.0" is the discovery this version replaced: the `_domainkey` hint, then 34 common selectors unless it was
 * NXDOMAIN (its list is kept below), and the reverse DNS of every MX host address. Its DKIM figures follow from the
 * list; its MX and PTR figures are measured by looking up every MX host's addresses and running the PTR section over
 * every one of them, the provider's included.
 */
import { createLookupSession, createMemoryResolver, mergeZoneData } from '../core/dns/index.js';
import { checkMx } from '../core/mx/index.js';
import { checkPtrSection, ptrTargetsFromMx } from '../core/ptr/index.js';
import { checkDomain } from '../core/report/index.js';
import providers, { PROVIDER_SHAPES } from '../test/fixtures/zones/providers.js';
import reverse from '../test/fixtures/zones/reverse.js';

/** The common list of mailposture 0.1.0, in its order. */
const LIST_0_1_0 = [
  'google',
  'selector1',
  'selector2',
  'k1',
  'k2',
  'k3',
  'mandrill',
  's1',
  's2',
  'smtpapi',
  'mg',
  'mailo',
  'zoho',
  'zmail',
  'fm1',
  'fm2',
  'fm3',
  'protonmail',
  'protonmail2',
  'protonmail3',
  'sig1',
  'brevo1',
  'brevo2',
  'mailjet',
  'kl',
  'kl2',
  'ctct1',
  'ctct2',
  'zendesk1',
  'zendesk2',
  's2048',
  'default',
  'dkim',
  'mail',
];

const zones = mergeZoneData(providers, reverse);

function table(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(headers),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map((r) => line(r.map(String))),
  ].join('\n');
}

/** The MX queries of a check (the record, and the hosts' addresses it looks up), with or without a provider's. */
async function mxQueries(domain: string, checkProviderHosts: boolean): Promise<number> {
  const session = createLookupSession(createMemoryResolver(zones));
  await checkMx(domain, { resolver: session, checkProviderHosts });
  session.close();
  return session.stats.queries;
}

/** The PTR queries of 0.1.0: every MX host address checked, after the MX check has asked every address. */
async function ptrQueries0(domain: string): Promise<number> {
  const memory = createMemoryResolver(zones);
  const session = createLookupSession(memory);
  const mx = await checkMx(domain, { resolver: session, checkProviderHosts: true });
  const before = session.stats.queries;
  await checkPtrSection({ ips: ptrTargetsFromMx(mx.data), resolver: session, checkProviderHosts: true });
  session.close();
  return session.stats.queries - before;
}

export interface DiscoveryRow {
  shape: string;
  keys: number;
  found0: number;
  dkim0: number;
  mx0: number;
  ptr0: number;
  total0: number;
  found: number;
  missed: string[];
  dkim: number;
  mx: number;
  ptr: number;
  total: number;
  commonList: string;
  hint: string;
}

/** Measures every shape. */
export async function benchDiscovery(): Promise<DiscoveryRow[]> {
  const rows: DiscoveryRow[] = [];
  for (const { domain, shape, keys } of PROVIDER_SHAPES) {
    const memory = createMemoryResolver(zones);
    const outcome = await checkDomain(domain, { resolver: memory });
    if (!outcome.ok) throw new Error(`${domain}: ${outcome.error.message}`);
    const { report } = outcome;
    const dkim = memory.calls.filter(
      (call) => call.includes('._domainkey.') || call.startsWith('TXT _domainkey.'),
    ).length;
    const found = report.sections.dkim.data.selectors.filter((entry) => entry.found).map((entry) => entry.selector);
    // The PTR section's queries: its PTR lookups, and the forward lookups of PTR names no other section asked.
    const mxHosts = new Set(report.sections.mx.data.hosts.map((entry: { exchange: string }) => entry.exchange));
    const forward = new Set(
      report.sections.ptr.data.results.flatMap((result) =>
        result.forward.filter((entry) => !mxHosts.has(entry.name)).map((entry) => entry.name),
      ),
    );
    const ptrAll =
      memory.calls.filter((call) => call.startsWith('PTR ')).length +
      memory.calls.filter((call) => /^(A|AAAA) /.test(call) && forward.has(call.split(' ')[1]!)).length;
    // 0.1.0: hint + 34 probes unless the hint is NXDOMAIN (then nothing exists below it).
    const nxdomain = (await createMemoryResolver(zones).resolve(`_domainkey.${domain}`, 'TXT')).status === 'nxdomain';
    const found0 = nxdomain ? 0 : keys.filter((key) => LIST_0_1_0.includes(key)).length;
    const dkim0 = nxdomain ? 1 : 1 + LIST_0_1_0.length;
    const ptr0 = await ptrQueries0(domain);
    const mx0 = await mxQueries(domain, true);
    const mx = await mxQueries(domain, false);
    const total = report.queries;
    rows.push({
      shape,
      keys: keys.length,
      found0,
      dkim0,
      mx0,
      ptr0,
      total0: total - dkim - ptrAll - mx + dkim0 + ptr0 + mx0,
      found: found.filter((selector) => keys.includes(selector)).length,
      missed: keys.filter((key) => !found.includes(key)),
      dkim,
      mx,
      ptr: ptrAll,
      total,
      commonList: report.sections.dkim.data.discovery.commonList,
      hint: report.sections.dkim.data.discovery.hint,
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchDiscovery();
  console.log('DKIM discovery and PTR policy on the realistic provider shapes (queries per check, exact counts)\n');
  console.log(
    table(
      [
        'shape',
        'keys',
        '0.1.0 found',
        '0.1.0 DKIM q',
        '0.1.0 MX q',
        '0.1.0 PTR q',
        '0.1.0 total',
        'found',
        'DKIM q',
        'MX q',
        'PTR q',
        'total',
        'common list',
        'hint',
        'missed',
      ],
      rows.map((row) => [
        row.shape,
        row.keys,
        row.found0,
        row.dkim0,
        row.mx0,
        row.ptr0,
        row.total0,
        row.found,
        row.dkim,
        row.mx,
        row.ptr,
        row.total,
        row.commonList,
        row.hint,
        row.missed.join(', ') || '—',
      ]),
    ),
  );
  const keys = rows.reduce((sum, row) => sum + row.keys, 0);
  const found0 = rows.reduce((sum, row) => sum + row.found0, 0);
  const found = rows.reduce((sum, row) => sum + row.found, 0);
  const dkim0 = rows.reduce((sum, row) => sum + row.dkim0, 0);
  const dkim = rows.reduce((sum, row) => sum + row.dkim, 0);
  console.log(
    `\nKeys found: ${found}/${keys} now, ${found0}/${keys} with the 0.1.0 list. DKIM queries: ${dkim} now, ${dkim0} ` +
      `with 0.1.0 (${(found / dkim).toFixed(2)} against ${(found0 / dkim0).toFixed(2)} keys a query). ` +
      `Largest check: ${Math.max(...rows.map((row) => row.total))} queries now, ${Math.max(...rows.map((row) => row.total0))} with 0.1.0.`,
  );
}
