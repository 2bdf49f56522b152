import { checkQueryName } from '../dns/name.js';
import { isDmarcRecord } from './parse.js';
import type { TxtLookup } from './txt-lookup.js';
import type { DmarcRecord, ReportDestination, ReportUri } from './types.js';

const isWithin = (name: string, ancestor: string) => name === ancestor || name.endsWith(`.${ancestor}`);

/** At most this many distinct authorization names are asked per record; destinations past it are `not-checked`. */
export const MAX_AUTHORIZATION_LOOKUPS = 10;

/** The name that authorizes an external destination: `<policy-domain>._report._dmarc.<destination-host>`. */
export function authorizationName(policyDomain: string, host: string): string {
  return `${policyDomain}._report._dmarc.${host}`;
}

/**
 * A destination: the URI's fields, then the verdict. Built field by field: a literal that opens with a spread and
 * goes on is a slow path in V8, and every check builds several of these.
 */
function destination(
  uri: ReportUri,
  kind: 'rua' | 'ruf',
  authorization: ReportDestination['authorization'],
  authorizationName?: string,
): ReportDestination {
  const out: ReportDestination = { uri: uri.uri, scheme: uri.scheme, kind, authorization };
  if (uri.address !== undefined) out.address = uri.address;
  if (uri.host !== undefined) out.host = uri.host;
  if (uri.sizeLimit !== undefined) out.sizeLimit = uri.sizeLimit;
  if (authorizationName !== undefined) out.authorizationName = authorizationName;
  return out;
}

async function verify(
  kind: 'rua' | 'ruf',
  uri: ReportUri,
  policyDomain: string,
  organizationalDomain: string,
  lookup: TxtLookup,
  allowed: (name: string) => boolean,
): Promise<ReportDestination> {
  if (uri.host === undefined) return destination(uri, kind, 'not-checkable');
  if (isWithin(uri.host, organizationalDomain)) return destination(uri, kind, 'internal');
  const name = authorizationName(policyDomain, uri.host);
  // RFC 9990 §4 step 4: a name beyond DNS limits allows no positive determination; no receiver can verify it.
  if (checkQueryName(name) !== undefined) return destination(uri, kind, 'not-checkable', name);
  if (!allowed(name)) return destination(uri, kind, 'not-checked', name);
  const result = await lookup(name);
  if (result.status === 'error') {
    const failed = destination(uri, kind, 'dns-error', name);
    failed.dnsError = { code: result.error.code, message: result.error.message };
    return failed;
  }
  // RFC 9990 §4 steps 6–8: records that do not start with v=DMARC1 (a trailing ";" optional) are discarded; if at
  // least one remains, the destination has authorized the domain. A wildcard owner (*._report._dmarc.<host>)
  // answers for every policy domain.
  const texts = result.status === 'answer' ? result.records.map((record) => record.data.text) : [];
  const authorized = texts.some(isDmarcRecord);
  return destination(uri, kind, authorized ? 'authorized' : 'unauthorized', name);
}

/**
 * Checks every rua and ruf destination of a record (RFC 9990 §4; RFC 9991 §5 applies it to ruf):
 * a destination outside the organizational domain must publish `<policy-domain>._report._dmarc.<host>`. The
 * lookups run concurrently; a DNS failure is `dns-error`, never "unauthorized".
 */
export async function verifyReportDestinations(
  record: DmarcRecord,
  {
    policyDomain,
    organizationalDomain,
    lookup,
  }: { policyDomain: string; organizationalDomain: string; lookup: TxtLookup },
): Promise<{ rua: ReportDestination[]; ruf: ReportDestination[] }> {
  // A record may list thousands of destinations: only the first distinct names are asked (each once, by the lookup).
  const names = new Set<string>();
  const allowed = (name: string) => {
    if (names.has(name)) return true;
    if (names.size >= MAX_AUTHORIZATION_LOOKUPS) return false;
    names.add(name);
    return true;
  };
  const rua = record.rua.map((uri) => verify('rua', uri, policyDomain, organizationalDomain, lookup, allowed));
  const ruf = record.ruf.map((uri) => verify('ruf', uri, policyDomain, organizationalDomain, lookup, allowed));
  return { rua: await Promise.all(rua), ruf: await Promise.all(ruf) };
}
