import { describe, expect, it } from 'vitest';
import {
  type CheckDomainOptions,
  checkDomain,
  type DomainReport,
  listSections,
  type ReceiverChecklist,
  type Resolver,
  type SendingHost,
  type SendingSection,
} from '../../../core/index.js';

/** The report of a check that took its input. */
export async function report(
  resolver: Resolver,
  domain: string,
  options: Omit<CheckDomainOptions, 'resolver'> = {},
): Promise<DomainReport> {
  const result = await checkDomain(domain, { resolver, ...options });
  if (!result.ok) throw new Error(`unexpected input error: ${result.error.message}`);
  return result.report;
}

export const sendingOf = (r: DomainReport): SendingSection => {
  const section = r.sections.sending;
  if (!section) throw new Error(`${r.domain} has no sending section`);
  return section;
};

export const hostOf = (r: DomainReport, ip: string): SendingHost => {
  const host = sendingOf(r).data.hosts.find((candidate) => candidate.ip === ip);
  if (!host) throw new Error(`no host ${ip}`);
  return host;
};

export const ids = (host: SendingHost) => host.findings.map((finding) => finding.id).sort();

/** Each receiver's items as `id: status`, e.g. `{ gmail: { fcrdns: 'pass', tls: 'not-checkable', … } }`. */
export const checklist = (host: SendingHost) =>
  Object.fromEntries(
    host.requirements.map((list: ReceiverChecklist) => [
      list.receiver,
      Object.fromEntries(list.items.map((item) => [item.id, item.status])),
    ]),
  );

const NOT_CHECKABLE = {
  gmail: { tls: 'not-checkable', 'spam-rate': 'not-checkable', format: 'not-checkable', unsubscribe: 'not-checkable' },
  yahoo: { 'spam-rate': 'not-checkable', format: 'not-checkable', unsubscribe: 'not-checkable' },
  outlook: {
    'sender-address': 'not-checkable',
    unsubscribe: 'not-checkable',
    'list-hygiene': 'not-checkable',
  },
};

/** The checklists of every receiver with the DNS-checkable items given the same status per id, and the rest listed. */
const lists = (items: Record<string, string>) => ({
  gmail: {
    ...NOT_CHECKABLE.gmail,
    'spf-or-dkim': items['spf-or-dkim'],
    fcrdns: items.fcrdns,
    'spf-pass': items['spf-pass'],
    'dkim-key': items['dkim-key'],
    'dmarc-published': items['dmarc-published'],
    aligned: items.aligned,
  },
  yahoo: {
    ...NOT_CHECKABLE.yahoo,
    'spf-or-dkim': items['spf-or-dkim'],
    fcrdns: items.fcrdns,
    'spf-pass': items['spf-pass'],
    'dkim-key': items['dkim-key'],
    'dmarc-published': items['dmarc-published'],
    aligned: items.aligned,
  },
  outlook: {
    ...NOT_CHECKABLE.outlook,
    'spf-pass': items['spf-pass'],
    'dkim-key': items['dkim-key'],
    'dmarc-published': items['dmarc-published'],
    aligned: items.aligned,
  },
});

