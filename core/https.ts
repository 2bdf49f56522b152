import type { FetchBudget } from './dns/types.js';

/**
 * The second port of core/ (beside the DNS `Resolver`): bounded HTTPS GETs, for documents that standards publish over
 * HTTPS (the MTA-STS policy, RFC 8461 §3.3). The platform's `fetch` is injected; every outcome is a value, never a
 * throw: a response (any status, redirects returned, never followed), or a failure with a code that tells a
 * certificate problem from a host that cannot be reached.
 */

/** What the fetcher reads from a body stream; the platform's `ReadableStream` fits. */
interface BodyReaderLike {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}

/** The part of a `Response` the fetcher reads; the platform's `Response` fits. */
export interface HttpsResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  /** Set by a fetch that followed a redirect (which a conforming caller forbids). */
  readonly redirected?: boolean;
  /** `opaqueredirect` in a browser for a redirect not followed. */
  readonly type?: string;
  readonly body?: { getReader(): BodyReaderLike } | null;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What the fetcher passes to `fetch`. */
export interface HttpsFetchInit {
  method: 'GET';
  redirect: 'manual';
  headers: Record<string, string>;
  signal: AbortSignal;
}

/** The platform `fetch` shape the fetcher needs. */
export type HttpsFetchFunction = (url: string, init: HttpsFetchInit) => Promise<HttpsResponseLike>;

/** Why an HTTPS GET gave no response. */
export type HttpsErrorCode =
  /** Not an absolute `https:` URL. */
  | 'invalid-url'
  /** The host name does not resolve (no address). */
  | 'host-not-found'
  /** The connection was refused, reset or could not be routed. */
  | 'unreachable'
  /** The server's certificate is not valid for the host: untrusted issuer, self-signed, expired, other name. */
  | 'certificate'
  /** The TLS handshake failed for another reason (protocol version, no shared cipher, not TLS at all). */
  | 'tls'
  /** No complete response within the time allowed. */
  | 'timeout'
  /** The body is larger than allowed. */
  | 'too-large'
  /** The platform followed a redirect although told not to. */
  | 'redirect'
  /** The caller's budget of outbound requests is spent (e.g. a Worker's subrequest limit). */
  | 'budget-exhausted'
  /** Any other failure of the platform's fetch. */
  | 'network'
  /** No HTTPS port was given to the check (`noHttpsFetcher`): nothing was fetched, so nothing is known. */
  | 'unavailable';

/** An HTTPS GET that gave no usable response. */
export interface HttpsError {
  code: HttpsErrorCode;
  /** Whether trying again later may help (timeouts, DNS trouble, a spent budget): then nothing is known. */
  transient: boolean;
  message: string;
}

/** The outcome of one GET. */
export type HttpsResult =
  | {
      ok: true;
      url: string;
      status: number;
      /** The media type, lower case, without parameters (`text/plain`); null when the header is absent. */
      mediaType: string | null;
      /** The Content-Type header as sent. */
      contentType: string | null;
      /** The Location header of a redirect (3xx), which is never followed. */
      location?: string;
      /** The body decoded as UTF-8 (invalid sequences become U+FFFD). */
      body: string;
      /** Octets read. */
      size: number;
    }
  | { ok: false; url: string; error: HttpsError };

/** Per-call bounds. */
export interface HttpsGetOptions {
  /** Stops the GET when aborted (a `timeout` failure). */
  signal?: AbortSignal;
  /** The request's count of outbound fetches (the Worker's subrequests), shared with its DNS lookups: the GET takes one. */
  fetchBudget?: FetchBudget;
}

/** The port: one bounded HTTPS GET. Implementations must not throw. */
export type HttpsFetcher = (url: string, options?: HttpsGetOptions) => Promise<HttpsResult>;

/** Options of `createHttpsFetcher`. */
export interface HttpsFetcherOptions {
  /** Defaults to the platform's `fetch`. */
  fetch?: HttpsFetchFunction;
  /** Time allowed for the whole exchange, body included; 5 s by default. */
  timeoutMs?: number;
  /** Largest body read; 64 KiB by default (RFC 8461 §3.3 suggests 64 kilobytes for a policy). */
  maxBytes?: number;
  /** Fetches this fetcher may make in all, unless a call brings its own `fetchBudget`. */
  fetchBudget?: FetchBudget;
}

