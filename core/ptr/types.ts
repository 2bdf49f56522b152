import type { IpError } from '../dns/reverse-name.js';
import type { DnsErrorCode } from '../dns/types.js';
import type { Finding, Section, SectionStatus } from '../finding.js';

/** Where an address to check came from: an MX host of the domain, or a sending IP the user named. */
export type PtrSource = 'mx' | 'sending';

/** An address for the PTR section, with its origin. */
export interface PtrTarget {
  ip: string;
  source: PtrSource;
  /** The MX host it belongs to, for `source: 'mx'`. */
  host?: string;
}

/** The forward lookup of one PTR name. */
export interface PtrForward {
  name: string;
  /** The A (IPv4) or AAAA (IPv6) addresses of the name. */
  addresses: string[];
  /** Whether `addresses` holds the checked IP. */
  confirmed: boolean;
  /** When the name is an alias: the canonical name its CNAME chain ends at (RFC 1912 §2.1 wants the host itself). */
  alias?: string;
  error?: DnsErrorCode;
}

/**
 * What reverse DNS found for one address, with that address's own verdict: an item of the ptr section's `results`.
 * `checkPtr` returns the same as a section (`PtrCheck`), its verdict fields apart from the rest, its `data`.
 */
export interface PtrAddressResult {
  /** What was asked, as given. */
  input: string;
  /** Set when the input is not an IP address (no lookup was made). */
  error?: IpError;
  ip?: string;
  version?: 4 | 6;
  reverseName?: string;
  source?: PtrSource;
  /** The MX host the address belongs to. */
  host?: string;
  status: SectionStatus;
  summary: string;
  findings: Finding[];
  /** The PTR records as published: "<reverse name> PTR <name>". */
  records: string[];
  /** The PTR names (at most the bound). */
  names: string[];
  /** PTR names beyond the bound, not looked up. */
  skippedNames: number;
  forward: PtrForward[];
  /** Forward-confirmed reverse DNS: a PTR name resolves back to the address. */
  fcrdns: boolean;
  /** The PTR name that confirmed, when one did. */
  confirmedName?: string;
  /** The name looks like an ISP's generic (dynamic/residential) name. */
  generic: boolean;
}

/** An MX host address whose reverse DNS was not checked, and why. */
export interface PtrOmitted {
  ip: string;
  /** The MX host it belongs to. */
  host?: string;
  /** `provider`: a recognised mailbox provider runs the host and keeps its PTR; `budget`: the fetch budget ran out. */
  reason: 'provider' | 'budget';
  /** The provider's name, for `provider`. */
  provider?: string;
}
/** The data of `checkPtr`'s result: one address's reverse names, their forward lookups and FCrDNS. */
export type PtrAddressData = Omit<PtrAddressResult, 'status' | 'summary' | 'findings' | 'records'>;

/** The result of `checkPtr`: the reverse DNS of one address as a section. */
export type PtrCheck = Section<PtrAddressData>;

/** The data of the report's ptr section. */
export interface PtrSectionData {
  /** One entry per address checked, sending IPs first. */
  results: PtrAddressResult[];
  /** Addresses beyond the bound, not checked. */
  skipped: string[];
  /** MX host addresses left out on purpose (a mailbox provider's) or cut by the fetch budget. */
  omitted: PtrOmitted[];
}

/** The result of `checkPtrSection`, the report's ptr section. */
export type PtrSection = Section<PtrSectionData>;
