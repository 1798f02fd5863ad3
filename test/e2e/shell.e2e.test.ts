import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { axeViolations, launchBrowser, screenshot } from '../helpers/browser.js';
import { resetDb, testDb } from '../helpers/db.js';
import { loadFixture } from '../helpers/fixture.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const dist = join(import.meta.dirname, '..', '..', 'web', 'dist', 'index.html');

describe('the web client shell in Chromium', () => {
  let db: Db;
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(dist)) throw new Error('web/dist is missing: the test command builds it (pnpm --filter @dsv/web build)');
    db = testDb();
    await resetDb(db);
    await loadFixture(db);
    server = await startTestServer(db, { NODE_ENV: 'production' });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it('opens on the map in Dutch, with the networks from the API in the legend', async () => {
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.url()).toContain('/kaart');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    // The legend lists the networks once the API has answered.
    const legend = page.locator('.dsv-legend__list li');
    await expect
      .poll(async () => (await legend.allTextContents()).slice(0, 3).map((t) => t.trim()))
      .toEqual(['Alfa-netwerk', 'Bèta-netwerk', 'Gamma-netwerk']);
    expect(await page.getByText('illustratieve gegevens', { exact: false }).count()).toBeGreaterThan(0);
    await screenshot(page, 'shell-kaart');
  });

  for (const path of ['/kaart', '/netwerk', '/overlap', '/tafels', '/kaart?lang=en']) {
    it(`has no WCAG 2.1 A/AA violations on ${path}`, async () => {
      await page.goto(`${server.url}${path}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('switches to English and keeps the choice in the URL', async () => {
    await page.goto(`${server.url}/overlap`);
    await page.getByRole('button', { name: /english/i }).click();
    await expect.poll(() => page.url()).toContain('lang=en');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await screenshot(page, 'shell-overlap-en');
  });
});
