import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { importRaw, illustrativeDataset, regions } from '@dsv/seed';
import { axeViolations, launchBrowser, screenshot } from '../helpers/browser.js';
import { resetDb, testDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { mapState, statusCount } from './map-page.js';

const webDist = process.env.WEB_DIST ?? join(import.meta.dirname, '..', '..', 'web', 'dist');

/** Web Mercator pixels of a position at a zoom, as Leaflet places it. */
function world(lat: number, lon: number, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return [((lon + 180) / 360) * size, ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * size];
}

/** Clicks the map at a position (the map's own centre and zoom, from its data attributes). */
async function clickAt(page: Page, lat: number, lon: number): Promise<void> {
  const state = await mapState(page);
  const box = (await page.locator('.leaflet-container').boundingBox())!;
  const [cx, cy] = world(Number(state.lat), Number(state.lon), Number(state.zoom));
  const [px, py] = world(lat, lon, Number(state.zoom));
  await page.mouse.click(box.x + box.width / 2 + (px - cx), box.y + box.height / 2 + (py - cy));
}

const outlines = (page: Page) => page.locator('.leaflet-dsv-outlines-pane');

describe('regions on the map and the overlap page: level switch, a region click sets the filter everywhere, without tiles', () => {
  let db: Db;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const count = (type: string) => regions().filter((r) => r.type === type).length;

  beforeAll(async () => {
    if (!existsSync(join(webDist, 'index.html'))) throw new Error('web/dist is missing: build it first (cd web && pnpm build)');
    db = testDb();
    await resetDb(db);
    await importRaw(db, illustrativeDataset(), { replace: true });
    // Tiles from a path this server does not have: every tile fails, as when PDOK cannot be reached.
    server = await startTestServer(db, { NODE_ENV: 'production', WEB_DIST: webDist, TILE_URL: '/geen-tegels/{z}/{x}/{y}.png' });
    expect((await server.gql('{ mapPoints { id } regions(type: GGD) { code } }')).body.errors).toBeUndefined();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it('from the menu, the map stands on the municipal outlines with a quiet notice when the tiles fail', async () => {
    await page.goto(server.url);
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Kaart', exact: true }).click();
    await page.getByTestId('map-count').waitFor();
    await expect.poll(() => outlines(page).getAttribute('data-outlines')).toBe('342');
    await page.getByRole('status').filter({ hasText: 'De achtergrondkaart is niet bereikbaar' }).waitFor();
  });

  it('the level switch draws GGD regions, zorgkantoorregio’s and provinces, classed, with a table per level (NL screenshots)', async () => {
    const map = page.locator('.leaflet-container');
    await map.getByLabel('Drukte-index (samenwerkingsverbanden + tafels)').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('layer')).toBe('index');
    await map.getByLabel('Samenwerkingsverbanden tonen').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('punten')).toBe('uit');
    await expect.poll(() => page.locator('.leaflet-marker-pane .dsv-marker').count()).toBe(0);
    await screenshot(page, 'regions-map-gemeente-nl');
    for (const [label, param, type, heading] of [
      ['GGD-regio', 'ggd', 'GGD', 'Drukte per GGD-regio'],
      ['Zorgkantoorregio', 'zorgkantoor', 'ZORGKANTOOR', 'Drukte per zorgkantoorregio'],
      ['Provincie', 'provincie', 'PROVINCE', 'Drukte per provincie'],
    ] as const) {
      await map.getByLabel(label, { exact: true }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('niveau')).toBe(param);
      await expect.poll(() => outlines(page).getAttribute('data-outlines')).toBe(String(count(type)));
      // Every region has partnerships in the illustrative data: each is in a class colour.
      await expect.poll(() => outlines(page).getAttribute('data-classed')).toBe(String(count(type)));
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
      await expect.poll(() => page.locator('[data-table="drukte"] tbody tr').count()).toBeGreaterThan(0);
      await expect
        .poll(() =>
          page.locator('.dsv-legend').getByText(`Drukte-index (samenwerkingsverbanden + tafels) per ${label.toLowerCase()}`).count(),
        )
        .toBe(1);
      await screenshot(page, `regions-map-${param}-nl`);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a click on a GGD region sets the region filter; the map and the other pages follow it', async () => {
    await page.locator('.leaflet-container').getByLabel('GGD-regio', { exact: true }).click();
    await expect.poll(() => outlines(page).getAttribute('data-outlines')).toBe('25');
    const before = await statusCount(page);
    await clickAt(page, 52.09, 5.12); // Utrecht: GGD Regio Utrecht
    await expect.poll(() => new URL(page.url()).searchParams.get('regio')).toBe('GG2514');
    const { body } = await server.gql<{ partnerships: { totalCount: number } }>(
      '{ partnerships(filter: { regions: ["GG2514"] }) { totalCount } }',
    );
    await expect.poll(() => statusCount(page)).toBe(body.data!.partnerships.totalCount);
    expect(body.data!.partnerships.totalCount).toBeLessThan(before);
    await page.getByRole('group', { name: 'Regio' }).getByRole('button', { name: 'Filter op regio GGD Regio Utrecht weghalen' }).waitFor();
    // The filter is URL state that every page reads: the overlap page with the map's filters lists only that region's partnerships.
    const filters = new URLSearchParams({ regio: new URL(page.url()).searchParams.get('regio')! });
    const other = await page.context().newPage();
    await other.goto(`${server.url}/overlap?${filters}`);
    await other.getByText('Deze lijst is gefilterd: regio: GGD Regio Utrecht (GG2514).').waitFor();
    await other.close();
  });

  it('keyboard users reach the region table and choose a region with its Filter button', async () => {
    await page.getByRole('link', { name: 'Naar de tabel' }).click();
    const button = page.getByRole('button', { name: 'Filter op regio GGD Amsterdam', exact: true });
    await button.focus();
    // The row in focus outlines its region on the map, next to the one in the filter.
    await expect.poll(() => outlines(page).getAttribute('data-selected')).toBe('GG2514 GG3406');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('regio')).toBe('GG3406');
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => outlines(page).getAttribute('data-selected')).toBe('GG3406');
    await button.blur();
  });

  it('in English, every level reads in English (EN screenshots), axe clean', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    const map = page.locator('.leaflet-container');
    for (const [label, param] of [
      ['Municipality', 'gemeente'],
      ['GGD region', 'ggd'],
      ['Care office region (zorgkantoor)', 'zorgkantoor'],
      ['Province', 'provincie'],
    ] as const) {
      await map.getByLabel(label, { exact: true }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('niveau')).toBe(param === 'gemeente' ? null : param);
      await page.getByRole('status').filter({ hasText: 'The base map cannot be reached' }).waitFor();
      await screenshot(page, `regions-map-${param}-en`);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the overlap page shows a small map per network with its table, axe clean', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Overlap', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Where does each network work?' }).waitFor();
    const figure = page.locator('figure', { hasText: 'Partnerships per GGD region, per network' });
    await expect.poll(() => figure.locator('svg path').count()).toBe(7 * 25);
    await page.locator('[data-table="netwerken-per-regio"] tbody tr').first().waitFor();
    await screenshot(page, 'regions-overlap-en');
    expect(await axeViolations(page)).toEqual([]);
  });
});
