import { describe, expect, it } from 'vitest';
import { BaselineFileSchema } from '../../action/baseline-schema.js';
import { checkDomain, SECTIONS } from '../../core/index.js';
import { createMemoryResolver } from '../../core/testing.js';
import reportZones from '../fixtures/zones/report.js';

// A baseline is read by later versions: a section added to the registry since it was written is absent from it.
describe('the baseline schema follows the section registry', () => {
  const resolver = createMemoryResolver(reportZones);

  interface LooseBaseline {
    version: number;
    updatedAt: string;
    domains: Record<string, { sections: Record<string, unknown> }>;
  }

  async function baselineOf(domain: string, sendingIps: string[] = ['45.33.40.1']): Promise<LooseBaseline> {
    const result = await checkDomain(domain, { resolver, sendingIps, now: () => new Date('2026-12-01T00:00:00Z') });
    if (!result.ok) throw new Error(result.error.message);
    const report = JSON.parse(JSON.stringify(result.report));
    return { version: 1, updatedAt: '2026-12-01T00:00:00.000Z', domains: { [report.domain]: report } };
  }

  it('accepts a report with every section of the registry', async () => {
    const file = await baselineOf('report-good.test');
    expect(Object.keys(file.domains['report-good.test']!.sections).sort()).toEqual(
      SECTIONS.entries.map((entry) => entry.name).sort(),
    );
    expect(BaselineFileSchema.safeParse(file).success).toBe(true);
    // Without sending IPs a report has no sending section, and its baseline is as valid.
    const plain = await baselineOf('report-good.test', []);
    expect(plain.domains['report-good.test']!.sections.sending).toBeUndefined();
    expect(BaselineFileSchema.safeParse(plain).success).toBe(true);
  });

  it('accepts a baseline written before a section existed (no tls), and refuses a section no registry entry has', async () => {
    const file = await baselineOf('report-good.test');
    const sections = file.domains['report-good.test']!.sections;
    delete sections.tls;
    expect(BaselineFileSchema.safeParse(file).success).toBe(true);
    sections.bogus = sections.spf;
    const parsed = BaselineFileSchema.safeParse(file);
    expect(parsed.success).toBe(false);
  });

  it('still requires the five sections every baseline has held', async () => {
    const file = await baselineOf('report-good.test');
    delete file.domains['report-good.test']!.sections.dmarc;
    expect(BaselineFileSchema.safeParse(file).success).toBe(false);
  });
});
