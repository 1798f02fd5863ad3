import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { importRaw, illustrativeDataset } from '@dsv/seed';
import { axeViolations, launchBrowser, screenshot } from '../helpers/browser.js';
import { resetDb, testDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { clusterTotal, filterGroup, mapState, openMap, statusCount } from './map-page.js';

// WEB_DIST points at another build (e.g. one of your own while others rebuild web/dist).
const webDist = process.env.WEB_DIST ?? join(import.meta.dirname, '..', '..', 'web', 'dist');

interface Point {
  id: string;
  name: string;
  lat: number;
  lon: number;
  networks: string[];
}
interface PeerRow {
  partnership: { id: string; name: string; location: { lat: number } | null };
  distanceKm: number;
  sharedThemes: number;
  sharedParties: number;
}

// A cold server on a busy machine may take most of vitest's default minute for the first page.
describe('the map view in Chromium, on the illustrative dataset', { timeout: 120_000 }, () => {
  let db: Db;
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  async function api<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await server.gql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }
  const mapPoints = async (filter: Record<string, unknown> | null) =>
    (
      await api<{ mapPoints: Point[] }>('query($f: PartnershipFilter) { mapPoints(filter: $f) { id name lat lon networks } }', {
        f: filter,
      })
    ).mapPoints;

  beforeAll(async () => {
    if (!existsSync(join(webDist, 'index.html'))) throw new Error('web/dist is missing: build it first (cd web && pnpm build)');
    db = testDb();
    await resetDb(db);
    await importRaw(db, illustrativeDataset(), { replace: true });
    server = await startTestServer(db, { NODE_ENV: 'production', WEB_DIST: webDist });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it('draws every located partnership, clustered, in Dutch, without base map tiles', async () => {
    const all = await mapPoints(null);
    expect(all.length).toBeGreaterThan(400);
    await openMap(page, `${server.url}/kaart`);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await statusCount(page)).toBe(all.length);
    await expect.poll(() => clusterTotal(page)).toBe(all.length);
    // The default view holds the whole country: every point is in a badge or drawn alone.
    expect(await page.getByTestId('map-in-view').textContent()).toBe(`${all.length} in beeld`);
    const clusters = await page.locator('.leaflet-marker-pane .dsv-cluster').count();
    expect(clusters).toBeGreaterThan(10);
    expect(await page.locator('.leaflet-tile-loaded').count()).toBe(0);
    await screenshot(page, 'map-overview');
  });

  it('filtering on a network shows exactly the partnerships mapPoints returns for it', async () => {
    const groz = await mapPoints({ networks: ['groz'] });
    expect(groz.length).toBeGreaterThan(0);
    await openMap(page, `${server.url}/kaart`);
    await filterGroup(page, 'Netwerk').click();
    await page.getByLabel('GROZ-fieldlabs', { exact: true }).click();
    await expect.poll(() => page.url()).toContain('net=groz');
    await expect.poll(() => statusCount(page)).toBe(groz.length);
    await expect.poll(() => clusterTotal(page)).toBe(groz.length);
    const names = await page
      .locator('table')
      .filter({ hasText: 'Samenwerkingsverbanden in het kaartbeeld' })
      .locator('tbody th')
      .allTextContents();
    expect(names).toEqual(groz.map((p) => p.name).sort((a, b) => a.localeCompare(b, 'nl', { numeric: true, sensitivity: 'base' })));
    await screenshot(page, 'map-filter-groz');
  });

  it('lists exactly the peers peersNearby returns, in its order, and rings them on the map', async () => {
    const id = 'grozzerdammen-vitaal-in-brainport';
    const { peersNearby } = await api<{ peersNearby: PeerRow[] }>(
      'query($id: ID!) { peersNearby(partnershipId: $id, radiusKm: 30, limit: 500) { partnership { id name location { lat } } distanceKm sharedThemes sharedParties } }',
      { id },
    );
    expect(peersNearby.length).toBeGreaterThan(5);
    await openMap(page, `${server.url}/kaart?sel=${id}`);
    await page.getByRole('heading', { level: 2, name: 'GROZzerdammen Vitaal in Brainport' }).waitFor();
    await page.getByRole('button', { name: 'Zoek samenwerkingsverbanden in de buurt' }).click();
    await expect.poll(() => page.url()).toContain('r=25');
    await page.getByLabel('Straal in kilometers').fill('30');
    await expect.poll(() => page.url()).toContain('r=30');
    await page.getByText(`${peersNearby.length} samenwerkingsverbanden binnen 30 km`).waitFor();
    // The panel links to the table of peers below the map: name, networks, distance, themes and parties in common.
    const rows = page.locator('.dsv-peers__table table tbody tr');
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim())));
    const km = new Intl.NumberFormat('nl', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(shown.map((r) => [r[0], r[2], r[3], r[5]])).toEqual(
      peersNearby.map((p) => [p.partnership.name, km.format(p.distanceKm), String(p.sharedThemes), String(p.sharedParties)]),
    );
    expect(await page.locator('path.dsv-peer-ring').count()).toBe(peersNearby.filter((p) => p.partnership.location).length);
    await screenshot(page, 'map-peers');
  });

  it('a copied link restores centre, zoom, filters, selection, radius and layer', async () => {
    await openMap(page, `${server.url}/kaart`);
    await filterGroup(page, 'Thema').click();
    await page.getByLabel('Leefstijl').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).toContain('theme=Leefstijl');
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await expect.poll(() => page.url()).toContain('z=8.5');
    await page.locator('.leaflet-container').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await mapState(page)).lat).not.toBe('52.15');
    await page.getByLabel('Drukte-index (samenwerkingsverbanden + tafels)').click();
    await expect.poll(() => page.url()).toContain('layer=index');
    await page
      .getByRole('button', { name: /^Details van / })
      .first()
      .click();
    await page.getByRole('button', { name: 'Zoek samenwerkingsverbanden in de buurt' }).click();
    await expect.poll(() => page.url()).toContain('r=25');
    // Turning peers on zooms the map to the 25 km circle.
    await expect.poll(() => new URL(page.url()).searchParams.get('z')).not.toBe('8.5');
    const before = { url: page.url(), state: await mapState(page), count: await statusCount(page) };
    const heading = await page.locator('.dsv-panel h2').textContent();
    expect(before.state.lat).toBe(new URL(before.url).searchParams.get('lat'));

    const copy = await context.newPage();
    await openMap(copy, before.url);
    await copy.locator('.dsv-panel h2', { hasText: heading! }).waitFor();
    expect(await mapState(copy)).toEqual(before.state);
    expect(await statusCount(copy)).toBe(before.count);
    await filterGroup(copy, 'Thema').click();
    expect(await copy.getByLabel('Leefstijl').isChecked()).toBe(true);
    expect(await copy.getByLabel('Drukte-index (samenwerkingsverbanden + tafels)').isChecked()).toBe(true);
    expect(await copy.getByLabel('Straal in kilometers').inputValue()).toBe('25');
    expect(copy.url()).toBe(before.url);
    await copy.close();
  });

  it('keeps markers out of the Tab order: Tab from the skip link reaches the table, whose focused row rings its marker', async () => {
    await openMap(page, `${server.url}/kaart`);
    const markers = page.locator('.leaflet-marker-pane .dsv-marker');
    expect(await markers.count()).toBeGreaterThan(10);
    expect(await page.locator('.leaflet-marker-pane [tabindex], .leaflet-marker-pane [role="button"]').count()).toBe(0);

    // Tabbing on from the skip link passes the filters, the map and its panels, never a marker.
    const skip = page.getByRole('link', { name: 'Naar de tabel' });
    await skip.focus();
    const stops: { marker: boolean; inTable: boolean }[] = [];
    while (stops.length < 80 && !stops.at(-1)?.inTable) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => ({
          marker: document.activeElement?.closest('.leaflet-marker-pane') != null,
          inTable: document.activeElement?.closest('.dsv-workspace__tables') != null,
        })),
      );
    }
    expect(stops.at(-1)?.inTable).toBe(true);
    expect(stops.filter((s) => s.marker)).toEqual([]);

    // Following the skip link puts focus on the tables; the next Tab is inside the partnerships table.
    await skip.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('dsv-workspace__tables');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('table, [role="region"]') != null)).toBe(true);

    // The row in focus rings its partnership on the map; the next row moves the ring.
    const all = await mapPoints(null);
    const at = (name: string) => all.find((p) => p.name === name)!;
    const details = page.getByRole('button', { name: /^Details van / });
    const ring = page.locator('.leaflet-marker-pane .dsv-highlight');
    const names = await details.evaluateAll((els) =>
      els.slice(0, 2).map((el) => el.getAttribute('aria-label')!.replace(/^Details van /, '')),
    );
    await details.first().focus();
    await expect
      .poll(() => ring.evaluate((el) => [Number(el.dataset.lat), Number(el.dataset.lon)]))
      .toEqual([at(names[0]!).lat, at(names[0]!).lon]);
    await page.keyboard.press('Tab');
    await expect
      .poll(() => ring.evaluate((el) => [Number(el.dataset.lat), Number(el.dataset.lon)]))
      .toEqual([at(names[1]!).lat, at(names[1]!).lon]);
    await screenshot(page, 'map-row-highlight');
    await skip.focus();
    await expect.poll(() => ring.count()).toBe(0);

    // Enter on a row's button opens its details.
    await details.first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: names[0] }).waitFor();
    expect(new URL(page.url()).searchParams.get('sel')).not.toBeNull();
  });

  it('draws crowding as a choropleth: every municipality outlined, each with crowding in a class colour', async () => {
    const { crowding } = await api<{ crowding: { partnerships: number; tables: number }[] }>(
      '{ crowding(top: 1000) { partnerships tables } }',
    );
    await openMap(page, `${server.url}/kaart?layer=tables`);
    const pane = page.locator('.leaflet-dsv-outlines-pane');
    await expect.poll(() => pane.getAttribute('data-outlines')).toBe('342');
    await expect.poll(() => pane.getAttribute('data-classed')).toBe(String(crowding.filter((a) => a.tables > 0).length));
    await page.getByRole('heading', { name: 'Bestuurlijke tafels per gemeente' }).waitFor();
    // The URL answers the click (a transition), so the radio follows a moment later: click, then wait for it.
    await page.getByLabel('Samenwerkingsverbanden', { exact: true }).click();
    await expect.poll(() => page.getByLabel('Samenwerkingsverbanden', { exact: true }).isChecked()).toBe(true);
    await expect.poll(() => pane.getAttribute('data-classed')).toBe(String(crowding.filter((a) => a.partnerships > 0).length));
    await screenshot(page, 'map-crowding');
  });

  it('exports every partnership that matches the filters as CSV and GeoJSON with names as on screen, and the map as PNG', async () => {
    const groz = await mapPoints({ networks: ['groz'] });
    await openMap(page, `${server.url}/kaart?net=groz`);
    const group = page.getByRole('group', { name: 'Downloaden: Samenwerkingsverbanden op de kaart', exact: true });
    const save = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name, exact: true }).click()]);
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    };
    const csv = await save(`CSV (${groz.length} rijen)`);
    expect(csv.name).toMatch(/^dsv-kaart-samenwerkingsverbanden-\d{4}-\d{2}-\d{2}\.csv$/);
    // Dutch: ';' and a decimal comma; the rows end at the empty line before the "about" block.
    const body = csv.text.replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(body.slice(0, body.indexOf('\r\n\r\n')), { header: true, delimiter: ';' }).data;
    expect(rows.map((r) => r.id).sort()).toEqual(groz.map((p) => p.id).sort());
    expect(Object.keys(rows[0]!)).toEqual(['Naam', 'Netwerken', 'Fase', 'id', 'lat', 'lon']);
    expect(rows.every((r) => r.Netwerken!.split(', ').includes('GROZ-fieldlabs'))).toBe(true);
    expect(body).toContain('\r\nFilters;netwerk: GROZ-fieldlabs\r\n');

    const geo = await save(`GeoJSON (${groz.length} punten)`);
    const collection = JSON.parse(geo.text) as { type: string; features: { id: string; properties: { networks: string[] } }[] };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.id).sort()).toEqual(groz.map((p) => p.id).sort());
    expect(collection.features.every((f) => f.properties.networks.includes('GROZ-fieldlabs'))).toBe(true);

    const [png] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: 'PNG (kaartbeeld)' }).click()]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(20_000);
    expect(png.suggestedFilename()).toMatch(/^dsv-kaart-kaartbeeld-\d{4}-\d{2}-\d{2}\.png$/);
  });

  for (const [name, path] of [
    ['the overview', '/kaart'],
    ['a selection with peers and crowding', '/kaart?sel=grozzerdammen-vitaal-in-brainport&r=25&layer=index&lat=51.45&lon=5.45&z=10'],
    ['the English map', '/kaart?lang=en&layer=parties'],
  ] as const) {
    it(`has no WCAG 2.1 A/AA violations on ${name}`, async () => {
      await openMap(page, `${server.url}${path}`);
      if (path.includes('sel=')) await page.locator('.dsv-peers__table table').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
