import type { FetchInitLike, FetchResponseLike } from '../platform-types.js';
import { canonicalName, checkQueryName } from './name.js';
import type { DnsError, DnsFailure, DnsResult, FetchBudget, LookupOptions, RecordType, Resolver } from './types.js';
import { decodeResponse, encodeQuery, followChain, MAX_CNAME_CHAIN, rcodeError, toBase64Url } from './wire.js';

/** The public resolver used when none is given. */
export const DEFAULT_DOH_ENDPOINT = 'https://cloudflare-dns.com/dns-query';

/** The `fetch` shape the client needs; the platform's `fetch` fits, and tests may inject their own. */
export type FetchFunction = (url: string, init: FetchInitLike) => Promise<FetchResponseLike>;

/** Options of the DoH client. */
export interface DohResolverOptions {
  /** DoH URLs (RFC 8484 URI templates without variables), tried in order with failover. */
  endpoints?: string[];
  /** Defaults to the platform's `fetch`. */
  fetch?: FetchFunction;
  /** GET with `?dns=` (cacheable, the default) or POST with an `application/dns-message` body (RFC 8484 §4.1). */
  method?: 'GET' | 'POST';
  /** Time allowed for one HTTP exchange. */
  timeoutMs?: number;
  /** How many more rounds over the endpoints after a transient failure. */
  retries?: number;
  /** Backoff before the first retry; doubled for each next one. */
  backoffMs?: number;
  /**
   * Fetches this resolver may make in all (e.g. one built for one request); a lookup's own `fetchBudget` option is
   * counted as well.
   */
  fetchBudget?: FetchBudget;
}

/**
 * Creates a fetch budget of `limit` fetches (a whole number ≥ 0): the Workers platform lets one request make 50
 * subrequests on the Free plan, and the 51st `fetch` throws.
 */
export function createFetchBudget(limit: number): FetchBudget {
  const bound = Math.max(0, Math.floor(limit));
  let used = 0;
  return {
    limit: bound,
    get used() {
      return used;
    },
    take() {
      if (used >= bound) return false;
      used++;
      return true;
    },
  };
}

const budgetSpent = (budget: FetchBudget): DnsError => ({
  code: 'budget-exhausted',
  transient: false,
  message: `The request's budget of ${budget.limit} DoH fetches is spent.`,
});

/** A DNS message is at most 65,535 octets (RFC 8484 §6, RFC 1035 §4.2.2). */
const MAX_BODY = 65_535;

