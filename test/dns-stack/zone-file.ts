import { canonicalName, type DnsRecord, recordsOf, type ZoneData } from '../../core/dns/index.js';

const encoder = new TextEncoder();

/** Quotes one TXT character-string for a zone file (RFC 1035 §5.1): \DDD for every octet outside printable ASCII. */
export function quoteCharacterString(value: string): string {
  let out = '"';
  for (const byte of encoder.encode(value)) {
    if (byte === 0x22 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `\\${byte.toString().padStart(3, '0')}`;
  }
  return `${out}"`;
}

const absolute = (name: string) => (name === '' ? '.' : `${name}.`);

function rdata(record: DnsRecord): string {
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return record.data as string;
    case 'CNAME':
    case 'NS':
    case 'PTR':
      return absolute(record.data as string);
    case 'MX': {
      const mx = record.data as { preference: number; exchange: string };
      return `${mx.preference} ${absolute(mx.exchange)}`;
    }
    case 'TXT':
      return (record.data as { strings: string[] }).strings.map(quoteCharacterString).join(' ');
    case 'TLSA': {
      const tlsa = record.data as { usage: number; selector: number; matchingType: number; data: string };
      return `${tlsa.usage} ${tlsa.selector} ${tlsa.matchingType} ${tlsa.data}`;
    }
    case 'SOA':
      throw new Error('SOA records are written by the zone-file writer itself.');
  }
}

/** The zone apex that holds `name`: the longest declared apex it is equal to or below. */
export function zoneOf(name: string, zones: string[]): string | undefined {
  let best: string | undefined;
  for (const apex of zones) {
    if ((name === apex || name.endsWith(`.${apex}`)) && (!best || apex.length > best.length)) best = apex;
  }
  return best;
}

/** Writes one zone file per apex from fixture data, so Knot serves exactly what the memory resolver answers. */
export function renderZoneFiles(data: ZoneData): Map<string, string> {
  const zones = data.zones.map(canonicalName);
  const files = new Map<string, string[]>();
  for (const apex of zones) {
    files.set(apex, [
      `$ORIGIN ${absolute(apex)}`,
      '$TTL 300',
      `@ 300 IN SOA ns.invalid. hostmaster.invalid. 1 3600 600 86400 300`,
      `@ 300 IN NS ns.invalid.`,
    ]);
  }
  for (const [owner, set] of Object.entries(data.records)) {
    const name = canonicalName(owner);
    const apex = zoneOf(name, zones);
    if (!apex) throw new Error(`The fixture name ${name} is in none of the declared zones.`);
    const lines = files.get(apex)!;
    for (const record of recordsOf(name, set)) {
      lines.push(`${absolute(record.name)} ${record.ttl} IN ${record.type} ${rdata(record)}`);
    }
    if (set.error) throw new Error(`${name}: simulated errors exist only in the memory resolver.`);
  }
  return new Map([...files].map(([apex, lines]) => [apex, `${lines.join('\n')}\n`]));
}
