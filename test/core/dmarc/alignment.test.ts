import { describe, expect, it } from 'vitest';
import { alignIdentifier } from '../../../core/dmarc/alignment.js';

describe('alignIdentifier (RFC 9989 §4.4)', () => {
  // RFC 9989 §4.4 Table 1, with the Organizational Domains the Tree Walk would find (§4.10.2).
  it.each([
    ['foo.example.com', 'news.example.com', 'r', 'example.com', 'example.com', 'aligned'],
    ['news.example.com', 'news.example.com', 'r', 'example.com', 'example.com', 'aligned'],
    ['news.example.com', 'news.example.com', 's', undefined, undefined, 'aligned'],
    ['foo.example.net', 'news.example.com', 'r', 'example.net', 'example.com', 'not-aligned'],
    ['foo.example.com', 'news.example.com', 's', 'example.com', 'example.com', 'not-aligned'],
  ] as const)('%s for From %s (%s): %s', (identifier, author, mode, identifierOrg, authorOrg, result) => {
    const aligned = alignIdentifier({
      authorDomain: author,
      identifier,
      mode,
      organizationalDomains: { author: authorOrg, identifier: identifierOrg },
    });
    expect(aligned.result).toBe(result);
  });

  it('compares without case or a trailing dot (RFC 4343), with no walk for identical names', () => {
    expect(alignIdentifier({ authorDomain: 'Example.COM.', identifier: 'example.com', mode: 's' })).toMatchObject({
      result: 'aligned',
      authorDomain: 'example.com',
    });
  });

  it('is unknown in relaxed mode when a Tree Walk failed, and says which', () => {
    const aligned = alignIdentifier({
      authorDomain: 'example.com',
      identifier: 'bounce.esp.example',
      mode: 'r',
      organizationalDomains: { author: 'example.com', identifier: undefined },
    });
    expect(aligned.result).toBe('unknown');
    expect(aligned.reason).toContain('bounce.esp.example');
  });

  it('names both Organizational Domains when they differ', () => {
    const aligned = alignIdentifier({
      authorDomain: 'shop.example.com',
      identifier: 'bounces.esp.example',
      mode: 'r',
      organizationalDomains: { author: 'example.com', identifier: 'esp.example' },
    });
    expect(aligned).toMatchObject({
      result: 'not-aligned',
      organizationalDomains: { author: 'example.com', identifier: 'esp.example' },
    });
  });
});
