import { deepFreeze } from './freeze.js';
import { canonicalName, checkQueryName } from './name.js';
import type { DnsRecord, DnsResult, MxData, RecordDataMap, RecordType, Resolver, TlsaData } from './types.js';
import { MAX_CNAME_CHAIN } from './wire.js';

/** Records at one owner name, in the form zone fixtures are written. */
export interface RecordSet {
  A?: string[];
  AAAA?: string[];
  CNAME?: string;
  MX?: Array<[preference: number, exchange: string]>;
  NS?: string[];
  PTR?: string[];
  /** TLSA records (RFC 6698 §2.1): usage, selector, matching type, certificate association data in hex. */
  TLSA?: Array<[usage: number, selector: number, matchingType: number, data: string]>;
  /** Each entry is one TXT record: a string, or its character-strings when it has several. */
  TXT?: Array<string | string[]>;
  /** TTL of every record here; 300 when absent. */
  ttl?: number;
  /** Lookups of any type not listed in this set fail with this error (used by test suites for "TIMEOUT"). */
  error?: 'timeout' | 'servfail';
}

/** DNS data: the zones (apexes) it belongs to and its records by absolute owner name. */
export interface ZoneData {
  /** Zone apexes; names outside all of them are REFUSED. Empty: every name is inside. */
  zones: string[];
  /**
   * Zone apexes (of `zones`) that are DNSSEC-signed: answers from them carry the AD flag, as a validating resolver
   * sets it (RFC 4035 §3.2.3). Absent: no zone is signed.
   */
  signed?: string[];
  records: Record<string, RecordSet>;
}

/** An in-memory resolver that also records the queries it was asked. */
export interface MemoryResolver extends Resolver {
  /** Every query, in order, as `TYPE name` (empty when `recordCalls` is false). */
  readonly calls: string[];
}

/** Options of `createMemoryResolver`. */
export interface MemoryResolverOptions {
  /** Record every query in `calls` (default true); benchmarks turn it off. */
  recordCalls?: boolean;
}

const DEFAULT_TTL = 300;
const encoder = new TextEncoder();

/**
 * Splits a TXT value into character-strings of at most 255 octets (RFC 1035 §3.3.14), as a zone file loader does;
 * a value given as several strings keeps its split.
 */
export function txtStrings(value: string | string[]): string[] {
  if (Array.isArray(value)) return value;
  const bytes = encoder.encode(value);
  if (bytes.length <= 255) return [value];
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of value) {
    const length = encoder.encode(char).length;
    if (size + length > 255) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts;
}

/** The records of one set as `DnsRecord`s, for the memory resolver and the zone-file writer alike. */
export function recordsOf(owner: string, set: RecordSet): DnsRecord[] {
  const name = canonicalName(owner);
  const ttl = set.ttl ?? DEFAULT_TTL;
  const out: DnsRecord[] = [];
  const push = <T extends RecordType>(type: T, data: RecordDataMap[T]) => out.push({ name, type, ttl, data });
  for (const address of set.A ?? []) push('A', address);
  for (const address of set.AAAA ?? []) push('AAAA', address);
  if (set.CNAME !== undefined) push('CNAME', canonicalName(set.CNAME));
  for (const [preference, exchange] of set.MX ?? []) {
    push('MX', { preference, exchange: exchange === '.' ? '' : canonicalName(exchange) } satisfies MxData);
  }
  for (const host of set.NS ?? []) push('NS', canonicalName(host));
  for (const host of set.PTR ?? []) push('PTR', canonicalName(host));
  for (const [usage, selector, matchingType, data] of set.TLSA ?? []) {
    push('TLSA', { usage, selector, matchingType, data: data.toLowerCase() } satisfies TlsaData);
  }
  for (const value of set.TXT ?? []) {
    const strings = txtStrings(value);
    // A copy: answers are frozen, and the caller's fixture arrays must stay theirs.
    push('TXT', { strings: [...strings], text: strings.join('') });
  }
  return out;
}

/** Merges several fixtures into one; two fixtures defining the same owner name is a mistake and throws. */
export function mergeZoneData(...parts: ZoneData[]): ZoneData {
  const merged: ZoneData = { zones: [], records: {} };
  const signed: string[] = [];
  for (const part of parts) {
    for (const zone of part.zones) {
      const apex = canonicalName(zone);
      if (!merged.zones.includes(apex)) merged.zones.push(apex);
    }
    for (const zone of part.signed ?? []) {
      const apex = canonicalName(zone);
      if (!signed.includes(apex)) signed.push(apex);
    }
    for (const [owner, set] of Object.entries(part.records)) {
      const name = canonicalName(owner);
      if (merged.records[name]) throw new Error(`Two fixtures define records at ${name}.`);
      merged.records[name] = set;
    }
  }
  if (signed.length > 0) merged.signed = signed;
  return merged;
}

const within = (name: string, apex: string) => name === apex || name.endsWith(`.${apex}`);

/**
 * Creates a resolver over in-memory zone data with the semantics of an authoritative server: NXDOMAIN for names
 * that do not exist, NODATA for names that exist (including empty non-terminals, RFC 8020) without the type asked,
 * wildcards (RFC 4592), CNAME chains followed (bounded), REFUSED outside the zones. It records every query.
 */
