import type { Resolver } from '../dns/types.js';
import { isSpfRecord, parseSpfShared } from '../spf/parse.js';

/**
 * The hints that may name a domain's mail providers, for DKIM discovery (dkim/ reads neither SPF nor MX): its MX
 * hosts (RFC 5321 §5.1), the include and redirect targets of its SPF record (RFC 7208 §5.2, §6.1), macros left out,
 * and the texts of its other apex TXT records (providers' verification tokens). Both lookups are the ones the mx and spf sections make, so in the check's session they cost nothing more, and
 * they answer in one round trip, long before those sections end.
 */
export async function findProviderHints(domain: string, resolver: Resolver): Promise<string[]> {
  const [mx, txt] = await Promise.all([resolver.resolve(domain, 'MX'), resolver.resolve(domain, 'TXT')]);
  const names: string[] = [];
  if (mx.status === 'answer') {
    // A null MX (RFC 7505: one record, exchange ".") names nobody.
    for (const record of mx.records) if (record.data.exchange !== '') names.push(record.data.exchange);
  }
  if (txt.status === 'answer') {
    for (const record of txt.records) {
      // Other TXT records at the apex may be a provider's domain-verification token (`MS=ms…`, `brevo-code:…`).
      if (!isSpfRecord(record.data.text)) {
        names.push(record.data.text);
        continue;
      }
      const parsed = parseSpfShared(record.data.text);
      if (!parsed.ok) continue;
      for (const mechanism of parsed.record.mechanisms) {
        if (mechanism.name === 'include' && mechanism.domainSpec && !mechanism.domainSpec.hasMacros) {
          names.push(mechanism.domainSpec.text);
        }
      }
      const redirect = parsed.record.redirect?.value;
      if (redirect && !redirect.hasMacros) names.push(redirect.text);
    }
  }
  return names;
}
