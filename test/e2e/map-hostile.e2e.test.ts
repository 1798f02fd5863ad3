import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { importRaw, illustrativeDataset } from '@dsv/seed';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { resetDb, testDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { openMap } from './map-page.js';

const webDist = process.env.WEB_DIST ?? join(import.meta.dirname, '..', '..', 'web', 'dist');

/** Names that are markup: shown as markup they would load an image, run a handler or add a link. */
const IMG = '<img src=x onerror="window.__pwned=1">Samen Gezond';
const LINK = '<a href="https://example.org/beacon">Vitaal Wad</a>';

/**
 * The illustrative dataset with two partnerships renamed to markup and moved
 * to the Wadden Sea (10 km apart, nothing else near).
 */
function hostileDataset() {
  const data = illustrativeDataset();
  const [first, second] = data.sheets.partnerships!.filter((p) => p.lat !== '');
  Object.assign(first!, { name: IMG, lat: '53.3', lon: '4.9' });
  Object.assign(second!, { name: LINK, lat: '53.3', lon: '5.05' });
  return { data, ids: [first!.id!, second!.id!] };
}

/** Elements that markup in a name would have made, anywhere in the map workspace and tables. */
const injected = (page: Page) =>
  page.locator('img[src="x"], a[href="https://example.org/beacon"], [onerror]').evaluateAll((els) => els.map((el) => el.outerHTML));

/** Folds the legend and layer panels, which may lie over the points a test hovers. */
async function foldMapPanels(page: Page): Promise<void> {
  const open = page.locator('.dsv-map-panel[open] > summary');
  while ((await open.count()) > 0) await open.first().click();
}

// The first page load on a cold server and a busy machine may take most of vitest's default minute.
describe('names that contain markup are shown as text on the map', { timeout: 120_000 }, () => {
  let db: Db;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let ids: string[];

  beforeAll(async () => {
    if (!existsSync(join(webDist, 'index.html'))) throw new Error('web/dist is missing: build it first (cd web && pnpm build)');
    db = testDb();
    await resetDb(db);
    const hostile = hostileDataset();
    ids = hostile.ids;
    await importRaw(db, hostile.data, { replace: true });
    server = await startTestServer(db, { NODE_ENV: 'production', WEB_DIST: webDist });
    // Warm Neo4j up on the map's query, so the page's first load stays within the client's time limit.
    expect((await server.gql('{ mapPoints { id } partnerships(first: 1) { totalCount } }')).body.errors).toBeUndefined();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it('point tooltips, marker names, the panel and the table show the names as text', async () => {
    await openMap(page, `${server.url}/kaart?lat=53.3&lon=4.975&z=12`);
    await foldMapPanels(page);
    const points = page.locator('.leaflet-marker-pane .dsv-marker[data-count="1"]');
    await expect.poll(() => points.count()).toBe(2);
    const labels = await points.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')!.replace(/ \(.*\)$/s, '')));
    expect([...labels].sort()).toEqual([IMG, LINK].sort());

    // Each point's tooltip, on hover, says its name as text.
    const shown: string[] = [];
    for (let i = 0; i < 2; i++) {
      await points.nth(i).hover();
      // The point's own tooltip: moving the pointer there may also show the outline layer's (a municipality's name).
      const tip = page.locator('.leaflet-tooltip-pane .leaflet-tooltip', { hasText: /Samen Gezond|Vitaal Wad/ }).last();
      await expect.poll(() => tip.textContent()).toMatch(/Samen Gezond|Vitaal Wad/);
      shown.push((await tip.textContent())!);
    }
    expect(shown.sort()).toEqual([IMG, LINK].sort());
    expect(await page.locator('.leaflet-tooltip-pane *').evaluateAll((els) => els.map((el) => el.tagName.toLowerCase()))).not.toContain(
      'img',
    );

    const names = await page
      .locator('table')
      .filter({ hasText: 'Samenwerkingsverbanden in het kaartbeeld' })
      .locator('tbody th')
      .allTextContents();
    expect(names.sort()).toEqual([IMG, LINK].sort());

    await points.nth(labels.indexOf(LINK)).click();
    await page.getByRole('heading', { level: 2, name: LINK }).waitFor();
    expect(await injected(page)).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await screenshot(page, 'map-hostile-names');
  });

  it('the peer rings name their partnerships as text', async () => {
    await openMap(page, `${server.url}/kaart?sel=${ids[1]}&r=25&lat=53.3&lon=4.975&z=11`);
    await foldMapPanels(page);
    const ring = page.locator('path.dsv-peer-ring');
    await expect.poll(() => ring.count()).toBeGreaterThan(0);
    await ring.first().hover({ force: true });
    await expect.poll(() => page.locator('.leaflet-tooltip-pane .leaflet-tooltip').last().textContent()).toBe(IMG);
    expect(await injected(page)).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
