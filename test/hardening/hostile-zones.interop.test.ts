import { afterAll, describe, expect, inject, it } from 'vitest';
import { checkDkim } from '../../core/dkim/index.js';
import {
  createDohResolver,
  createLookupSession,
  DEFAULT_DEADLINE_MS,
  DEFAULT_MAX_QUERIES,
  type LookupSession,
} from '../../core/dns/index.js';
import { checkPtr } from '../../core/ptr/index.js';
import { checkDomain, DEFAULT_CHECK_BUDGET, type DomainReport } from '../../core/report/index.js';
import { checkHost } from '../../core/spf/index.js';

// The zones of test/fixtures/zones/hostile.ts, served by Knot behind dnsdist and read through the real DoH client.
// Each hostile shape gets a correct result (permerror, temperror or a finding), its queries stay within the budget and
// its time within the deadline. Times are recorded, never asserted beyond the deadline.
const resolver = createDohResolver({ endpoints: [inject('dohUrl')] });
const measured: Array<{ shape: string; queries: number; ms: number }> = [];

afterAll(() => {
  const byQueries = [...measured].sort((a, b) => b.queries - a.queries)[0];
  const byTime = [...measured].sort((a, b) => b.ms - a.ms)[0];
  process.stdout.write(
    `[hardening] hostile shapes: ${measured.length}; most queries: ${byQueries?.queries} (${byQueries?.shape}); ` +
      `longest: ${byTime?.ms} ms (${byTime?.shape})\n`,
  );
});

const ids = (report: DomainReport, section: Exclude<keyof DomainReport['sections'], 'sending'>) =>
  report.sections[section].findings.map((finding) => finding.id);

/** checkDomain over the stack with the default budget; asserts the budget and the deadline held. */
async function check(shape: string, domain: string, options: { selectors?: string[]; sendingIps?: string[] } = {}) {
  const result = await checkDomain(domain, { resolver, ...options });
  if (!result.ok) throw new Error(result.error.message);
  const { report } = result;
  measured.push({ shape, queries: report.queries, ms: report.elapsedMs });
  expect(report.queries).toBeLessThanOrEqual(DEFAULT_CHECK_BUDGET.maxQueries);
  expect(report.elapsedMs).toBeLessThanOrEqual(DEFAULT_CHECK_BUDGET.deadlineMs);
  return report;
}

/** Runs one lookup-driven function in a fresh session; asserts the session's budget and deadline held. */
async function inSession<T>(shape: string, run: (session: LookupSession) => Promise<T>) {
  const session = createLookupSession(resolver);
  const started = performance.now();
  try {
    const value = await run(session);
    const ms = Math.round(performance.now() - started);
    measured.push({ shape, queries: session.stats.queries, ms });
    expect(session.stats.queries).toBeLessThanOrEqual(DEFAULT_MAX_QUERIES);
    expect(ms).toBeLessThanOrEqual(DEFAULT_DEADLINE_MS);
    return { value, stats: session.stats };
  } finally {
    session.close();
  }
}

const spfCheck = (shape: string, domain: string, sender = 'user@sender.test', ip = '45.33.20.1') =>
  inSession(shape, (session) => checkHost({ ip, sender, domain }, { resolver: session }));

