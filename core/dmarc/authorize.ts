import { checkQueryName } from '../dns/name.js';
import { isDmarcRecord } from './parse.js';
import type { TxtLookup } from './txt-lookup.js';
import type { DmarcRecord, ReportDestination, ReportUri } from './types.js';

const isWithin = (name: string, ancestor: string) => name === ancestor || name.endsWith(`.${ancestor}`);

/** The name that authorizes an external destination: `<policy-domain>._report._dmarc.<destination-host>`. */
export function authorizationName(policyDomain: string, host: string): string {
  return `${policyDomain}._report._dmarc.${host}`;
}

async function verify(
  kind: 'rua' | 'ruf',
  uri: ReportUri,
  policyDomain: string,
  organizationalDomain: string,
  lookup: TxtLookup,
): Promise<ReportDestination> {
  if (uri.host === undefined) return { ...uri, kind, authorization: 'not-checkable' };
  if (isWithin(uri.host, organizationalDomain)) return { ...uri, kind, authorization: 'internal' };
  const name = authorizationName(policyDomain, uri.host);
  if (checkQueryName(name) !== undefined)
    return { ...uri, kind, authorization: 'not-checkable', authorizationName: name };
  const result = await lookup(name);
  if (result.status === 'error') {
    return {
      ...uri,
      kind,
      authorization: 'dns-error',
      authorizationName: name,
      dnsError: { code: result.error.code, message: result.error.message },
    };
  }
  // The authorization record is "v=DMARC1" with an optional ";" (and possibly other tags); a wildcard owner
  // (*._report._dmarc.<host>) answers for every policy domain. None, or several, is no positive determination.
  const texts = result.status === 'answer' ? result.records.map((record) => record.data.text) : [];
  const authorized = texts.filter(isDmarcRecord).length === 1;
  return { ...uri, kind, authorization: authorized ? 'authorized' : 'unauthorized', authorizationName: name };
}

/**
 * Checks every rua and ruf destination of a record (RFC 9990, Verifying External Destinations, as RFC 7489 §7.1):
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
  const [rua, ruf] = await Promise.all([
    Promise.all(record.rua.map((uri) => verify('rua', uri, policyDomain, organizationalDomain, lookup))),
    Promise.all(record.ruf.map((uri) => verify('ruf', uri, policyDomain, organizationalDomain, lookup))),
  ]);
  return { rua, ruf };
}
