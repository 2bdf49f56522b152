import { describe, expect, it } from 'vitest';
import { checkDkim } from '../../../core/dkim/index.js';
import { createDohResolver } from '../../../core/dns/index.js';
import { knotResolver, stackUrl } from '../../dns-stack/resolvers.js';
import { describeCheckDkim, ids } from './check-cases.js';

describeCheckDkim('Knot over DoH', knotResolver);

describe('checkDkim, bounds and failures', () => {
  it('is in error when the DoH server is down', async () => {
    const resolver = createDohResolver({ endpoints: [stackUrl('downDohUrl')], timeoutMs: 2000 });
    const check = await checkDkim('dkim.test', { resolver, selectors: ['google'], discover: false });
    expect(check.status).toBe('error');
    expect(ids(check)).toEqual(['dkim.dns-error']);
  });
});
