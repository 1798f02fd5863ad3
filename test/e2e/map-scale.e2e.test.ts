import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { graphqlOperation, launchBrowser, screenshot } from '../helpers/browser.js';
import { resetDb, testDb } from '../helpers/db.js';
import { loadFixture } from '../helpers/fixture.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { clusterTotal, mapState, openMap, statusCount } from './map-page.js';

const webDist = process.env.WEB_DIST ?? join(import.meta.dirname, '..', '..', 'web', 'dist');
const POINTS = 50_000;
// The fixture's networks, so the points get their colours and names.
const NETWORKS = ['alpha', 'beta', 'gamma'];

/** 50,000 points spread over the Netherlands, the same every run (a small linear congruential generator). */
function manyPoints() {
  let seed = 2021;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: POINTS }, (_, i) => {
    const first = NETWORKS[Math.floor(next() * NETWORKS.length)]!;
    const second = next() < 0.1 ? NETWORKS[Math.floor(next() * NETWORKS.length)]! : first;
    return {
      id: `p${i}`,
      name: `Samenwerking ${i}`,
      lat: 51.35 + next() * 1.9,
      lon: 4.0 + next() * 2.8,
      phase: 1 + Math.floor(next() * 4),
      networks: [...new Set([first, second])],
    };
  });
}

describe('the map with 50,000 partnerships', { timeout: 120_000 }, () => {
  let db: Db;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const points = manyPoints();

  beforeAll(async () => {
    if (!existsSync(join(webDist, 'index.html'))) throw new Error('web/dist is missing: build it first (cd web && pnpm build)');
    db = testDb();
    await resetDb(db);
    await loadFixture(db);
    server = await startTestServer(db, { NODE_ENV: 'production', WEB_DIST: webDist });
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    // The map's own query answers with the big set; every other query goes to the real API.
    await page.route(
      (url) => url.pathname === '/graphql',
      async (route) => {
        if (!graphqlOperation(route.request())?.query.includes('query MapPoints')) return route.continue();
        return route.fulfill({ json: { data: { mapPoints: points, partnerships: { totalCount: POINTS } } } });
      },
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it('clusters all of them into a few hundred markers at most, at every zoom it is shown', async () => {
    await openMap(page, `${server.url}/kaart`);
    expect(await statusCount(page)).toBe(POINTS);
    await expect.poll(() => clusterTotal(page)).toBe(POINTS);
    expect(await page.locator('.leaflet-marker-pane .dsv-marker').count()).toBeLessThan(300);
    await screenshot(page, 'map-50k');

    // Zoomed in on Utrecht, only what is near the view is drawn, still in clusters.
    await openMap(page, `${server.url}/kaart?lat=52.09&lon=5.12&z=12`);
    expect((await mapState(page)).zoom).toBe('12');
    const markers = await page.locator('.leaflet-marker-pane .dsv-marker').count();
    expect(markers).toBeGreaterThan(0);
    expect(markers).toBeLessThan(600);
    const inView = Number((await page.getByTestId('map-in-view').textContent())!.replace(/\D/g, ''));
    expect(inView).toBeLessThan(POINTS);
    // The partnerships table pages the points in view, 25 a page (the table's default).
    expect(await page.getByText(`Pagina 1 van ${Math.ceil(inView / 25)}`).count()).toBe(1);
  });
});
