import { checkTls, tlsMailHostsFromMx } from '../../tls/check.js';
import { tlsFindings } from '../../tls/findings.js';
import type { MtaStsMode, TlsData } from '../../tls/types.js';
import { defineSection, type SectionChange } from '../define-section.js';
import { mxSection } from './mx.js';
import { tlsDataSchema } from './tls.schema.js';

/** How strongly a policy binds senders: enforce > testing > none > no policy (RFC 8461 §5). */
const MODE_RANK: Record<MtaStsMode | 'absent', number> = { enforce: 3, testing: 2, none: 1, absent: 0 };
const modeOf = (data: TlsData): MtaStsMode | 'absent' => data.mtaSts.policy?.mode ?? 'absent';

/** The tls section's data; its JSON Schema (tls.schema.ts) is generated from this type (npm run schemas). */
export type TlsSectionData = TlsData;

/**
 * The tls section ("Inbound TLS"): MTA-STS (RFC 8461), TLS-RPT (RFC 8460) and DANE (RFC 7672) of the mx section's
 * hosts. The one section with an HTTPS fetch: the policy GET goes through the check's HTTPS port and fetch budget.
 */
export const tlsSection = defineSection<'tls', TlsSectionData>({
  name: 'tls',
  namespaces: ['mtasts', 'tlsrpt', 'dane'],
  label: 'TLS',
  title: 'Inbound TLS (MTA-STS, TLS-RPT, DANE)',
  standard: 'RFC 8461, RFC 8460, RFC 7672',
  weight: 10,
  capsGrade: true,
  catalogue: tlsFindings,
  dataSchema: tlsDataSchema,
  async check({ domain, resolver, section, https, fetchBudget }) {
    const mx = await section(mxSection);
    return checkTls(domain, {
      resolver,
      fetcher: https,
      mailHosts: tlsMailHostsFromMx({
        status: mx.status,
        nullMx: mx.data.nullMx,
        hosts: mx.data.hosts,
        findings: mx.findings,
      }),
      ...(fetchBudget ? { fetchBudget } : {}),
    });
  },
  compare(before, after) {
    const changes: SectionChange[] = [];
    // A policy whose fetch failed says nothing about the mode: only two known modes are compared.
    if (before.data.mtaSts.fetch?.error || after.data.mtaSts.fetch?.error) return changes;
    const was = modeOf(before.data);
    const now = modeOf(after.data);
    if (MODE_RANK[now] !== MODE_RANK[was]) {
      const weaker = MODE_RANK[now] < MODE_RANK[was];
      changes.push({
        regression: weaker,
        kind: weaker ? 'mtasts.mode-weakened' : 'mtasts.mode-strengthened',
        message: `The MTA-STS policy mode went from ${was === 'absent' ? 'no policy' : was} to ${now === 'absent' ? 'no policy' : now}.`,
        ...(weaker ? { fix: 'Publish the policy in enforce mode again, covering every MX host.' } : {}),
        before: was,
        after: now,
      });
    }
    return changes;
  },
  explains: { 'mtasts.mode-weakened': ['mtasts.mode-none', 'mtasts.missing', 'mtasts.mode-testing'] },
});
