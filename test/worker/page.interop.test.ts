import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureBinaries } from '../debian-packages.js';
import { startWranglerDev, type WranglerDev } from './wrangler-dev.js';

const OUTPUT = join(process.cwd(), 'test-output', 'worker');

/** Times one request in milliseconds. */
async function timed(url: string): Promise<{ ms: number; status: number; cache: string | null }> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return {
    ms: Math.round(performance.now() - started),
    status: response.status,
    cache: response.headers.get('X-Cache'),
  };
}

describe('the report page in Chromium, served by wrangler dev', () => {
  let dev: WranglerDev;
  let browser: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    dev = await startWranglerDev(inject('dohUrl'));
    profile = await mkdtemp(join(tmpdir(), 'mailposture-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: ensureBinaries(['chromium'], ['chromium'], 'The page test').chromium,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1000, height: 800 },
    });
    await mkdir(OUTPUT, { recursive: true });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await dev?.stop();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('serves the API: a first and a warm request (figures printed, not asserted)', async () => {
    const first = await timed(`${dev.url}/v1/check/worker.test?selector=mail`);
    const warm = await timed(`${dev.url}/v1/check/worker.test?selector=mail`);
    expect([first.status, first.cache]).toEqual([200, 'miss']);
    expect([warm.status, warm.cache]).toEqual([200, 'hit']);
    process.stdout.write(
      `[wrangler dev] started in ${dev.startupMs} ms; first /v1/check ${first.ms} ms (miss), warm ${warm.ms} ms (hit)\n`,
    );
  });

  it('loads /, submits a domain and shows the grade and the findings', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${dev.url}/`);
    await expect(page.title()).resolves.toContain('mailposture');
    await page.getByLabel('Domain').fill('worker-weak.test');
    await Promise.all([
      page.waitForURL('**/report/worker-weak.test'),
      page.getByRole('button', { name: 'Check' }).click(),
    ]);

    const api = await (await fetch(`${dev.url}/v1/check/worker-weak.test`)).json();
    await expect(page.locator('h1').textContent()).resolves.toBe('worker-weak.test');
    await expect(page.getByRole('img', { name: `Grade ${api.grade}` }).textContent()).resolves.toBe(api.grade);
    const spfFindings = page.getByRole('list', { name: 'SPF findings' }).getByRole('listitem');
    expect(await spfFindings.count()).toBe(api.sections.spf.findings.length);
    await expect(spfFindings.first().textContent()).resolves.toContain(api.sections.spf.findings[0].fix);
    await expect(page.locator('pre').first().textContent()).resolves.toContain('v=spf1 +all');
    await page.screenshot({ path: join(OUTPUT, 'report-page.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows an error badge as an image, although its status is 400', async () => {
    const page = await browser.newPage();
    await page.goto(`${dev.url}/`);
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    }, `${dev.url}/badge/a..b.test.svg`);
    expect(size.width).toBeGreaterThan(50);
    expect(size.height).toBeGreaterThan(10);
  });

  it('shows the sending section first, one card per IP, when sending IPs are submitted (issue 18)', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${dev.url}/`);
    await page.getByLabel('Domain').fill('worker.test');
    await page.getByLabel('Sending IPs (optional, up to 10)').fill('45.33.87.99, 45.33.87.25');
    await Promise.all([
      page.waitForURL('**/report/worker.test?ip=*'),
      page.getByRole('button', { name: 'Check' }).click(),
    ]);
    const api = await (await fetch(`${dev.url}/v1/check/worker.test?ip=45.33.87.99&ip=45.33.87.25`)).json();
    // The first section on the page is the sending one.
    await expect(page.locator('section.section h2').first().textContent()).resolves.toContain('Sending hosts');
    const cards = page.locator('article.host');
    expect(await cards.count()).toBe(2);
    for (const host of api.sections.sending.data.hosts) {
      const card = page.getByRole('article', { name: new RegExp(host.ip.replaceAll('.', '\\.')) });
      await expect(card.locator('.outcome').textContent()).resolves.toContain(host.outcome.text);
      const steps = card.getByRole('list', { name: `How receivers judge ${host.ip}` }).getByRole('listitem');
      expect(await steps.count()).toBe(host.steps.length);
    }
    const outside = page.getByRole('article', { name: /45\.33\.87\.99/ });
    await expect(outside.textContent()).resolves.toContain('sending.ip-not-authorized');
    // The receivers' checklists: three tables, the rules DNS cannot show listed as such.
    await outside.locator('details summary').click();
    expect(await outside.locator('table.checklist').count()).toBe(3);
    await expect(outside.locator('table.checklist').first().textContent()).resolves.toContain('not checkable here');
    await page.screenshot({ path: join(OUTPUT, 'sending-hosts.png'), fullPage: true });
    // A refused IP is said on the form, with status 400.
    const refused = await page.goto(`${dev.url}/report/worker.test?ip=999.1.1.1`);
    expect(refused?.status()).toBe(400);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('999');
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows a refused domain on the form, with status 400', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${dev.url}/report/a..b.test`);
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('empty label');
    await page.screenshot({ path: join(OUTPUT, 'refused-domain.png') });
  });
});
