import { checkSendingHosts } from '../../sending/check.js';
import { sendingFindings } from '../../sending/findings.js';
import type { SendingData, SendingHost } from '../../sending/types.js';
import { defineSection, type SectionChange } from '../define-section.js';
import { dkimSection } from './dkim.js';
import { dmarcSection } from './dmarc.js';
import { ptrSection } from './ptr.js';
import { sendingDataSchema } from './sending.schema.js';

const NOT_AUTHORIZED = new Set(['fail', 'softfail', 'neutral', 'none']);

/** The hosts of a section's data, tolerating a baseline written by another version (its data is loosely checked). */
const hostsOf = (data: unknown): SendingHost[] => {
  const hosts = (data as { hosts?: unknown } | undefined)?.hosts;
  return Array.isArray(hosts) ? (hosts as SendingHost[]) : [];
};

/** The sending section's data; its JSON Schema (sending.schema.ts) is generated from this type (npm run schemas). */
export type SendingSectionData = SendingData;

/**
 * The sending section: a receiver's view of each sending IP the user named — SPF check_host() for the MAIL FROM and
 * HELO identities, DMARC alignment and policy, reverse DNS, the large receivers' checklists. It reads the dmarc,
 * dkim and ptr sections (declared before it) and is shown first.
 */
export const sendingSection = defineSection<'sending', SendingSectionData>({
  name: 'sending',
  label: 'Sending',
  title: 'Sending hosts: how receivers judge mail from them',
  standard: 'RFC 7208 §2.3, §2.4; RFC 9989 §4.4',
  weight: 10,
  catalogue: sendingFindings,
  dataSchema: sendingDataSchema,
  leads: true,
  present: (options) => options.sendingIps.length > 0,
  async check({ domain, resolver, options, section }) {
    const [dmarc, dkim, ptr] = await Promise.all([section(dmarcSection), section(dkimSection), section(ptrSection)]);
    return checkSendingHosts({
      domain,
      ips: options.sendingIps,
      ...(options.sender !== undefined ? { sender: options.sender } : {}),
      ...(options.helo !== undefined ? { helo: options.helo } : {}),
      resolver,
      dmarc,
      dkim,
      ptr,
    });
  },
  compare(before, after) {
    const changes: SectionChange[] = [];
    const now = new Map(hostsOf(after.data).map((host) => [host.ip, host]));
    for (const old of hostsOf(before.data)) {
      if (old?.spf?.result !== 'pass') continue;
      const current = now.get(old.ip);
      // A host whose check could not finish is unknown, never a regression.
      if (!current || !NOT_AUTHORIZED.has(current.spf.result)) continue;
      changes.push({
        regression: true,
        kind: 'sending.authorization-lost',
        at: old.ip,
        message: `SPF no longer authorizes ${old.ip} for ${current.spf.identity}: it gives ${current.spf.result} (was pass).`,
        fix: `Authorize ${old.ip} in the SPF record of ${current.spf.domain} again (ip4:/ip6: or the include: of its service).`,
        before: 'pass',
        after: current.spf.result,
      });
    }
    return changes;
  },
  explains: { 'sending.authorization-lost': ['sending.ip-not-authorized', 'sending.dmarc-fail', 'sending.dkim-only'] },
});
