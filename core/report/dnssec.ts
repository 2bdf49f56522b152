import { type DnssecSeen, type LookupSession, scopeSession } from '../dns/session.js';
import type { Section, SectionStatus } from '../finding.js';

/**
 * Whether the DNS answers a section rests on were DNSSEC-validated by the resolver (its AD flag, RFC 4035 §3.2.3):
 * `validated` — every one; `not validated` — none; `mixed` — some were and some were not (an SPF include into an
 * unsigned zone); `unknown` — the section is in `error` (DNS failed, so what it rests on is not known) or got no
 * answer at all. A lookup that failed is no answer and is not counted; an unknown is never `validated`.
 */
export type DnssecState = 'validated' | 'not validated' | 'mixed' | 'unknown';

/** The DNSSEC states, in the order docs and schemas list them. */
export const DNSSEC_STATES: readonly DnssecState[] = ['validated', 'not validated', 'mixed', 'unknown'];

/** Each state in one sentence for people, as the report page and the CLI say it. */
export const DNSSEC_SENTENCES: Readonly<Record<DnssecState, string>> = {
  validated: 'Every DNS answer this check rests on was DNSSEC-validated by the resolver.',
  'not validated':
    'No DNS answer this check rests on was DNSSEC-validated (the zones are not signed, or the resolver does not validate).',
  mixed: 'Some DNS answers this check rests on were DNSSEC-validated and some were not.',
  unknown: 'Not known: DNS did not answer this check.',
};

/** A section as reports and the API carry it: the one section shape, with the DNSSEC state of its answers. */
export type ReportSection<Data = unknown> = Section<Data> & { dnssec: DnssecState };

/**
 * The DNSSEC state of a section of `status` from what its lookups saw (its own, and those of the sections it read:
 * ptr and tls rest on mx's hosts and addresses too).
 */
export function dnssecState(status: SectionStatus, seen: readonly DnssecSeen[]): DnssecState {
  if (status === 'error') return 'unknown';
  const validated = seen.some((one) => one.validated);
  const unvalidated = seen.some((one) => one.unvalidated);
  if (validated && unvalidated) return 'mixed';
  if (validated) return 'validated';
  return unvalidated ? 'not validated' : 'unknown';
}

/**
 * Runs one check in its own scope of `session` and adds its `dnssec` state: what the single-protocol endpoints use,
 * so their `result` is the report's section shape.
 */
export async function withDnssec<S extends Section>(
  session: LookupSession,
  check: (resolver: LookupSession) => Promise<S>,
): Promise<S & { dnssec: DnssecState }> {
  const scope = scopeSession(session);
  const section = await check(scope);
  return { ...section, dnssec: dnssecState(section.status, [scope.seen]) };
}
