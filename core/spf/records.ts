import type { DnsError, Resolver, TxtData } from '../dns/types.js';
import { isSpfRecord } from './parse.js';

/** The outcome of looking up a domain's SPF record (RFC 7208 §4.4, §4.5). */
export type SpfRecordLookup =
  /** One or more v=spf1 TXT records, as published (several is a permerror, §4.5), and every TXT record there. */
  | { status: 'found'; records: TxtData[]; txt: TxtData[] }
  /**
   * NXDOMAIN, NODATA, or TXT records none of which is SPF: the result is none (§4.5). `void` when the answer held no
   * records at all (NXDOMAIN or NODATA: a void lookup, §4.6.4).
   */
  | { status: 'none'; nxdomain: boolean; void: boolean }
  /** The lookup failed: temperror (§4.4). */
  | { status: 'error'; error: DnsError };

/** Looks up the TXT records at `domain` and keeps those that are SPF version 1 (RFC 7208 §4.5). */
export async function lookupSpfRecords(resolver: Resolver, domain: string): Promise<SpfRecordLookup> {
  const answer = await resolver.resolve(domain, 'TXT');
  switch (answer.status) {
    case 'error':
      return { status: 'error', error: answer.error };
    case 'nxdomain':
      return { status: 'none', nxdomain: true, void: true };
    case 'nodata':
      return { status: 'none', nxdomain: false, void: true };
    case 'answer': {
      // RFC 7208 §4.5: records that do not begin with "v=spf1" (and any non-ASCII in them) are ignored.
      const txt = answer.records.map((record) => record.data);
      const records = txt.filter((data) => isSpfRecord(data.text));
      return records.length > 0 ? { status: 'found', records, txt } : { status: 'none', nxdomain: false, void: false };
    }
  }
}