export function createMemoryResolver(data: ZoneData, options: MemoryResolverOptions = {}): MemoryResolver {
  const zones = data.zones.map(canonicalName);
  const signed = (data.signed ?? []).map(canonicalName);
  // The AD flag of an answer: whether the zone holding the name asked for is signed (the longest matching apex).
  const authenticatedFor = (name: string) => {
    let best: string | undefined;
    for (const apex of zones) if (within(name, apex) && (!best || apex.length > best.length)) best = apex;
    return best !== undefined ? signed.includes(best) : signed.some((apex) => within(name, apex));
  };
  const owners = new Map<string, { set: RecordSet; records: DnsRecord[] }>();
  for (const [owner, set] of Object.entries(data.records)) {
    owners.set(canonicalName(owner), { set, records: recordsOf(owner, set) });
  }
  // A name exists when it owns records or when any name below it does (an empty non-terminal).
  const existing = new Set<string>();
  for (const owner of owners.keys()) {
    const labels = owner.split('.');
    for (let i = 0; i < labels.length; i++) existing.add(labels.slice(i).join('.'));
  }
  const calls: string[] = [];

  /** The owner entry that answers for `name`: itself, or the wildcard at its closest encloser. */
  function lookupOwner(name: string) {
    const exact = owners.get(name);
    if (exact || existing.has(name)) return exact ? { entry: exact, wildcard: false } : undefined;
    const labels = name.split('.');
    for (let i = 1; i < labels.length; i++) {
      const encloser = labels.slice(i).join('.');
      if (existing.has(encloser)) {
        const wildcard = owners.get(`*.${encloser}`);
        return wildcard ? { entry: wildcard, wildcard: true } : undefined;
      }
    }
    return undefined;
  }

  /** The answer to one query, worked out from the zone data. */
  function answer<T extends RecordType>(asked: string, type: T): DnsResult<T> {
    const invalid = checkQueryName(asked);
    if (invalid)
      return {
        status: 'error',
        name: asked,
        type,
        error: { code: 'invalid-name', transient: false, message: invalid },
      };
    const cnames: string[] = [];
    let current = asked;
    for (;;) {
      if (zones.length > 0 && !zones.some((apex) => within(current, apex))) {
        return {
          status: 'error',
          name: asked,
          type,
          error: { code: 'refused', transient: false, message: 'The resolver answered REFUSED.' },
        };
      }
      const found = lookupOwner(current);
      // Object literals, not spreads of a shared base: V8 clones a spread and then adds properties slowly.
      const negative = (status: 'nodata' | 'nxdomain'): DnsResult<T> => ({
        status,
        name: asked,
        type,
        authenticated: authenticatedFor(asked),
        cnames,
        ttl: DEFAULT_TTL,
      });
      if (!found) return negative(existing.has(current) ? 'nodata' : 'nxdomain');
      const owner = current;
      const records = found.entry.records
        .filter((record) => record.type === type)
        .map((record) => ({ name: owner, type: record.type, ttl: record.ttl, data: record.data })) as DnsRecord<T>[];
      if (records.length > 0) {
        let ttl = Number.POSITIVE_INFINITY;
        for (const record of records) ttl = Math.min(ttl, record.ttl);
        return { status: 'answer', name: asked, type, authenticated: authenticatedFor(asked), cnames, ttl, records };
      }
      const { set } = found.entry;
      if (set.error && !(type in set)) {
        return {
          status: 'error',
          name: asked,
          type,
          error:
            set.error === 'timeout'
              ? { code: 'timeout', transient: true, message: 'No answer within the timeout.' }
              : { code: 'servfail', transient: true, message: 'The resolver answered SERVFAIL.' },
        };
      }
      if (set.CNAME === undefined || type === 'CNAME') return negative('nodata');
      const target = canonicalName(set.CNAME);
      if (target === asked || cnames.includes(target) || cnames.length >= MAX_CNAME_CHAIN) {
        return {
          status: 'error',
          name: asked,
          type,
          error: {
            code: 'cname-chain',
            transient: false,
            message: `The CNAME chain from ${asked} loops or is too long.`,
          },
        };
      }
      cnames.push(target);
      current = target;
    }
  }

  // Answers are worked out once per query and kept, as an authoritative server keeps its zone compiled: a lookup costs
  // a map read (one map per type, keyed by name) and hands out the same settled promise. Answers are frozen, so a
  // caller that changed a result it was given would fail loudly, not corrupt the next one.
  const answers = new Map<RecordType, Map<string, Promise<DnsResult>>>();
  const record = options.recordCalls !== false;
  function resolve<T extends RecordType>(name: string, type: T): Promise<DnsResult<T>> {
    const asked = canonicalName(name);
    if (record) calls.push(`${type} ${asked}`);
    let byName = answers.get(type);
    if (!byName) {
      byName = new Map();
      answers.set(type, byName);
    }
    let result = byName.get(asked);
    if (!result) {
      result = Promise.resolve(deepFreeze(answer(asked, type)));
      byName.set(asked, result);
    }
    return result as Promise<DnsResult<T>>;
  }

  return { resolve, calls };
}
