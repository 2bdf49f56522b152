import type { DnsErrorCode } from '../dns/types.js';
import type { Section } from '../finding.js';

/** One mail exchanger and the addresses it resolves to (RFC 5321 §5.1). */
export interface MxHost {
  /** The exchange name; for an implicit MX, the domain itself. */
  exchange: string;
  preference: number;
  /** A and AAAA addresses, IPv4 first. */
  addresses: string[];
  /** The end of the CNAME chain, when the exchange is an alias (RFC 2181 §10.3 forbids it). */
  cnameTarget?: string;
  /** Why the addresses are unknown: a lookup failed. */
  error?: DnsErrorCode;
  /**
   * The mailbox provider that publishes this host name for every customer (core/providers.ts `mxHosts`): its
   * addresses were not looked up (`addresses` is empty), as they are the provider's to keep (`mx.provider-hosts`).
   */
  provider?: string;
}

/** The data of `checkMx`'s result (the report's mx section): null or implicit MX, and the hosts looked up. */
export interface MxCheckData {
  /** The domain declares it accepts no mail (RFC 7505). */
  nullMx: boolean;
  /** No MX: mail goes to the domain's own address (RFC 5321 §5.1). */
  implicit: boolean;
  /** The hosts looked up, by preference; at most `maxHosts` of them. */
  hosts: MxHost[];
  /** MX records beyond the bound, not looked up. */
  skippedHosts: number;
}

/**
 * The result of `checkMx`, also the report's mx section; `records` are the MX records as published, e.g.
 * "10 mx1.example.com" ("0 ." for a null MX).
 */
export type MxCheck = Section<MxCheckData>;
