import { describe, expect, it } from 'vitest';
import { createDohResolver } from '../../../core/dns/index.js';
import { checkMx } from '../../../core/mx/index.js';
import { knotResolver, stackUrl } from '../../dns-stack/resolvers.js';
import { describeCheckMx } from './check-cases.js';

describeCheckMx('Knot over DoH', knotResolver);

describe('checkMx, bounds and failures', () => {
  it('is in error when the DoH server is down', async () => {
    const down = createDohResolver({ endpoints: [stackUrl('downDohUrl')], timeoutMs: 2000 });
    expect((await checkMx('mx.test', { resolver: down })).status).toBe('error');
  });
});