describe('SPF: loops, chains and records no one should publish', () => {
  it('an include loop: spf.include-loop, and check_host stops at the lookup limit', async () => {
    const report = await check('include loop', 'hostile-spf.test');
    expect(ids(report, 'spf')).toContain('spf.include-loop');
    expect(report.sections.spf.status).toBe('fail');
    const { value } = await spfCheck('include loop (check_host)', 'hostile-spf.test');
    expect(value.result).toBe('permerror');
  });

  it('a record that includes itself: spf.include-loop', async () => {
    const report = await check('self include', 'self.hostile-spf.test');
    expect(ids(report, 'spf')).toContain('spf.include-loop');
  });

  it('a 50-deep include chain: over the lookup limit, the tree truncated, permerror', async () => {
    const report = await check('50-deep include chain', 'chain0.hostile-spf.test');
    expect(ids(report, 'spf')).toEqual(expect.arrayContaining(['spf.too-many-lookups', 'spf.tree-truncated']));
    const { value, stats } = await spfCheck('50-deep include chain (check_host)', 'chain0.hostile-spf.test');
    expect(value.result).toBe('permerror');
    expect(value.reason).toMatch(/10 DNS-querying terms/);
    // RFC 7208 §4.6.4: the evaluation stops at the 11th include: 11 TXT lookups, not 51.
    expect(stats.queries).toBeLessThanOrEqual(11);
  });

  it('a redirect loop: spf.include-loop and permerror', async () => {
    const report = await check('redirect loop', 'redirect-a.hostile-spf.test');
    expect(ids(report, 'spf')).toContain('spf.include-loop');
    const { value } = await spfCheck('redirect loop (check_host)', 'redirect-a.hostile-spf.test');
    expect(value.result).toBe('permerror');
  });

  it('a 9 KB record in 400 character-strings: joined, evaluated, and reported as too long', async () => {
    const report = await check('400-string SPF record', 'big.hostile-spf.test');
    expect(ids(report, 'spf')).toContain('spf.record-too-long');
    expect(report.sections.spf.records[0]!.length).toBeGreaterThan(5000);
    const inside = await spfCheck('400-string SPF record (check_host)', 'big.hostile-spf.test', undefined, '45.33.1.5');
    expect(inside.value.result).toBe('pass');
    const outside = await spfCheck('400-string SPF record (check_host)', 'big.hostile-spf.test');
    expect(outside.value.result).toBe('fail');
  });

  it.each([
    ['NUL', 'nul.hostile-spf.test'],
    ['BEL and ESC', 'control.hostile-spf.test'],
  ])('%s in the record: spf.syntax-error and permerror', async (what, domain) => {
    const report = await check(`${what} in SPF`, domain);
    expect(ids(report, 'spf')).toContain('spf.syntax-error');
    expect(report.sections.spf.status).toBe('fail');
    const { value } = await spfCheck(`${what} in SPF (check_host)`, domain);
    expect(value.result).toBe('permerror');
  });

  it('macros that expand past 253 octets are truncated from the left (RFC 7208 §7.3), never sent too long', async () => {
    const sender = `${'a'.repeat(60)}@sender.test`;
    const { value, stats } = await spfCheck('macro over 253 octets', 'macro.hostile-spf.test', sender);
    expect(value.result).toBe('fail');
    const names = stats.log.map((query) => query.split(' ')[1]!);
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(253);
  });

  it('a macro that makes a label over 63 octets: the name is never sent', async () => {
    const sender = `${'b'.repeat(40)}@sender.test`;
    const { value, stats } = await spfCheck('macro label over 63', 'macro-label.hostile-spf.test', sender);
    expect(['fail', 'permerror']).toContain(value.result);
    for (const query of stats.log) {
      for (const label of query.split(' ')[1]!.split('.')) expect(label.length).toBeLessThanOrEqual(63);
    }
  });
});

describe('MX, TXT and PTR record sets of hundreds', () => {
  it('1,000 MX records: mx.too-many, at most 10 hosts looked up, SPF mx over its limit', async () => {
    const report = await check('1,000 MX records', 'hostile-mx.test');
    expect(ids(report, 'mx')).toContain('mx.too-many');
    expect(report.sections.mx.data.hosts.length).toBeLessThanOrEqual(10);
    expect(ids(report, 'spf')).toContain('spf.too-many-mx-names');
    const { value } = await spfCheck('1,000 MX records (check_host)', 'hostile-mx.test');
    expect(value.result).toBe('permerror');
    expect(value.reason).toMatch(/1000 MX names/);
  });

  it('200 TXT records and a DMARC record of 200 strings: each record found among them', async () => {
    const report = await check('hundreds of TXT records', 'hostile-txt.test');
    expect(report.sections.spf.records).toEqual(['v=spf1 -all']);
    expect(report.sections.dmarc.status).not.toBe('error');
    expect(report.sections.dmarc.data.policy?.domain.published).toBe('reject');
    expect(ids(report, 'dmarc')).toContain('dmarc.unknown-tag');
  });

  it('a PTR with 300 names: ptr.multiple, and only 10 names resolved forward', async () => {
    const { value, stats } = await inSession('PTR with 300 names', (session) =>
      checkPtr('203.0.113.150', { resolver: session, source: 'sending' }),
    );
    expect(value.findings.map((finding) => finding.id)).toContain('ptr.multiple');
    expect(value.status).not.toBe('error');
    // One PTR query, then A lookups of at most 10 names (RFC 7208 §4.6.4's bound on PTR names, used here too).
    expect(stats.log.filter((query) => query.startsWith('A '))).toHaveLength(10);
    const report = await check('PTR with 300 names (report)', 'hostile-ptr.test', { sendingIps: ['203.0.113.150'] });
    expect(ids(report, 'ptr')).toContain('ptr.multiple');
  });
});

