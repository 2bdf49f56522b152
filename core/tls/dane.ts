import type { TlsaData } from '../dns/types.js';
import type { TlsaRecordInfo, TlsProblem } from './types.js';

/** Hex digits of each digest matching type (RFC 6698 §2.1.3: 1 = SHA2-256, 2 = SHA2-512). */
const DIGEST_HEX: Record<number, number> = { 1: 64, 2: 128 };

/** The symbolic names of TLSA parameters (RFC 7218), for messages. */
const USAGES: Record<number, string> = { 0: 'PKIX-TA', 1: 'PKIX-EE', 2: 'DANE-TA', 3: 'DANE-EE' };

/** A TLSA record as text, "3 1 1 <data>" (the data shortened). */
export function tlsaText(record: TlsaData): string {
  const data = record.data.length > 16 ? `${record.data.slice(0, 16)}…` : record.data;
  return `${record.usage} ${record.selector} ${record.matchingType} ${data}`;
}

/**
 * Judges one TLSA record for SMTP (RFC 7672 §3.1): usable when its usage is DANE-TA(2) or DANE-EE(3), its selector
 * Cert(0) or SPKI(1), its matching type Full(0), SHA2-256(1) or SHA2-512(2), and a digest has its length (RFC 6698
 * §2.1); recommended when it is "3 1 1" or "2 0 1".
 */
export function judgeTlsa(record: TlsaData): { info: TlsaRecordInfo; problems: TlsProblem[] } {
  const problems: TlsProblem[] = [];
  const text = tlsaText(record);
  const { usage, selector, matchingType, data } = record;
  // RFC 7672 §3.1.3: PKIX-TA(0) and PKIX-EE(1) SHOULD NOT be published; SMTP clients treat them as unusable.
  if (usage === 0 || usage === 1) {
    problems.push({
      id: 'dane.pkix-usage',
      message: `TLSA ${text} has usage ${usage} (${USAGES[usage]}), which SMTP clients treat as unusable.`,
    });
  }
  const wrong: string[] = [];
  if (usage !== 0 && usage !== 1 && usage !== 2 && usage !== 3) wrong.push(`usage ${usage} is not defined`);
  if (selector !== 0 && selector !== 1) wrong.push(`selector ${selector} is not defined`);
  if (matchingType !== 0 && matchingType !== 1 && matchingType !== 2)
    wrong.push(`matching type ${matchingType} is not defined`);
  const expected = DIGEST_HEX[matchingType];
  if (expected !== undefined && data.length !== expected) {
    wrong.push(`its data is ${data.length / 2} octets, not the ${expected / 2} of a SHA2-${expected * 4} digest`);
  }
  if (wrong.length > 0) problems.push({ id: 'dane.unusable-record', message: `TLSA ${text}: ${wrong.join('; ')}.` });
  const usable = (usage === 2 || usage === 3) && wrong.length === 0;
  const recommended =
    usable && matchingType === 1 && ((usage === 3 && selector === 1) || (usage === 2 && selector === 0));
  if (usable && !recommended) {
    problems.push({
      id: 'dane.not-recommended',
      message: `TLSA ${text} is usable, but "3 1 1" or "2 0 1" are the recommended parameters.`,
    });
  }
  return { info: { usage, selector, matchingType, data, usable, recommended }, problems };
}

/**
 * Judges a host's TLSA RRset: each record (`judgeTlsa`), and whether a digest record set includes SHA2-256, which every
 * client supports (RFC 7672 §3.1: a SHA2-256 record SHOULD be published along with any other digest).
 */
export function judgeTlsaSet(records: readonly TlsaData[]): { infos: TlsaRecordInfo[]; problems: TlsProblem[] } {
  const judged = records.map(judgeTlsa);
  const infos = judged.map((entry) => entry.info);
  const problems = judged.flatMap((entry) => entry.problems);
  const digests = infos.filter((info) => info.usable && info.matchingType !== 0);
  if (digests.length > 0 && !digests.some((info) => info.matchingType === 1)) {
    problems.push({
      id: 'dane.no-sha256',
      message: `The TLSA records use only SHA2-512 digests; clients that support only SHA2-256 cannot match them.`,
    });
  }
  return { infos, problems };
}
