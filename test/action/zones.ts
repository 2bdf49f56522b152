import { generateKeyPairSync } from 'node:crypto';
import { mergeZoneData, type RecordSet, type ZoneData } from '../../core/dns/index.js';
import dohZones from '../fixtures/zones/doh.js';
import reverseZones from '../fixtures/zones/reverse.js';
import tldZones from '../fixtures/zones/tld.js';

/** A 2048-bit RSA public key (SPKI, base64) as a DKIM key record publishes it (RFC 6376 §3.6.1). */
function dkimKey(): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

const KEY_S1 = dkimKey();
const KEY_S2 = dkimKey();

/** How one scenario domain differs from a clean configuration. */
export interface DomainShape {
  dmarc?: string;
  spf?: string;
  /** DKIM selectors published (default s1 and s2). */
  selectors?: Array<'s1' | 's2'>;
  /** Whether the sending host's address has its PTR (default true). */
  sendingPtr?: boolean;
}

/**
 * A mail domain with MX, forward-confirmed reverse DNS, SPF, DMARC and two DKIM keys; `octet` picks its addresses
 * (45.33.20.<octet> for the MX, <octet>+1 for the sending host: public unicast data, never contacted).
 */
export function mailDomain(apex: string, octet: number, shape: DomainShape = {}): ZoneData {
  const mx = `45.33.20.${octet}`;
  const out = `45.33.20.${octet + 1}`;
  const records: Record<string, RecordSet> = {
    [apex]: {
      MX: [[10, `mx.${apex}`]],
      TXT: [shape.spf ?? `v=spf1 mx ip4:${out} -all`],
    },
    [`mx.${apex}`]: { A: [mx] },
    [`out.${apex}`]: { A: [out] },
    [`${octet}.20.33.45.in-addr.arpa`]: { PTR: [`mx.${apex}`] },
    [`${octet + 1}.20.33.45.in-addr.arpa`]: { PTR: [`out.${apex}`] },
    [`_dmarc.${apex}`]: { TXT: [shape.dmarc ?? `v=DMARC1; p=reject; rua=mailto:dmarc@${apex}`] },
  };
  if (shape.sendingPtr === false) delete records[`${octet + 1}.20.33.45.in-addr.arpa`];
  const keys = { s1: KEY_S1, s2: KEY_S2 };
  for (const selector of shape.selectors ?? ['s1', 's2']) {
    records[`${selector}._domainkey.${apex}`] = { TXT: [`v=DKIM1; k=rsa; p=${keys[selector]}`] };
  }
  return { zones: [apex], records };
}

/** The sending IP of a scenario domain (checked for FCrDNS with `sending-ips`). */
export const sendingIp = (octet: number) => `45.33.20.${octet + 1}`;

/** The scenario domains: apex → its address octet. */
export const DOMAINS = {
  steady: { apex: 'action.test', octet: 10 },
  dmarc: { apex: 'action-dmarc.test', octet: 20 },
  dkim: { apex: 'action-dkim.test', octet: 30 },
  weak: { apex: 'action-weak.test', octet: 40 },
  outage: { apex: 'action-outage.test', octet: 50 },
  ptr: { apex: 'action-ptr.test', octet: 60 },
  spf: { apex: 'action-spf.test', octet: 70 },
} as const;

const weakShape: DomainShape = {
  spf: 'v=spf1 mx ?all',
  dmarc: 'v=DMARC1; p=none',
  selectors: [],
};

/** Zones with every scenario domain as the baseline saw it (plus the stack's health-check zone, the reverse trees and the `test` TLD, so a DMARC tree walk gets NXDOMAIN). */
export function zonesBefore(): ZoneData {
  return mergeZoneData(
    dohZones,
    reverseZones,
    tldZones,
    mailDomain(DOMAINS.steady.apex, DOMAINS.steady.octet),
    mailDomain(DOMAINS.dmarc.apex, DOMAINS.dmarc.octet),
    mailDomain(DOMAINS.dkim.apex, DOMAINS.dkim.octet),
    mailDomain(DOMAINS.weak.apex, DOMAINS.weak.octet, weakShape),
    mailDomain(DOMAINS.outage.apex, DOMAINS.outage.octet),
    mailDomain(DOMAINS.ptr.apex, DOMAINS.ptr.octet),
    mailDomain(DOMAINS.spf.apex, DOMAINS.spf.octet),
  );
}

/**
 * The same zones after the changes: DMARC weakened from reject to none, DKIM selector s2 removed, the sending host's
 * PTR removed, the sending host left out of the SPF policy.
 */
export function zonesAfter(): ZoneData {
  return mergeZoneData(
    dohZones,
    reverseZones,
    tldZones,
    mailDomain(DOMAINS.steady.apex, DOMAINS.steady.octet),
    mailDomain(DOMAINS.dmarc.apex, DOMAINS.dmarc.octet, {
      dmarc: `v=DMARC1; p=none; rua=mailto:dmarc@${DOMAINS.dmarc.apex}`,
    }),
    mailDomain(DOMAINS.dkim.apex, DOMAINS.dkim.octet, { selectors: ['s1'] }),
    mailDomain(DOMAINS.weak.apex, DOMAINS.weak.octet, weakShape),
    mailDomain(DOMAINS.outage.apex, DOMAINS.outage.octet),
    mailDomain(DOMAINS.ptr.apex, DOMAINS.ptr.octet, { sendingPtr: false }),
    // The sending host is no longer in the SPF policy: a regression of the sending section.
    mailDomain(DOMAINS.spf.apex, DOMAINS.spf.octet, { spf: 'v=spf1 mx -all' }),
  );
}
