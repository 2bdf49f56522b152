import * as packet from '@leichtgewicht/dns-packet';
import { canonicalName } from './name.js';
import type { DnsError, DnsRecord, DnsResult, RecordDataMap, RecordType, SoaData, TlsaData, TxtData } from './types.js';

/** Longest CNAME chain followed before giving up (RFC 1034 §3.6.2 only says "bounded"; resolvers use 8–16). */
export const MAX_CNAME_CHAIN = 12;

// Not fatal (the default): invalid UTF-8 becomes U+FFFD, which the parsers then reject as non-ASCII.
const decoder = new TextDecoder('utf-8');

/** Builds an RFC 8484 §4.1 query: ID 0 for cache friendliness, RD set, and EDNS(0) with a 1232-octet payload. */
export function encodeQuery(name: string, type: RecordType): Uint8Array {
  return packet.encode({
    type: 'query',
    id: 0,
    // RFC 6840 §5.7: setting AD in a query asks the resolver to report whether it validated the answer.
    flags: packet.RECURSION_DESIRED | packet.AUTHENTIC_DATA,
    questions: [{ type, name, class: 'IN' }],
    additionals: [{ type: 'OPT', name: '.', udpPayloadSize: 1232, flags: 0, options: [] } as unknown as packet.Answer],
  });
}

/** Encodes bytes as unpadded base64url, the form RFC 8484 §4.1.1 requires in `?dns=`. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A decoded response reduced to what the resolver needs, or why it could not be used. */
export type DecodedResponse =
  | {
      ok: true;
      rcode: string;
      authenticated: boolean;
      recursionAvailable: boolean;
      answers: DnsRecord[];
      negativeTtl: number;
    }
  | { ok: false; error: DnsError };

const bad = (reason: DnsError['reason'], message: string): DecodedResponse => ({
  ok: false,
  error: { code: 'bad-response', reason, transient: false, message },
});

/**
 * Reads TLSA RDATA (RFC 6698 §2.1), which the packet library hands over as raw bytes: three one-octet fields and the
 * certificate association data. Fewer than four octets is no TLSA record (the data field is not empty, §2.1.4).
 */
function tlsaData(data: unknown): TlsaData | undefined {
  if (!(data instanceof Uint8Array) || data.length < 4) return undefined;
  let hex = '';
  for (let i = 3; i < data.length; i++) hex += data[i]!.toString(16).padStart(2, '0');
  return { usage: data[0]!, selector: data[1]!, matchingType: data[2]!, data: hex };
}

function txtData(data: unknown): TxtData {
  const parts = Array.isArray(data) ? data : [data];
  const strings = parts.map((part) => (typeof part === 'string' ? part : decoder.decode(part as Uint8Array)));
  return { strings, text: strings.join('') };
}

// Plain literals: V8 takes a slow path for a literal that opens with a spread and adds fields (per record, it counts).
function convertRecord(answer: packet.Answer): DnsRecord | undefined {
  const base = { name: canonicalName(answer.name), ttl: answer.ttl ?? 0 };
  switch (answer.type) {
    case 'A':
    case 'AAAA':
      return { name: base.name, type: answer.type, ttl: base.ttl, data: answer.data };
    case 'CNAME':
    case 'NS':
    case 'PTR':
      return { name: base.name, type: answer.type, ttl: base.ttl, data: canonicalName(answer.data) };
    case 'MX':
      return {
        name: base.name,
        type: 'MX',
        ttl: base.ttl,
        data: { preference: answer.data.preference ?? 0, exchange: canonicalName(answer.data.exchange) },
      };
    case 'TXT':
      return { name: base.name, type: 'TXT', ttl: base.ttl, data: txtData(answer.data) };
    case 'TLSA': {
      const data = tlsaData(answer.data);
      return data ? { name: base.name, type: 'TLSA', ttl: base.ttl, data } : undefined;
    }
    case 'SOA': {
      const soa = answer.data;
      const data: SoaData = {
        mname: canonicalName(soa.mname),
        rname: canonicalName(soa.rname),
        serial: soa.serial ?? 0,
        refresh: soa.refresh ?? 0,
        retry: soa.retry ?? 0,
        expire: soa.expire ?? 0,
        minimum: soa.minimum ?? 0,
      };
      return { name: base.name, type: 'SOA', ttl: base.ttl, data };
    }
    default:
      return undefined;
  }
}

/**
 * Decodes a DNS response and checks that it answers the query sent (RFC 1035 §4.1.1: same ID, QR set, same
 * question; RFC 8484 §4.2: TC is meaningless over HTTP and makes the answer unusable).
 */
