import { describeDnsFailureCause } from '../../dns/failure.js';
import { createFinding, type Finding } from '../../finding.js';
import { ptrFindings } from '../../ptr/findings.js';
import { checkPtrSection, providerHostsFromMx, ptrTargetsFromMx } from '../../ptr/section.js';
import type { PtrAddressData, PtrSectionData as PtrData, PtrSection } from '../../ptr/types.js';
import { defineSection, type SectionChange } from '../define-section.js';
import { mxSection } from './mx.js';
import { ptrDataSchema } from './ptr.schema.js';

/** When the MX lookup failed, the mail hosts' addresses are unknown, so their reverse DNS is too: never a pass. */
function withUnknownMxHosts(ptr: PtrSection, domain: string, mxFindings: readonly Finding[]): PtrSection {
  // Who failed is who failed the mx section's lookups: the same cause, and the fix that fits it.
  const cause = mxFindings.find((finding) => finding.cause !== undefined)?.cause;
  const finding = createFinding(
    ptrFindings,
    'ptr.dns-error',
    `The MX hosts of ${domain} could not be looked up, so the reverse DNS of their addresses is unknown.`,
    { at: domain, ...(cause ? describeDnsFailureCause(cause, { type: 'MX' }) : {}) },
  );
  return {
    ...ptr,
    status: 'error',
    summary: `The reverse DNS of ${domain}'s mail hosts is unknown: the MX lookup failed.`,
    findings: [...ptr.findings, finding],
  };
}

/** The ptr section's data; its JSON Schema (ptr.schema.ts) is generated from this type (npm run schemas). */
export type PtrSectionData = PtrData;

/** The data of `/v1/ptr/{ip}`'s result: one address (its schema is generated beside the section's). */
export type PtrAddressSectionData = PtrAddressData;

/** The ptr section: forward-confirmed reverse DNS of the sending IPs named and of the mx section's host addresses. */
export const ptrSection = defineSection<'ptr', PtrSectionData>({
  name: 'ptr',
  label: 'PTR',
  title: 'Reverse DNS (PTR)',
  standard: 'forward-confirmed reverse DNS',
  weight: 15,
  catalogue: ptrFindings,
  dataSchema: ptrDataSchema,
  async check({ domain, resolver, options, section }) {
    const mx = await section(mxSection);
    const ptr = await checkPtrSection({
      ips: [...options.sendingIps, ...ptrTargetsFromMx(mx.data)],
      providerHosts: providerHostsFromMx(mx.data),
      resolver,
    });
    return mx.status === 'error' ? withUnknownMxHosts(ptr, domain, mx.findings) : ptr;
  },
  // A domain that sends nothing needs no sending PTR; that DNS failed stays said.
  notRequiredWithoutMail: (finding) => finding.id.startsWith('ptr.') && finding.id !== 'ptr.dns-error',
  compare(before, after) {
    const changes: SectionChange[] = [];
    const now = new Map(after.data.results.map((r) => [r.ip, r]));
    for (const old of before.data.results.filter((r) => r.fcrdns)) {
      const current = old.ip ? now.get(old.ip) : undefined;
      if (current && !current.fcrdns && current.status !== 'error') {
        changes.push({
          regression: true,
          kind: 'ptr.fcrdns-lost',
          at: old.ip,
          message: `The reverse DNS of ${old.ip} no longer confirms forward (was ${old.confirmedName}).`,
          fix: `Make the PTR of ${old.ip} a name whose A/AAAA record includes ${old.ip}.`,
          before: old.confirmedName ?? 'confirmed',
          after: current.names[0] ?? 'no PTR',
        });
      }
    }
    return changes;
  },
  // The sending section judges the same PTR for a sending IP: one lost PTR is one regression.
  explains: {
    'ptr.fcrdns-lost': ['ptr.mismatch', 'ptr.missing', 'sending.ptr-missing', 'sending.ptr-not-confirmed'],
  },
});
