import { mapBounded } from '../concurrency.js';
import type { DnsResult, LookupOptions, RecordType, Resolver } from '../dns/types.js';
import { publishedMxHostOf } from '../providers.js';
import type { ReportDelivery } from './types.js';

/** At most this many distinct report hosts get their mail routing looked up; the rest are `not-checked`. */
export const MAX_REPORT_HOSTS = 5;
/** Of one host's MX records, at most this many exchanges (lowest preference first) get their addresses looked up. */
const MAX_EXCHANGES = 2;
/** No other lookup waits on these: a session's scheduler may let the critical path go first. */
const LEAF = { priority: 'leaf' } as const;

/** Whether a host name has an A or AAAA record; undefined when a lookup failed and none was found. */
async function hasAddress(host: string, resolver: Resolver): Promise<boolean | undefined> {
  const results = await Promise.all([resolver.resolve(host, 'A', LEAF), resolver.resolve(host, 'AAAA', LEAF)]);
  if (results.some((result) => result.status === 'answer' && result.records.length > 0)) return true;
  return results.some((result) => result.status === 'error') ? undefined : false;
}

/**
 * Whether mail to a domain can be delivered at all (RFC 5321 §5.1, RFC 7505 §3): a null MX says it accepts none; MX
 * records whose exchanges have no address, or no MX and no address of its own (the implicit MX), leave no host to
 * deliver to; a name that does not exist receives nothing. A failed lookup is `dns-error`, never "undeliverable".
 */
export async function reportDelivery(host: string, resolver: Resolver): Promise<ReportDelivery> {
  const mx = await resolver.resolve(host, 'MX', LEAF);
  if (mx.status === 'error') return 'dns-error';
  if (mx.status === 'nxdomain') return 'nxdomain';
  if (mx.status === 'nodata' || mx.records.length === 0) {
    // RFC 5321 §5.1: with no MX, the domain itself is the implicit MX when it has an address.
    const own = await hasAddress(host, resolver);
    return own === undefined ? 'dns-error' : own ? 'deliverable' : 'no-mail-host';
  }
  const exchanges = mx.records.map((record) => record.data).sort((a, b) => a.preference - b.preference);
  // RFC 7505 §3: a single MX with the root as exchange declares that the domain accepts no mail.
  if (exchanges.length === 1 && (exchanges[0]!.exchange === '' || exchanges[0]!.exchange === '.')) return 'null-mx';
  const named = exchanges.filter((exchange) => exchange.exchange !== '' && exchange.exchange !== '.');
  const checked = named.slice(0, MAX_EXCHANGES);
  // A host a mailbox provider publishes for every customer is the provider's to keep resolving (core/providers.ts):
  // it is taken as a mail host without its address lookups, as the mx section does.
  if (checked.some((exchange) => publishedMxHostOf(exchange.exchange))) return 'deliverable';
  const found = await Promise.all(checked.map((exchange) => hasAddress(exchange.exchange, resolver)));
  if (found.includes(true)) return 'deliverable';
  // Exchanges left unchecked, or a failed lookup, leave the answer open.
  if (found.includes(undefined) || named.length > checked.length) return 'dns-error';
  return 'no-mail-host';
}

/** The delivery verdict of each distinct host, looked up concurrently; hosts past the bound are `not-checked`. */
export async function reportDeliveries(
  hosts: readonly string[],
  resolver: Resolver,
): Promise<Map<string, ReportDelivery>> {
  const distinct = [...new Set(hosts)];
  const checked = distinct.slice(0, MAX_REPORT_HOSTS);
  // Destinations often share an exchange: each name and type is asked once per check.
  const asked = new Map<string, Promise<DnsResult<RecordType>>>();
  const once: Resolver = {
    resolve<T extends RecordType>(name: string, type: T, options?: LookupOptions): Promise<DnsResult<T>> {
      const key = `${type} ${name}`;
      let pending = asked.get(key);
      if (!pending) {
        pending = resolver.resolve(name, type, options);
        asked.set(key, pending);
      }
      return pending as Promise<DnsResult<T>>;
    },
  };
  const verdicts = await mapBounded(checked, MAX_REPORT_HOSTS, (host) => reportDelivery(host, once));
  const out = new Map<string, ReportDelivery>();
  for (const [index, host] of checked.entries()) out.set(host, verdicts[index]!);
  for (const host of distinct.slice(MAX_REPORT_HOSTS)) out.set(host, 'not-checked');
  return out;
}
