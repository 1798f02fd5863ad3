import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { importRaw, illustrativeDataset } from '@dsv/seed';
import { artifactsDir, axeViolations, launchBrowser, screenshot } from '../helpers/browser.js';
import { resetDb, testDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { openMap } from './map-page.js';

const webDist = process.env.WEB_DIST ?? join(import.meta.dirname, '..', '..', 'web', 'dist');

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

/** The smallest font size of any visible text in the element (px). */
const smallestText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((root) => {
    let smallest = Infinity;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent!.trim() || el.closest('.dsv-visually-hidden, [hidden]') || el.getClientRects().length === 0) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
    }
    return smallest;
  });

describe('the map workspace: navigation that holds, layout on desktop and phone', () => {
  let db: Db;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(webDist, 'index.html'))) throw new Error('web/dist is missing: build it first (cd web && pnpm build)');
    db = testDb();
    await resetDb(db);
    await importRaw(db, illustrativeDataset(), { replace: true });
    server = await startTestServer(db, { NODE_ENV: 'production', WEB_DIST: webDist });
    // Warm Neo4j up on the map's query, so the page's first load stays within the client's time limit.
    expect((await server.gql('{ mapPoints { id } partnerships(first: 1) { totalCount } }')).body.errors).toBeUndefined();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  async function newPage(width: number, height: number): Promise<Page> {
    return (await browser.newContext({ viewport: { width, height } })).newPage();
  }

  for (const [link, path] of [
    ['Netwerk', '/netwerk'],
    ['Overlap', '/overlap'],
    ['Tafels', '/tafels'],
  ] as const) {
    it(`the main nav's ${link} leaves a loaded and zoomed map for good; Back and Forward walk the two pages`, async () => {
      const page = await newPage(1280, 900);
      await openMap(page, `${server.url}/kaart`);
      await page.getByRole('button', { name: 'Inzoomen' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('z')).toBe('8.5');
      const mapUrl = page.url();

      await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: link }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(new URL(page.url()).pathname).toBe(path);
      expect(await page.locator('.leaflet-container').count()).toBe(0);

      await page.goBack();
      await page.waitForURL(mapUrl);
      await page.locator('.leaflet-marker-pane .dsv-marker').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(page.url()).toBe(mapUrl);
      await page.goForward();
      await page.waitForURL((url) => url.pathname === path);
      await page.getByRole('heading', { level: 1, name: link }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(new URL(page.url()).pathname).toBe(path);
      await page.context().close();
    });
  }

  it('"Bekijk in het netwerk" opens the network on the partnership and stays there', async () => {
    const page = await newPage(1280, 900);
    const id = 'grozzerdammen-vitaal-in-brainport';
    await openMap(page, `${server.url}/kaart?sel=${id}&lat=51.45&lon=5.45&z=10`);
    await page.getByRole('link', { name: 'Bekijk in het netwerk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Netwerk' }).waitFor();
    await page.waitForLoadState('networkidle');
    const url = new URL(page.url());
    expect([url.pathname, url.searchParams.get('focus')]).toEqual(['/netwerk', `partnership:${id}`]);
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/kaart');
    await page.getByRole('heading', { level: 2, name: 'GROZzerdammen Vitaal in Brainport' }).waitFor();
    expect(new URL(page.url()).searchParams.get('sel')).toBe(id);
    await page.context().close();
  });

  it('at 1440×900 the map starts under the header and, with the timeline under it, fills the window beside the filters and the details', async () => {
    const page = await newPage(1440, 900);
    await openMap(page, `${server.url}/kaart?layer=index`);
    await page.locator('.dsv-timeline__bar').first().waitFor();
    const map = await box(page, '.leaflet-container');
    const timeline = await box(page, '.dsv-timeline');
    const filters = await box(page, '.dsv-workspace__filters');
    const details = await box(page, '.dsv-map-side');
    expect(map.y).toBeLessThan(180);
    expect(map.y + map.height).toBeLessThanOrEqual(timeline.y);
    expect(timeline.y + timeline.height).toBeGreaterThan(880);
    expect(timeline.y + timeline.height).toBeLessThanOrEqual(900);
    expect(map.height).toBeGreaterThan(560);
    expect(map.width).toBeGreaterThan(700);
    expect(filters.x + filters.width).toBeLessThanOrEqual(map.x);
    expect(details.x).toBeGreaterThanOrEqual(map.x + map.width);
    // Legend and layer switch are on the map.
    expect(await page.locator('.leaflet-container .dsv-legend').getByText('Netwerken', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('.leaflet-container').getByLabel('Drukte-index (samenwerkingsverbanden + tafels)').isChecked()).toBe(true);
    // Folding the filters gives the map their room.
    await page.getByRole('button', { name: 'Filters verbergen' }).click();
    await expect.poll(async () => (await box(page, '.leaflet-container')).width).toBeGreaterThan(map.width + 200);
    expect(await page.locator('.dsv-workspace__filters').isVisible()).toBe(false);
    // The first screen as a phone shows it (the full page is very long).
    await page.screenshot({ path: join(artifactsDir, 'map-workspace-390-first-screen.png') });
    await page.getByRole('button', { name: 'Filters tonen' }).click();
    await screenshot(page, 'map-workspace-1440');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('at 390×844 the panels stack, the map stays usable and no label is under 12 px', async () => {
    const page = await newPage(390, 844);
    await openMap(page, `${server.url}/kaart?sel=grozzerdammen-vitaal-in-brainport&lat=51.45&lon=5.45&z=10`);
    await page.getByRole('heading', { level: 2, name: 'GROZzerdammen Vitaal in Brainport' }).waitFor();
    expect(await page.locator('.dsv-workspace__filters').isVisible()).toBe(false);
    // The first screen as a phone shows it (the full page is very long).
    await page.screenshot({ path: join(artifactsDir, 'map-workspace-390-first-screen.png') });
    await page.getByRole('button', { name: 'Filters tonen' }).click();
    const filters = await box(page, '.dsv-workspace__filters');
    const map = await box(page, '.leaflet-container');
    const details = await box(page, '.dsv-map-side');
    expect(filters.y + filters.height).toBeLessThanOrEqual(map.y);
    expect(map.y + map.height).toBeLessThanOrEqual(details.y);
    expect(map.width).toBeGreaterThan(330);
    expect(map.height).toBeGreaterThan(340);
    await page.locator('.dsv-legend summary').click();
    expect(await smallestText(page, '.dsv-workspace')).toBeGreaterThanOrEqual(12);
    await screenshot(page, 'map-workspace-390');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
