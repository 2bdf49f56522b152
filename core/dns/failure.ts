import type { DnsError, RecordType } from './types.js';

/**
 * Who failed when a lookup could not be answered:
 * - `resolver` — the DoH server the checker asks (RFC 8484): an HTTP status, no connection, a wrong content type,
 *   an undecodable or mismatched message, or no answer in time. Nothing is known about the domain's DNS.
 * - `domain` — the domain's own DNS, as the resolver relayed it: SERVFAIL, REFUSED or another RCODE (RFC 1035
 *   §4.1.1), a CNAME chain that loops, or a name built from its records that DNS cannot carry.
 * - `limit` — the check's own bounds (its query budget or deadline) ended the lookup.
 */
export type DnsFailureCause = 'resolver' | 'domain' | 'limit';

/** The cause of a failed lookup (see `DnsFailureCause`). */
export function dnsFailureCause(error: Pick<DnsError, 'code'>): DnsFailureCause {
  switch (error.code) {
    case 'servfail':
    case 'refused':
    case 'rcode':
    case 'cname-chain':
    case 'invalid-name':
      return 'domain';
    case 'timeout':
    case 'network':
    case 'bad-response':
      return 'resolver';
    case 'budget-exhausted':
    case 'deadline':
      return 'limit';
  }
}

/** A failed lookup's cause and the fix that fits it, to spread into `createFinding`'s options. */
export interface DnsFailure {
  cause: DnsFailureCause;
  fix: string;
}

/** The words for an error's code and reason, as in "failed (bad-response: http-status)". */
export function dnsErrorLabel(error: Pick<DnsError, 'code' | 'reason'>): string {
  return error.reason ? `${error.code}: ${error.reason}` : error.code;
}

/**
 * The cause of a failed lookup and a fix that fits it: the checker's DoH server is the operator's to fix, the
 * domain's name servers the domain owner's, a bound of the check nobody's but time's.
 */
export function describeDnsFailure(error: Pick<DnsError, 'code' | 'reason'>, type?: RecordType): DnsFailure {
  return describeDnsFailureCause(dnsFailureCause(error), { type, label: dnsErrorLabel(error) });
}

/**
 * The fix that fits a cause, for a failure known only by its cause (one section's lookups failed, and another that
 * needs their answer reports it): `type` names the queries, `label` the error, when known.
 */
export function describeDnsFailureCause(
  cause: DnsFailureCause,
  { type, label }: { type?: RecordType | undefined; label?: string | undefined } = {},
): DnsFailure {
  const what = type ? `${type} queries` : 'queries';
  switch (cause) {
    case 'resolver':
      return {
        cause,
        fix:
          "The DoH server this check asks failed, not the domain's DNS: check that the DoH endpoint (the Action's " +
          "doh-url, the CLI's --doh-url, the Worker's DOH_URL) is up and answers RFC 8484 queries with " +
          'application/dns-message, then run the check again.',
      };
    case 'domain':
      return {
        cause,
        fix:
          `The domain's DNS failed (${label ? `${label}, ` : ''}relayed by the resolver): check that every name server ` +
          `of the zone answers ${what} for the names listed (and that its DNSSEC validates), then run the check again.`,
      };
    case 'limit':
      return {
        cause,
        fix:
          'The check reached its own bound (15 s or 300 queries for a whole domain) before DNS answered: run it ' +
          'again; if it repeats, the records need too many lookups or their servers answer too slowly.',
      };
  }
}
