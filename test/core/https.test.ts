import { describe, expect, it } from 'vitest';
import { classifyFetchError, createHttpsFetcher, mediaTypeOf, noHttpsFetcher } from '../../core/https.js';

describe('createHttpsFetcher over a fetch that misbehaves', () => {
  it('maps a fetch that throws anything to a value, never a throw', async () => {
    const throwing = createHttpsFetcher({
      fetch: () => {
        throw new Error("TLS peer's certificate is not trusted; reason = self signed certificate");
      },
    });
    expect(await throwing('https://x.test/')).toMatchObject({ ok: false, error: { code: 'certificate' } });
    const rejecting = createHttpsFetcher({ fetch: () => Promise.reject('a string') });
    expect(await rejecting('https://x.test/')).toMatchObject({ ok: false, error: { code: 'network' } });
    const following = createHttpsFetcher({
      fetch: async () => new Response('moved', { status: 200, headers: { 'content-type': 'text/plain' } }) as never,
    });
    expect(await following('https://x.test/')).toMatchObject({ ok: true, status: 200, body: 'moved' });
  });
});

describe('noHttpsFetcher', () => {
  it('fetches nothing and says the result is unknown', async () => {
    expect(await noHttpsFetcher('https://mta-sts.example/.well-known/mta-sts.txt')).toMatchObject({
      ok: false,
      error: { code: 'unavailable', transient: true },
    });
  });
});

describe('classifyFetchError', () => {
  const nodeError = (code: string) =>
    Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });
  it.each([
    ['CERT_HAS_EXPIRED', 'certificate'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'certificate'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'certificate'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'certificate'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls'],
    ['ENOTFOUND', 'host-not-found'],
    ['EAI_AGAIN', 'host-not-found'],
    ['ECONNREFUSED', 'unreachable'],
    ['ECONNRESET', 'unreachable'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
  ])('Node cause %s is %s', (code, expected) => {
    expect(classifyFetchError(nodeError(code), 'h.test').code).toBe(expected);
  });

  it.each([
    ["TLS peer's certificate is not trusted; reason = unable to get local issuer certificate", 'certificate'],
    ["TLS peer's certificate does not match the hostname", 'certificate'],
    ['Network connection lost.', 'unreachable'],
    ['TLS handshake failed', 'tls'],
    ['internal error; reference = ahpe1eh8coco0na4qvclvm8b', 'tls'],
    ['Too many subrequests.', 'budget-exhausted'],
    ['something else', 'network'],
  ])('workerd message %j is %s', (message, expected) => {
    expect(classifyFetchError(new Error(message), 'h.test').code).toBe(expected);
  });

  it('reads media types without parameters or case', () => {
    expect(mediaTypeOf('Text/Plain; charset=utf-8')).toBe('text/plain');
    expect(mediaTypeOf(null)).toBeNull();
    expect(mediaTypeOf('')).toBeNull();
  });
});