/**
 * The HTTPS port of a check that was given none: it fetches nothing and says so (`unavailable`, transient), so what
 * would need the fetch is unknown — core makes no request it was not handed the means for.
 */
export const noHttpsFetcher: HttpsFetcher = async (url) => ({
  ok: false,
  url,
  error: { code: 'unavailable', transient: true, message: `${url} was not fetched: no HTTPS fetcher was given.` },
});

export const DEFAULT_HTTPS_TIMEOUT_MS = 5000;
export const DEFAULT_HTTPS_MAX_BYTES = 64 * 1024;

// Node's TLS verification error codes (OpenSSL's X509_V_ERR_* names, plus the host-name check's).
const CERTIFICATE_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ALTNAME|HOSTNAME_MISMATCH/i;
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ECONNABORTED',
]);
const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** The `code` and `message` of an error and of its causes, outermost first (Node's fetch wraps the socket error). */
function causes(error: unknown): Array<{ code: string; message: string; name: string }> {
  const chain: Array<{ code: string; message: string; name: string }> = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown };
    chain.push({
      code: typeof code === 'string' ? code : '',
      message: typeof message === 'string' ? message : '',
      name: typeof name === 'string' ? name : '',
    });
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

/**
 * Maps what a platform's fetch threw to a failure value. Node's fetch throws `TypeError('fetch failed')` whose cause
 * carries the socket's or TLS's code; workerd throws an `Error` whose message names the TLS or connection trouble.
 */
export function classifyFetchError(error: unknown, host: string): HttpsError {
  const chain = causes(error);
  const text = chain.map((entry) => `${entry.code} ${entry.message}`).join(' | ');
  const detail = chain
    .map((entry) => entry.code || entry.message)
    .filter(Boolean)
    .slice(-1)[0];
  const make = (code: HttpsErrorCode, transient: boolean, message: string): HttpsError => ({
    code,
    transient,
    message: detail ? `${message} (${detail})` : message,
  });
  const codes = chain.map((entry) => entry.code);
  if (chain.some((entry) => entry.name === 'AbortError' || entry.name === 'TimeoutError'))
    return make('timeout', true, `https://${host} did not answer in time`);
  if (codes.some((code) => TIMEOUT_CODES.has(code)))
    return make('timeout', true, `https://${host} did not answer in time`);
  if (codes.some((code) => CERTIFICATE_CODES.test(code)))
    return make('certificate', false, `The certificate of ${host} is not valid for it`);
  if (codes.some((code) => code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || code === 'EPROTO'))
    return make('tls', false, `The TLS handshake with ${host} failed`);
  if (codes.includes('ENOTFOUND')) return make('host-not-found', false, `${host} has no address`);
  if (codes.includes('EAI_AGAIN')) return make('host-not-found', true, `The address of ${host} could not be looked up`);
  if (codes.some((code) => UNREACHABLE_CODES.has(code))) return make('unreachable', false, `${host} cannot be reached`);
  // workerd: the message is all there is ("TLS peer's certificate is not trusted", "…does not match the hostname").
  if (/certificate|x509|hostname|self[- ]signed/i.test(text))
    return make('certificate', false, `The certificate of ${host} is not valid for it`);
  // workerd hides a failed TLS handshake (an untrusted certificate among them) behind "internal error; reference = …"
  // and logs the reason; a refused connection is "Network connection lost" instead.
  if (/internal error; reference/i.test(text))
    return make('tls', false, `The TLS handshake with ${host} failed (its certificate, or TLS itself)`);
  if (/\b(tls|ssl)\b|handshake/i.test(text)) return make('tls', false, `The TLS handshake with ${host} failed`);
  if (/refused|unreachable|connection (lost|reset|closed)|dns|lookup|not resolve|no such host/i.test(text))
    return make('unreachable', false, `${host} cannot be reached`);
  if (/subrequest|too many/i.test(text))
    return make('budget-exhausted', true, `No request to ${host} could be made: the platform's limit is spent`);
  return make('network', true, `The request to ${host} failed`);
}

/** The media type of a Content-Type value: type/subtype, lower case, parameters dropped (RFC 9110 §8.3.1). */
export function mediaTypeOf(contentType: string | null): string | null {
  if (contentType === null) return null;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === '' ? null : type;
}

async function readBounded(
  response: HttpsResponseLike,
  maxBytes: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false }> {
  const reader = response.body?.getReader();
  if (!reader) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.length > maxBytes ? { ok: false } : { ok: true, bytes: whole };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}

const decoder = new TextDecoder('utf-8');

/**
 * Creates the HTTPS port over a platform `fetch`: GET only, `https:` only, redirects not followed (a 3xx comes back
 * as a response with its `location`), the whole exchange bounded by `timeoutMs` and the body by `maxBytes`, no HTTP
 * cache (RFC 8461 §3.3 forbids one for policies). Certificate verification is the platform's and is never turned off.
 */
export function createHttpsFetcher(options: HttpsFetcherOptions = {}): HttpsFetcher {
  const doFetch: HttpsFetchFunction =
    options.fetch ?? ((url, init) => fetch(url, init as never) as unknown as Promise<HttpsResponseLike>);
  const timeoutMs = options.timeoutMs ?? DEFAULT_HTTPS_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_HTTPS_MAX_BYTES;

  return async (url, getOptions = {}) => {
    let host: string;
    try {
      const parsed = new URL(url);
      if (!url.toLowerCase().startsWith('https://')) throw new Error('not https');
      host = parsed.hostname;
    } catch {
      return {
        ok: false,
        url,
        error: { code: 'invalid-url', transient: false, message: `${url} is not an https URL.` },
      };
    }
    const budget = getOptions.fetchBudget ?? options.fetchBudget;
    if (budget && !budget.take()) {
      return {
        ok: false,
        url,
        error: {
          code: 'budget-exhausted',
          transient: true,
          message: `https://${host} was not fetched: the request's ${budget.limit} outbound fetches are spent.`,
        },
      };
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const outer = getOptions.signal;
    const onAbort = () => controller.abort();
    if (outer) {
      if (outer.aborted) controller.abort();
      else outer.addEventListener('abort', onAbort, { once: true });
    }
    const timeout = (): HttpsResult => ({
      ok: false,
      url,
      error: {
        code: 'timeout',
        transient: true,
        message: timedOut
          ? `https://${host} did not answer within ${timeoutMs} ms.`
          : `The request to https://${host} was stopped.`,
      },
    });
    try {
      const response = await doFetch(url, {
        method: 'GET',
        redirect: 'manual',
        headers: { accept: 'text/plain', 'cache-control': 'no-cache' },
        signal: controller.signal,
      });
      if (response.redirected || response.type === 'opaqueredirect') {
        await response.body
          ?.getReader()
          .cancel()
          .catch(() => undefined);
        return {
          ok: false,
          url,
          error: {
            code: 'redirect',
            transient: false,
            message: `https://${host} redirected, and redirects are not followed.`,
          },
        };
      }
      const read = await readBounded(response, maxBytes);
      if (!read.ok) {
        return {
          ok: false,
          url,
          error: {
            code: 'too-large',
            transient: false,
            message: `The body from https://${host} is over ${maxBytes} octets.`,
          },
        };
      }
      const contentType = response.headers.get('content-type');
      const location = response.headers.get('location');
      const result: HttpsResult = {
        ok: true,
        url,
        status: response.status,
        mediaType: mediaTypeOf(contentType),
        contentType,
        body: decoder.decode(read.bytes),
        size: read.bytes.length,
      };
      if (location !== null && response.status >= 300 && response.status < 400) result.location = location;
      return result;
    } catch (error) {
      if (controller.signal.aborted) return timeout();
      const failure = classifyFetchError(error, host);
      return { ok: false, url, error: { ...failure, message: `${failure.message}.` } };
    } finally {
      clearTimeout(timer);
      if (outer) outer.removeEventListener('abort', onAbort);
    }
  };
}
