import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { axeViolations, launchBrowser, screenshot } from '../helpers/browser.js';
import { resetDb, testDb } from '../helpers/db.js';
import { loadFixture } from '../helpers/fixture.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const LANGUAGES = [
  { lang: 'nl', nav: 'Hoofdnavigatie', places: ['Kaart', 'Netwerk', 'Overlap', 'Tafels'] },
  { lang: 'en', nav: 'Main navigation', places: ['Map', 'Network', 'Overlap', 'Tables'] },
] as const;

/**
 * Every place, reached through the main menu as a person would, in both
 * languages and at desktop and phone size: no WCAG 2.1 A/AA violation once
 * the data has arrived, and a screenshot in test/artifacts/ to look at.
 */
describe('every place in both languages at desktop and phone size', () => {
  let db: Db;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    db = testDb();
    await resetDb(db);
    await loadFixture(db);
    server = await startTestServer(db, { NODE_ENV: 'production', TILE_URL: 'none' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  /** Waits until no "loading" status is left on the page. */
  async function settle(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.locator('[role="status"][aria-busy="true"], .dsv-loading').count()).toBe(0);
  }

  for (const viewport of VIEWPORTS) {
    for (const { lang, nav, places } of LANGUAGES) {
      it(`${viewport.name}, ${lang}: each place has no axe violations and a screenshot`, async () => {
        const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        try {
          await page.goto(`${server.url}/${lang === 'en' ? '?lang=en' : ''}`);
          for (const place of places) {
            await page.getByRole('navigation', { name: nav }).getByRole('link', { name: place, exact: true }).click();
            await expect.poll(() => page.locator('main h1').first().textContent()).toBe(place);
            await settle(page);
            expect(await page.getAttribute('html', 'lang')).toBe(lang);
            expect({ place, violations: await axeViolations(page) }).toEqual({ place, violations: [] });
            await screenshot(page, `place-${place.toLowerCase()}-${lang}-${viewport.name}`);
          }
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});