describe('CNAME loops and chains', () => {
  it('a CNAME loop: a DNS error (temperror), never "missing"', async () => {
    const single = await resolver.resolve('loop1.hostile-cname.test', 'TXT');
    expect(single.status === 'error' && single.error.code).toBe('cname-chain');
    const report = await check('CNAME loop', 'hostile-cname.test');
    expect(report.sections.spf.status).toBe('error');
    expect(ids(report, 'spf')).toContain('spf.dns-error');
    // _dmarc is a CNAME to itself.
    expect(report.sections.dmarc.status).toBe('error');
    expect(ids(report, 'dmarc')).not.toContain('dmarc.missing');
    const { value } = await spfCheck('CNAME loop (check_host)', 'hostile-cname.test');
    expect(value.result).toBe('temperror');
  });

  it('a 20-deep CNAME chain: past the bound of 12, a DNS error, never "missing"', async () => {
    const single = await resolver.resolve('c0.hostile-cname.test', 'TXT');
    expect(single.status === 'error' && single.error.code).toBe('cname-chain');
    const report = await check('20-deep CNAME chain', 'deep.hostile-cname.test');
    expect(report.sections.spf.status).toBe('error');
    expect(ids(report, 'spf')).not.toContain('spf.missing');
    const { value } = await spfCheck('20-deep CNAME chain (check_host)', 'deep.hostile-cname.test');
    expect(value.result).toBe('temperror');
  });
});

describe('wildcards everywhere', () => {
  it.each(['hostile-wild.test', 'a.b.hostile-wild.test'])('%s: bounded, every section judged', async (domain) => {
    const report = await check(`wildcards (${domain})`, domain);
    for (const section of Object.values(report.sections)) expect(section.status).not.toBe('error');
    // Every probed selector answers with a record that is not a key.
    expect(ids(report, 'dkim')).toContain('dkim.invalid-key');
    const { value } = await spfCheck(`wildcards (${domain}, check_host)`, domain);
    expect(['permerror', 'fail', 'pass']).toContain(value.result);
  });
});

describe('DKIM and DMARC garbage', () => {
  it('a 16,384-bit RSA key in p=: imported and measured, not an error', async () => {
    const { value } = await inSession('DKIM key of 16,384 bits', (session) =>
      checkDkim('hostile-dkim.test', { resolver: session, selectors: ['huge'], discover: false }),
    );
    const huge = value.data.selectors.find((selector) => selector.selector === 'huge')!;
    expect(huge).toMatchObject({ found: true, keyType: 'rsa', keyBits: 16384 });
    expect(value.findings.map((finding) => finding.id)).not.toContain('dkim.invalid-key');
  });

  it.each([
    ['garbage', /not base64/],
    ['notder', /not an RSA public key/],
    ['nul', /not name=value/],
  ])('p= with %s: dkim.invalid-key', async (selector, message) => {
    const report = await check(`DKIM p= ${selector}`, 'hostile-dkim.test', { selectors: [selector] });
    const finding = report.sections.dkim.findings.find((f) => f.id === 'dkim.invalid-key');
    expect(finding?.message).toMatch(message);
    expect(report.sections.dkim.status).toBe('fail');
  });

  it('a DMARC record with NUL and ESC: dmarc.syntax-error, never a pass', async () => {
    const report = await check('DMARC with control characters', 'hostile-dmarc.test');
    expect(report.sections.dmarc.status).toBe('fail');
    expect(ids(report, 'dmarc')).toContain('dmarc.syntax-error');
  });
});