export function decodeResponse(bytes: Uint8Array, name: string, type: RecordType): DecodedResponse {
  let decoded: packet.Packet;
  try {
    decoded = packet.decode(bytes);
  } catch (error) {
    return bad('undecodable', `The DoH body is not a DNS message (${(error as Error).message}).`);
  }
  if (decoded.type !== 'response') return bad('undecodable', 'The DoH body is a DNS query, not a response.');
  if (decoded.id !== 0) return bad('id-mismatch', `The response ID ${decoded.id} does not match the query ID 0.`);
  const question = decoded.questions?.[0];
  if (
    decoded.questions?.length !== 1 ||
    !question ||
    canonicalName(question.name) !== canonicalName(name) ||
    question.type !== type
  ) {
    return bad('question-mismatch', `The response answers another question than ${type} ${name}.`);
  }
  const flags = decoded.flags ?? 0;
  if (flags & packet.TRUNCATED_RESPONSE) return bad('truncated', 'The response has the TC (truncated) flag set.');
  const answers: DnsRecord[] = [];
  for (const answer of decoded.answers ?? []) {
    const record = convertRecord(answer);
    if (record) answers.push(record);
  }
  let negativeTtl = 0;
  for (const authority of decoded.authorities ?? []) {
    if (authority.type === 'SOA') {
      // RFC 2308 §5: a negative answer may be cached for min(SOA TTL, SOA MINIMUM).
      negativeTtl = Math.min(authority.ttl ?? 0, authority.data.minimum ?? 0);
    }
  }
  return {
    ok: true,
    rcode: String((decoded as { rcode?: string }).rcode ?? 'NOERROR'),
    authenticated: (flags & packet.AUTHENTIC_DATA) !== 0,
    recursionAvailable: (flags & packet.RECURSION_AVAILABLE) !== 0,
    answers,
    negativeTtl,
  };
}

/** Where a response leaves a CNAME chain: the result, or a target the server did not follow. */
export type ChainOutcome<T extends RecordType> =
  | { done: true; result: DnsResult<T> }
  | { done: false; target: string; cnames: string[]; ttl: number; authenticated: boolean };

/**
 * Follows the CNAME chain inside one response from `name` (RFC 1034 §3.6.2) and collects the records of `type` at its
 * end. When the chain leaves the data the server returned (an authoritative server does not chase a target outside
 * its zones), the caller is told the target to ask next.
 */
export function followChain<T extends RecordType>(
  response: Extract<DecodedResponse, { ok: true }>,
  name: string,
  type: T,
  previous: string[] = [],
): ChainOutcome<T> {
  const cnames = [...previous];
  let current = canonicalName(name);
  const seen = new Set<string>([current, ...previous]);
  let ttl = Number.POSITIVE_INFINITY;
  for (;;) {
    const records = response.answers.filter((r) => r.name === current && r.type === type) as DnsRecord<T>[];
    if (records.length > 0) {
      for (const record of records) ttl = Math.min(ttl, record.ttl);
      return {
        done: true,
        result: {
          status: 'answer',
          name: canonicalName(name),
          type,
          records,
          authenticated: response.authenticated,
          cnames,
          ttl,
        },
      };
    }
    if (type === 'CNAME') break;
    const alias = response.answers.find((r) => r.name === current && r.type === 'CNAME') as
      | DnsRecord<'CNAME'>
      | undefined;
    if (!alias) break;
    ttl = Math.min(ttl, alias.ttl);
    const target = alias.data as RecordDataMap['CNAME'];
    if (seen.has(target) || cnames.length >= MAX_CNAME_CHAIN) {
      return {
        done: true,
        result: {
          status: 'error',
          name: canonicalName(name),
          type,
          error: {
            code: 'cname-chain',
            transient: false,
            message: seen.has(target)
              ? `The CNAME chain from ${name} loops at ${target}.`
              : `The CNAME chain from ${name} is longer than ${MAX_CNAME_CHAIN}.`,
          },
        },
      };
    }
    seen.add(target);
    cnames.push(target);
    current = target;
  }
  const finiteTtl = Number.isFinite(ttl) ? ttl : response.negativeTtl;
  const negativeTtl = Math.min(finiteTtl, response.negativeTtl || finiteTtl);
  if (cnames.length > previous.length && !response.recursionAvailable && response.rcode === 'NOERROR') {
    return { done: false, target: current, cnames, ttl: finiteTtl, authenticated: response.authenticated };
  }
  // RFC 6604 §3: with a CNAME chain, the RCODE describes the last name in the chain.
  const status: 'nxdomain' | 'nodata' = response.rcode === 'NXDOMAIN' ? 'nxdomain' : 'nodata';
  const result = {
    status,
    name: canonicalName(name),
    type,
    authenticated: response.authenticated,
    cnames,
    ttl: negativeTtl,
  };
  return { done: true, result };
}

/** Maps a non-NOERROR, non-NXDOMAIN RCODE to an error (RFC 1035 §4.1.1, RFC 6895 §2.3). */
export function rcodeError(rcode: string): DnsError {
  switch (rcode) {
    case 'SERVFAIL':
      return { code: 'servfail', transient: true, message: 'The resolver answered SERVFAIL.' };
    case 'REFUSED':
      return { code: 'refused', transient: false, message: 'The resolver answered REFUSED.' };
    default:
      return { code: 'rcode', transient: false, message: `The resolver answered ${rcode}.` };
  }
}
