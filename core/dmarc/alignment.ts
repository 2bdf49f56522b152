import type { AlignmentMode } from './types.js';

/** Whether an Authenticated Identifier aligns with the Author Domain (RFC 9989 §4.4); `unknown` when it cannot be told. */
export type AlignmentResult = 'aligned' | 'not-aligned' | 'unknown';

/** What `alignIdentifier` is given: the two domains, the mode, and for relaxed mode their Organizational Domains. */
export interface AlignmentInput {
  /** The Author Domain: the RFC5322.From domain (RFC 9989 §4.2). */
  authorDomain: string;
  /** The Authenticated Identifier: the SPF-authenticated MAIL FROM domain or a DKIM `d=` (RFC 9989 §4.4.1, §4.4.2). */
  identifier: string;
  /** `aspf` or `adkim` of the DMARC Policy Record (RFC 9989 §4.7): `r` relaxed (the default) or `s` strict. */
  mode: AlignmentMode;
  /**
   * The Organizational Domains from the DNS Tree Walk (RFC 9989 §4.10.2), needed only for relaxed mode when the two
   * domains differ; `undefined` when the walk could not find it (a DNS failure), which leaves the answer unknown.
   */
  organizationalDomains?: { author: string | undefined; identifier: string | undefined };
}

/** The outcome of `alignIdentifier`, with the reason in words. */
export interface IdentifierAlignment {
  result: AlignmentResult;
  mode: AlignmentMode;
  authorDomain: string;
  identifier: string;
  /** The Organizational Domains compared, for relaxed mode with two different domains. */
  organizationalDomains?: { author: string; identifier: string };
  reason: string;
}

/** Domain names compare without case (RFC 4343) and without a trailing dot. */
const normalize = (name: string) => name.trim().toLowerCase().replace(/\.$/, '');

/**
 * Identifier Alignment (RFC 9989 §4.4): strict mode needs the Authenticated Identifier and the Author Domain to be
 * identical; relaxed mode needs the same Organizational Domain (§4.10.2: one Tree Walk from each, done by the
 * caller). Identical domains align in either mode, with no walk (§4.10.2's note). Pure: it looks nothing up.
 */
export function alignIdentifier(input: AlignmentInput): IdentifierAlignment {
  const authorDomain = normalize(input.authorDomain);
  const identifier = normalize(input.identifier);
  const base = { mode: input.mode, authorDomain, identifier };
  if (authorDomain === identifier) {
    return { ...base, result: 'aligned', reason: `${identifier} is the From domain itself.` };
  }
  if (input.mode === 's') {
    return {
      ...base,
      result: 'not-aligned',
      reason: `Strict alignment needs ${identifier} to be ${authorDomain} exactly (RFC 9989 §4.4).`,
    };
  }
  const author = input.organizationalDomains?.author;
  const other = input.organizationalDomains?.identifier;
  if (author === undefined || other === undefined) {
    return {
      ...base,
      result: 'unknown',
      reason: `The Organizational Domain of ${author === undefined ? authorDomain : identifier} is unknown: its DNS Tree Walk failed.`,
    };
  }
  const organizationalDomains = { author: normalize(author), identifier: normalize(other) };
  if (organizationalDomains.author === organizationalDomains.identifier) {
    return {
      ...base,
      result: 'aligned',
      organizationalDomains,
      reason: `${identifier} and ${authorDomain} share the Organizational Domain ${organizationalDomains.author} (relaxed alignment).`,
    };
  }
  return {
    ...base,
    result: 'not-aligned',
    organizationalDomains,
    reason: `${identifier} (Organizational Domain ${organizationalDomains.identifier}) and ${authorDomain} (${organizationalDomains.author}) do not share an Organizational Domain (RFC 9989 §4.4).`,
  };
}