/** The cases of the sending section any resolver serving test/fixtures/zones/sending.ts must pass: memory and Knot. */
export function describeSending(over: string, makeResolver: () => Resolver): void {
  describe(`the sending section over ${over}`, () => {
    const resolver = makeResolver();

    it('passes an IP inside the SPF policy with forward-confirmed reverse DNS, and leads the report', async () => {
      const r = await report(resolver, 'clean.sending.test', { sendingIps: ['45.33.88.10'], selectors: ['s1'] });
      const section = sendingOf(r);
      expect(section.status).toBe('pass');
      expect(section.findings).toEqual([]);
      expect(section.summary).toBe('Mail from 45.33.88.10 as clean.sending.test passes DMARC by SPF.');
      const host = hostOf(r, '45.33.88.10');
      expect(host.outcome).toEqual({ kind: 'pass-spf', text: 'passes DMARC by SPF' });
      expect(host.spf).toMatchObject({
        identity: 'postmaster@clean.sending.test',
        domain: 'clean.sending.test',
        result: 'pass',
        mechanism: 'ip4:45.33.88.10',
        mechanismDomain: 'clean.sending.test',
      });
      expect(host.alignment.spf).toMatchObject({ result: 'aligned', mode: 'r' });
      expect(host.reverseDns).toEqual({
        status: 'confirmed',
        names: ['mail.clean.sending.test'],
        confirmedName: 'mail.clean.sending.test',
      });
      expect(checklist(host)).toEqual(
        lists({
          'spf-or-dkim': 'pass',
          fcrdns: 'pass',
          'spf-pass': 'pass',
          'dkim-key': 'pass',
          'dmarc-published': 'pass',
          aligned: 'pass',
        }),
      );
      expect(host.steps.map((step) => [step.step, step.status])).toEqual([
        ['reverse-dns', 'pass'],
        ['spf', 'pass'],
        ['alignment', 'pass'],
        ['dkim', 'info'],
        ['dmarc', 'pass'],
      ]);
      expect(host.steps[0]!.text).toBe('Reverse DNS: 45.33.88.10 is mail.clean.sending.test, which points back to it.');
      expect(host.requirements.map((list) => [list.name, list.since])).toEqual([
        ['Gmail', '2024-02-01'],
        ['Yahoo', '2024-02-01'],
        ['Outlook.com', '2025-05-05'],
      ]);
      expect(section.data).toMatchObject({
        from: 'clean.sending.test',
        sender: 'clean.sending.test',
        senderDomain: 'clean.sending.test',
        policy: { p: 'reject', applied: 'reject', aspf: 'r', adkim: 'r', testing: false },
        dkim: [{ selector: 's1', keyType: 'rsa', keyBits: 2048 }],
      });
      // Declared after the sections it reads, shown first.
      expect(listSections(r).map(({ entry }) => entry.name)).toEqual([
        'sending',
        'spf',
        'dmarc',
        'dkim',
        'mx',
        'ptr',
        'tls',
      ]);
    });

    it('has no sending section when no sending IP is named, and grades as before', async () => {
      const r = await report(resolver, 'clean.sending.test', { selectors: ['s1'] });
      expect(r.sections.sending).toBeUndefined();
      expect(Object.keys(r.sections)).toEqual(['spf', 'dmarc', 'dkim', 'mx', 'ptr', 'tls']);
    });

    it('names an IP outside the SPF policy, and passes it only with DKIM when the domain publishes a key', async () => {
      const r = await report(resolver, 'clean.sending.test', { sendingIps: ['45.33.88.99'], selectors: ['s1'] });
      const host = hostOf(r, '45.33.88.99');
      expect(ids(host)).toEqual(['sending.dkim-only', 'sending.ip-not-authorized']);
      const finding = host.findings.find((f) => f.id === 'sending.ip-not-authorized')!;
      expect(finding).toMatchObject({ severity: 'error', at: '45.33.88.99' });
      expect(finding.message).toContain('fail (matched -all in clean.sending.test)');
      expect(host.outcome).toEqual({
        kind: 'dkim-only',
        text: 'passes DMARC only if it signs with DKIM (selector s1)',
        selectors: ['s1'],
      });
      expect(host.alignment.spf.result).toBe('no-spf-pass');
      expect(sendingOf(r).status).toBe('fail');
      expect(checklist(host)).toEqual(
        lists({
          'spf-or-dkim': 'pass',
          fcrdns: 'pass',
          'spf-pass': 'fail',
          'dkim-key': 'pass',
          'dmarc-published': 'pass',
          aligned: 'unknown',
        }),
      );
    });

    it('follows p for an IP outside SPF with no DKIM key: reject, quarantine, none', async () => {
      const cases = [
        ['reject.sending.test', 'fails DMARC: p=reject — receivers reject it', 'error', 'error'],
        ['quarantine.sending.test', 'fails DMARC: p=quarantine — receivers put it in spam', 'error', 'error'],
        [
          'none.sending.test',
          'fails DMARC: p=none — receivers deliver it but report the failure',
          'warning',
          'warning',
        ],
      ] as const;
      for (const [domain, text, spfSeverity, dmarcSeverity] of cases) {
        const r = await report(resolver, domain, { sendingIps: ['45.33.88.99'] });
        const host = hostOf(r, '45.33.88.99');
        expect(host.outcome, domain).toMatchObject({ kind: 'fail', text });
        expect(ids(host), domain).toEqual(['sending.dmarc-fail', 'sending.ip-not-authorized']);
        expect(host.findings.find((f) => f.id === 'sending.ip-not-authorized')!.severity, domain).toBe(spfSeverity);
        expect(host.findings.find((f) => f.id === 'sending.dmarc-fail')!.severity, domain).toBe(dmarcSeverity);
        expect(checklist(host), domain).toEqual(
          lists({
            'spf-or-dkim': 'fail',
            fcrdns: 'pass',
            'spf-pass': 'fail',
            'dkim-key': 'fail',
            'dmarc-published': 'pass',
            aligned: 'fail',
          }),
        );
      }
    });

    it('names an ESP-style MAIL FROM that passes SPF but does not align with the From domain', async () => {
      const r = await report(resolver, 'esp.sending.test', {
        sendingIps: ['45.33.89.5'],
        sender: 'bounce@bounces.sending-esp.test',
      });
      const host = hostOf(r, '45.33.89.5');
      expect(host.spf).toMatchObject({
        identity: 'bounce@bounces.sending-esp.test',
        domain: 'bounces.sending-esp.test',
        result: 'pass',
        mechanism: 'ip4:45.33.89.0/24',
      });
      expect(host.alignment.spf).toMatchObject({ result: 'not-aligned', mode: 'r' });
      expect(ids(host)).toEqual(['sending.dmarc-fail', 'sending.not-aligned']);
      expect(host.outcome.text).toBe('fails DMARC: p=reject — receivers reject it');
      expect(sendingOf(r).data).toMatchObject({
        sender: 'bounce@bounces.sending-esp.test',
        senderDomain: 'bounces.sending-esp.test',
        organizationalDomains: { from: 'esp.sending.test', sender: 'bounces.sending-esp.test' },
      });
      expect(checklist(host)).toEqual(
        lists({
          'spf-or-dkim': 'pass',
          fcrdns: 'pass',
          'spf-pass': 'pass',
          'dkim-key': 'fail',
          'dmarc-published': 'pass',
          aligned: 'fail',
        }),
      );
    });

    it('aligns a MAIL FROM subdomain in relaxed mode through its Organizational Domain (RFC 9989 §4.10.2)', async () => {
      const r = await report(resolver, 'clean.sending.test', {
        sendingIps: ['45.33.88.20'],
        sender: 'bounces.clean.sending.test',
        selectors: ['s1'],
      });
      const host = hostOf(r, '45.33.88.20');
      expect(host.spf).toMatchObject({ identity: 'postmaster@bounces.clean.sending.test', result: 'pass' });
      expect(host.alignment.spf).toMatchObject({ result: 'aligned', mode: 'r' });
      expect(host.alignment.spf.reason).toContain('share the Organizational Domain clean.sending.test');
      expect(host.outcome.kind).toBe('pass-spf');
      expect(ids(host)).toEqual([]);
    });

    it('names an IP with no PTR and one whose PTR does not resolve back', async () => {
      const r = await report(resolver, 'clean.sending.test', {
        sendingIps: ['45.33.88.11', '45.33.88.13'],
        selectors: ['s1'],
      });
      const missing = hostOf(r, '45.33.88.11');
      expect(ids(missing)).toEqual(['sending.ptr-missing']);
      expect(missing.outcome.kind).toBe('pass-spf');
      expect(missing.reverseDns).toEqual({ status: 'missing', names: [] });
      expect(checklist(missing).gmail!.fcrdns).toBe('fail');
      expect(checklist(missing).yahoo!.fcrdns).toBe('fail');
      expect(checklist(missing).gmail!['spf-pass']).toBe('pass');
      const unconfirmed = hostOf(r, '45.33.88.13');
      expect(ids(unconfirmed)).toEqual(['sending.dkim-only', 'sending.ip-not-authorized', 'sending.ptr-not-confirmed']);
      expect(unconfirmed.reverseDns.status).toBe('not-confirmed');
      expect(checklist(unconfirmed).gmail!.fcrdns).toBe('fail');
      expect(sendingOf(r).data.hosts.map((host) => host.ip)).toEqual(['45.33.88.11', '45.33.88.13']);
    });

    it('checks the HELO name: one that fails, one that passes, an address literal it cannot check', async () => {
      const bad = await report(resolver, 'clean.sending.test', {
        sendingIps: ['45.33.88.10'],
        helo: 'bad-helo.sending.test',
        selectors: ['s1'],
      });
      const host = hostOf(bad, '45.33.88.10');
      expect(ids(host)).toEqual(['sending.helo-not-authorized']);
      expect(host.helo).toMatchObject({
        helo: 'bad-helo.sending.test',
        checkable: true,
        spf: { identity: 'postmaster@bad-helo.sending.test', result: 'fail', mechanism: '-all' },
      });
      expect(host.outcome.kind).toBe('pass-spf');
      const good = await report(resolver, 'clean.sending.test', {
        sendingIps: ['45.33.88.10'],
        helo: 'mail.clean.sending.test',
        selectors: ['s1'],
      });
      expect(hostOf(good, '45.33.88.10').helo?.spf).toMatchObject({ result: 'pass', mechanism: 'a' });
      expect(ids(hostOf(good, '45.33.88.10'))).toEqual([]);
      const literal = await report(resolver, 'clean.sending.test', {
        sendingIps: ['45.33.88.10'],
        helo: '[45.33.88.10]',
        selectors: ['s1'],
      });
      expect(hostOf(literal, '45.33.88.10').helo).toEqual({ helo: '[45.33.88.10]', checkable: false });
    });

    it('makes a DNS failure mid-check unknown, never a fail', async () => {
      const r = await report(resolver, 'flaky.sending.test', { sendingIps: ['45.33.88.12', '45.33.88.10'] });
      const failed = hostOf(r, '45.33.88.12');
      expect(failed.spf.result).toBe('temperror');
      expect(failed.spf.reason).toContain('spf.sending-unserved.invalid');
      expect(failed.status).toBe('error');
      expect(ids(failed)).toEqual(['sending.ptr-missing', 'sending.spf-error']);
      expect(failed.outcome).toEqual({ kind: 'unknown', text: 'unknown: the SPF check could not finish (DNS)' });
      const items = checklist(failed);
      expect(items.gmail!['spf-pass']).toBe('unknown');
      expect(items.gmail!['spf-or-dkim']).toBe('unknown');
      expect(items.gmail!.aligned).toBe('unknown');
      expect(items.outlook!['spf-pass']).toBe('unknown');
      // The one that matched before the failing term is judged as usual.
      const fine = hostOf(r, '45.33.88.10');
      expect(fine.spf.result).toBe('pass');
      expect(fine.outcome.kind).toBe('pass-spf');
      expect(failed.steps.find((step) => step.step === 'spf')!.status).toBe('unknown');
      expect(failed.steps.find((step) => step.step === 'dmarc')!.status).toBe('unknown');
      expect(sendingOf(r).status).toBe('error');
      expect(sendingOf(r).findings.map((f) => f.id)).not.toContain('sending.ip-not-authorized');
      expect(sendingOf(r).findings.map((f) => f.id)).not.toContain('sending.dmarc-fail');
      expect(r.complete).toBe(false);
    });
  });
}
