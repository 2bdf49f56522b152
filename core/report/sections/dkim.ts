import { checkDkim } from '../../dkim/check.js';
import { dkimFindings } from '../../dkim/findings.js';
import type { DkimData } from '../../dkim/types.js';
import { defineSection, type SectionChange } from '../define-section.js';
import { findProviderHints } from '../provider-hints.js';
import { dkimDataSchema } from './dkim.schema.js';

// A domain that signs nothing needs no key: only the absence of keys is relaxed, never a broken key that is published.
const NOT_REQUIRED_WITHOUT_MAIL = new Set(['dkim.no-selector-found', 'dkim.selector-not-found']);

/** The dkim section's data; its JSON Schema (dkim.schema.ts) is generated from this type (npm run schemas). */
export type DkimSectionData = DkimData;

/** The dkim section: the key records at the named and the common selectors (RFC 6376, 8301, 8463). */
export const dkimSection = defineSection<'dkim', DkimSectionData>({
  name: 'dkim',
  label: 'DKIM',
  title: 'DKIM',
  standard: 'RFC 6376, RFC 8301, RFC 8463',
  weight: 25,
  catalogue: dkimFindings,
  dataSchema: dkimDataSchema,
  check: ({ domain, resolver, options }) =>
    checkDkim(domain, {
      resolver,
      selectors: options.selectors,
      discover: options.discoverSelectors,
      // The MX hosts and SPF includes that may name the domain's mail providers (the lookups mx and spf make anyway).
      providerHints: findProviderHints(domain, resolver),
    }),
  notRequiredWithoutMail: (finding) => NOT_REQUIRED_WITHOUT_MAIL.has(finding.id),
  // A guessed selector's failed probe leaves DKIM judged (docs/grading.md), but not against a result that found a key
  // there: whether that key is still published is unknown, so neither its loss nor its return is a change.
  comparable(before, after) {
    const failed = (section: typeof before) =>
      new Set(section.data.selectors.filter((s) => s.dnsError !== undefined).map((s) => s.selector));
    const found = (section: typeof before) => section.data.selectors.filter((s) => s.found).map((s) => s.selector);
    const failedNow = failed(after);
    const failedThen = failed(before);
    return !found(before).some((s) => failedNow.has(s)) && !found(after).some((s) => failedThen.has(s));
  },
  compare(before, after) {
    const changes: SectionChange[] = [];
    const now = new Map(after.data.selectors.map((s) => [s.selector, s]));
    // A selector this check did not look up (a guess the budget cut, or one its providers made needless) is unknown.
    const asked = new Set(after.data.discovery.asked ?? []);
    for (const old of before.data.selectors.filter((s) => s.found)) {
      const current = now.get(old.selector);
      if (!current?.found) {
        if (!asked.has(old.selector)) continue;
        changes.push({
          regression: true,
          kind: 'dkim.selector-removed',
          at: old.name,
          message: `The DKIM selector ${old.selector} (${old.name}) no longer publishes a key.`,
          fix: `Publish the key at ${old.name} again, or remove the selector from the baseline if it was retired on purpose.`,
          before: 'found',
          after: 'missing',
        });
      } else if (old.keyBits && current.keyBits && current.keyBits < old.keyBits && current.keyType === old.keyType) {
        changes.push({
          regression: true,
          kind: 'dkim.key-weakened',
          at: old.name,
          message: `The DKIM key at ${old.name} shrank from ${old.keyBits} to ${current.keyBits} bits.`,
          fix: 'Publish a 2048-bit RSA (or Ed25519) key at this selector.',
          before: String(old.keyBits),
          after: String(current.keyBits),
        });
      }
    }
    return changes;
  },
  explains: {
    'dkim.selector-removed': ['dkim.selector-not-found'],
    'dkim.key-weakened': ['dkim.weak-key', 'dkim.insecure-key'],
  },
});