const failure = (name: string, type: RecordType, error: DnsError): DnsFailure => ({
  status: 'error',
  name: canonicalName(name),
  type,
  error,
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves with `undefined` once the timer or the signal fires, whichever comes first. */
function expiry(
  ms: number,
  signal: AbortSignal | undefined,
): { promise: Promise<'timeout' | 'aborted'>; cancel(): void } {
  let handle: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const promise = new Promise<'timeout' | 'aborted'>((resolve) => {
    handle = setTimeout(() => resolve('timeout'), ms);
    if (signal) {
      onAbort = () => resolve('aborted');
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  return {
    promise,
    cancel() {
      if (handle !== undefined) clearTimeout(handle);
      if (signal && onAbort) signal.removeEventListener('abort', onAbort);
    },
  };
}

/**
 * Creates a DNS-over-HTTPS resolver (RFC 8484): wire-format queries over GET or POST, per-query timeout, retries
 * with backoff for transient failures only, failover across endpoints, and CNAME chains followed (bounded). Every
 * outcome is a value: answer, NODATA, NXDOMAIN or an error with its code.
 */
export function createDohResolver(options: DohResolverOptions = {}): Resolver {
  const endpoints = options.endpoints?.length ? [...options.endpoints] : [DEFAULT_DOH_ENDPOINT];
  const doFetch: FetchFunction = options.fetch ?? ((url, init) => fetch(url, init as Parameters<typeof fetch>[1]));
  const method = options.method ?? 'GET';
  const timeoutMs = options.timeoutMs ?? 3000;
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 100;
  const ownBudget = options.fetchBudget;
  // The endpoint that answered last is tried first next time, so a dead one costs one failure, not one per query.
  let preferred = 0;

  async function exchange(
    endpoint: string,
    name: string,
    type: RecordType,
    signal: AbortSignal | undefined,
    budget: FetchBudget | undefined,
  ): Promise<Extract<ReturnType<typeof decodeResponse>, { ok: true }> | DnsError> {
    // Every fetch counts, retries and failover included: the platform counts subrequests, not questions.
    if (ownBudget && ownBudget.used >= ownBudget.limit) return budgetSpent(ownBudget);
    if (budget && !budget.take()) return budgetSpent(budget);
    ownBudget?.take();
    const query = encodeQuery(name, type);
    const controller = new AbortController();
    const timer = expiry(timeoutMs, signal);
    const headers: Record<string, string> = { accept: 'application/dns-message' };
    let url = endpoint;
    let body: Uint8Array | undefined;
    if (method === 'GET') {
      url += `${endpoint.includes('?') ? '&' : '?'}dns=${toBase64Url(query)}`;
    } else {
      headers['content-type'] = 'application/dns-message';
      body = query;
    }
    const attempt = (async (): Promise<Extract<ReturnType<typeof decodeResponse>, { ok: true }> | DnsError> => {
      let response: FetchResponseLike;
      try {
        response = await doFetch(url, { method, headers, body, signal: controller.signal });
      } catch (error) {
        return { code: 'network', transient: true, message: `The DoH request to ${endpoint} failed: ${String(error)}` };
      }
      if (response.status !== 200) {
        return {
          code: 'bad-response',
          reason: 'http-status',
          transient: response.status >= 500 || response.status === 429,
          message: `The DoH server ${endpoint} answered HTTP ${response.status}.`,
        };
      }
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
      if (contentType !== 'application/dns-message') {
        return {
          code: 'bad-response',
          reason: 'content-type',
          transient: false,
          message: `The DoH server ${endpoint} answered with content type "${contentType}", not application/dns-message.`,
        };
      }
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > MAX_BODY) {
        return { code: 'bad-response', reason: 'too-large', transient: false, message: 'The DoH body is too large.' };
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        return { code: 'network', transient: true, message: `Reading the DoH body failed: ${String(error)}` };
      }
      if (bytes.length > MAX_BODY) {
        return { code: 'bad-response', reason: 'too-large', transient: false, message: 'The DoH body is too large.' };
      }
      const decoded = decodeResponse(bytes, name, type);
      return decoded.ok ? decoded : decoded.error;
    })();
    const outcome = await Promise.race([attempt, timer.promise]);
    timer.cancel();
    if (outcome === 'timeout' || outcome === 'aborted') {
      controller.abort();
      return outcome === 'timeout'
        ? { code: 'timeout', transient: true, message: `No answer from ${endpoint} within ${timeoutMs} ms.` }
        : { code: 'deadline', transient: false, message: 'The lookup was stopped by the check deadline.' };
    }
    return outcome;
  }

  /** One question, with failover across endpoints and retries for transient failures. */
  async function ask(name: string, type: RecordType, signal: AbortSignal | undefined, budget: FetchBudget | undefined) {
    let last: DnsError = { code: 'network', transient: true, message: 'No DoH endpoint was tried.' };
    for (let round = 0; round <= retries; round++) {
      if (round > 0) await sleep(backoffMs * 2 ** (round - 1));
      if (signal?.aborted)
        return { code: 'deadline', transient: false, message: 'The check deadline passed.' } as DnsError;
      for (let i = 0; i < endpoints.length; i++) {
        const index = (preferred + i) % endpoints.length;
        const outcome = await exchange(endpoints[index]!, name, type, signal, budget);
        if (!('code' in outcome)) {
          if (outcome.rcode === 'SERVFAIL' || outcome.rcode === 'REFUSED') {
            last = rcodeError(outcome.rcode);
            continue;
          }
          preferred = index;
          return outcome;
        }
        last = outcome;
        if (outcome.code === 'deadline' || outcome.code === 'budget-exhausted') return outcome;
      }
      if (!last.transient) break;
    }
    return last;
  }

  async function resolve<T extends RecordType>(
    name: string,
    type: T,
    options: LookupOptions = {},
  ): Promise<DnsResult<T>> {
    const invalid = checkQueryName(name);
    if (invalid) return failure(name, type, { code: 'invalid-name', transient: false, message: invalid });
    let current = canonicalName(name);
    let cnames: string[] = [];
    // A chain chased over several responses is validated only if every response was (RFC 4035 §3.2.3: AD covers
    // the data of the response that carries it).
    let authenticated = true;
    for (let hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
      const outcome = await ask(current, type, options.signal, options.fetchBudget);
      if ('code' in outcome) return failure(name, type, outcome);
      if (outcome.rcode !== 'NOERROR' && outcome.rcode !== 'NXDOMAIN') {
        return failure(name, type, rcodeError(outcome.rcode));
      }
      const chain = followChain(outcome, current, type, cnames);
      if (chain.done) {
        chain.result.name = canonicalName(name);
        if (chain.result.status !== 'error') chain.result.authenticated &&= authenticated;
        return chain.result as DnsResult<T>;
      }
      authenticated &&= chain.authenticated;
      cnames = chain.cnames;
      current = chain.target;
    }
    return failure(name, type, {
      code: 'cname-chain',
      transient: false,
      message: `The CNAME chain from ${name} is longer than ${MAX_CNAME_CHAIN}.`,
    });
  }

  return { resolve };
}
