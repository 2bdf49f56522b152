import type { ReportUri } from './types.js';

/** A report URI that could not be used, and why. */
export type ReportUriResult = { ok: true; uri: ReportUri } | { ok: false; message: string };

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):(.+)$/;
const SIZE_SUFFIX = /!(\d+[kmgt]?)$/i;
const HOST_LABEL = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: a URI holds no controls or spaces (RFC 3986 §2)
const NOT_URI_CHARS = /[\x00-\x20\x7f-\uffff"<>\\^`{|}]/;

/** Whether a string is a host name usable as a report destination (RFC 1035 §2.3.4, at least two labels). */
function isHostName(host: string): boolean {
  if (host.length > 253) return false;
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((label) => label.length <= 63 && HOST_LABEL.test(label));
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Parses one rua/ruf URI (RFC 9989 §4.7: a DMARC URI is any URI, RFC 3986; receivers must support mailto, RFC 6068).
 * An RFC 7489 `!size` suffix is split off and kept aside, since RFC 9989 no longer uses it.
 */
export function parseReportUri(text: string): ReportUriResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'An empty report URI.' };
  let uri = trimmed;
  let sizeLimit: string | undefined;
  const size = SIZE_SUFFIX.exec(uri);
  if (size) {
    sizeLimit = size[1]!;
    uri = uri.slice(0, size.index);
  }
  const match = SCHEME.exec(uri);
  if (!match) return { ok: false, message: `"${trimmed}" is not a URI: it needs a scheme such as mailto:.` };
  if (NOT_URI_CHARS.test(uri)) return { ok: false, message: `"${trimmed}" holds characters a URI cannot contain.` };
  const scheme = match[1]!.toLowerCase();
  const rest = match[2]!;
  const result: ReportUri = { uri, scheme };
  if (sizeLimit !== undefined) result.sizeLimit = sizeLimit;
  if (scheme === 'mailto') {
    // RFC 6068 §2: mailto:addr-spec[?hfields]; a comma inside the address list would have to be %2C.
    const address = decode(rest.split('?')[0] ?? '');
    const at = address?.lastIndexOf('@') ?? -1;
    const local = address?.slice(0, at) ?? '';
    const domain = address?.slice(at + 1).toLowerCase() ?? '';
    if (!address || at < 1 || local.includes('@') || local.startsWith('/') || !isHostName(domain)) {
      return {
        ok: false,
        message: `"${trimmed}" is not a valid mailto: URI: it needs an address such as mailto:dmarc@example.com.`,
      };
    }
    result.address = address;
    result.host = domain;
    return { ok: true, uri: result };
  }
  if (rest.startsWith('//')) {
    let host = '';
    try {
      host = new URL(uri).hostname.toLowerCase();
    } catch {
      return { ok: false, message: `"${trimmed}" is not a valid URI.` };
    }
    if (!isHostName(host)) return { ok: false, message: `"${trimmed}" has no usable host name.` };
    result.host = host;
  }
  return { ok: true, uri: result };
}
