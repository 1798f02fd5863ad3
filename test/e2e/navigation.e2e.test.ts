import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { launchBrowser } from '../helpers/browser.js';
import { resetDb, testDb } from '../helpers/db.js';
import { loadFixture } from '../helpers/fixture.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** How many times the whole walk is repeated: a bounce that happens now and then must show. */
const ROUNDS = Number(process.env.NAV_ROUNDS ?? 20);

const PLACES = [
  { path: '/kaart', link: 'Kaart', heading: 'Kaart' },
  { path: '/netwerk', link: 'Netwerk', heading: 'Netwerk' },
  { path: '/overlap', link: 'Overlap', heading: 'Overlap' },
  { path: '/tafels', link: 'Tafels', heading: 'Tafels' },
] as const;
type Place = (typeof PLACES)[number];

/** One history write: the path the page was on, and the path it wrote. */
interface Write {
  from: string;
  to: string;
}

/**
 * Records every URL the app writes into the history (push or replace), with
 * the path it was on at the time, so a test can see a view that writes its own
 * path after the user has left it — the bounce back to the map that a URL
 * check at one moment may miss.
 */
const RECORD_HISTORY = () => {
  const log: { from: string; to: string }[] = [];
  (window as unknown as { __historyLog: typeof log }).__historyLog = log;
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method].bind(history);
    history[method] = (data: unknown, unused: string, url?: string | URL | null) => {
      if (url != null) log.push({ from: location.pathname, to: new URL(String(url), location.href).pathname });
      return original(data, unused, url);
    };
  }
};

describe('navigation between the places in Chromium', () => {
  let db: Db;
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    db = testDb();
    await resetDb(db);
    await loadFixture(db);
    server = await startTestServer(db, { NODE_ENV: 'production', TILE_URL: 'none' });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(RECORD_HISTORY);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  const pathname = () => new URL(page.url()).pathname;
  const historyLog = () => page.evaluate(() => (window as unknown as { __historyLog: Write[] }).__historyLog.slice());
  /** Writes, since the `before`-th, that took the page away from `path` once it was there. */
  const bouncesFrom = async (path: string, before: number) =>
    (await historyLog()).slice(before).filter((w) => w.from === path && w.to !== path);
  const heading = () => page.locator('main h1').first().textContent();

  /** Waits for what a person waits for on each place before moving on. */
  async function waitForPlace(place: Place): Promise<void> {
    await expect.poll(heading).toBe(place.heading);
    if (place.path === '/kaart') await page.locator('.leaflet-container').first().waitFor();
  }

  /** Clicks a main-nav link and checks the app arrived there and stayed there. */
  async function go(to: Place): Promise<void> {
    const before = (await historyLog()).length;
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: to.link, exact: true }).click();
    await expect.poll(pathname).toBe(to.path);
    await waitForPlace(to);
    expect(await bouncesFrom(to.path, before)).toEqual([]);
    expect(pathname()).toBe(to.path);
  }

  /** Zooms the map in with its own button, as a person would. */
  async function zoomMap(): Promise<void> {
    const zoomBefore = await page.locator('.leaflet-container').first().getAttribute('data-zoom');
    await page
      .getByRole('button', { name: /inzoomen|zoom in/i })
      .first()
      .click();
    await expect.poll(() => page.locator('.leaflet-container').first().getAttribute('data-zoom')).not.toBe(zoomBefore);
    await expect.poll(() => new URL(page.url()).searchParams.get('z')).not.toBeNull();
  }

  it(
    `walks every main-nav link from every place, ${ROUNDS} rounds, without a bounce`,
    async () => {
      await page.goto(`${server.url}/`);
      await expect.poll(pathname).toBe('/kaart');
      await waitForPlace(PLACES[0]);
      for (let round = 0; round < ROUNDS; round++) {
        for (const from of PLACES) {
          for (const to of PLACES) {
            if (to === from) continue;
            await go(from);
            // Leave the map once as loaded and once after a zoom (the moveend that used to bounce).
            if (from.path === '/kaart' && round % 2 === 1) await zoomMap();
            await go(to);
          }
        }
      }
    },
    ROUNDS * 60_000,
  );

  it('"Bekijk in het netwerk" on the map opens the network exploring from the selected partnership', async () => {
    await page.goto(`${server.url}/`);
    await waitForPlace(PLACES[0]);
    await page.getByRole('button', { name: 'Details van Samen Gezond Noord', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('p1');
    const before = (await historyLog()).length;
    await page.getByRole('link', { name: 'Bekijk in het netwerk' }).click();
    await expect.poll(pathname).toBe('/netwerk');
    await waitForPlace(PLACES[1]);
    const params = new URL(page.url()).searchParams;
    expect([params.get('mode'), params.get('focus')]).toEqual(['explore', 'partnership:p1']);
    // The graph explores from the partnership: its name is in the figure's caption.
    await expect.poll(() => page.locator('.dsv-network__caption strong').textContent()).toContain('Samen Gezond Noord');
    expect(await bouncesFrom('/netwerk', before)).toEqual([]);
  });

  it('"Op de kaart" in the network opens the map with that partnership selected', async () => {
    await page.goto(`${server.url}/netwerk?mode=explore&focus=partnership:p1&sel=partnership:p1`);
    await waitForPlace(PLACES[1]);
    await page
      .getByRole('link', { name: /^Op de kaart: Samen Gezond Noord/ })
      .first()
      .click();
    await expect.poll(pathname).toBe('/kaart');
    await waitForPlace(PLACES[0]);
    expect(new URL(page.url()).searchParams.get('sel')).toBe('p1');
    await expect.poll(() => page.getByRole('heading', { name: 'Samen Gezond Noord' }).count()).toBeGreaterThan(0);
  });

  it('"Op de kaart" in Overlap › Drukte opens the map on that municipality at its zoom', async () => {
    await page.goto(`${server.url}/kaart`);
    await waitForPlace(PLACES[0]);
    await go(PLACES[2]);
    await page.getByRole('link', { name: 'Drukte', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('drukte');
    const before = (await historyLog()).length;
    await page.getByRole('link', { name: 'Op de kaart: Noordstad', exact: true }).click();
    await expect.poll(pathname).toBe('/kaart');
    await waitForPlace(PLACES[0]);
    const params = new URL(page.url()).searchParams;
    expect([params.get('gm'), params.get('z')]).toEqual(['GM9001', '11']);
    // Centred on Noordstad (52.0, 5.0); the map may round its centre to the pixel.
    expect([Number(params.get('lat')), Number(params.get('lon'))].map((x) => Math.round(x * 100) / 100)).toEqual([52, 5]);
    await expect.poll(() => page.locator('.leaflet-container').first().getAttribute('data-zoom')).toBe('11');
    expect(await bouncesFrom('/kaart', before)).toEqual([]);
  });

  it('"Vergelijken" on Tafels shows the pair side by side and moves focus there', async () => {
    await page.goto(`${server.url}/kaart`);
    await waitForPlace(PLACES[0]);
    await go(PLACES[3]);
    await page.getByRole('link', { name: 'Vergelijken: Regietafel Noord en Gezondheidstafel Noord', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('paar')).toBe('tx,ty');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('vergelijking');
    expect(pathname()).toBe('/tafels');
  });

  it('Back and Forward walk the places the user visited', async () => {
    await page.goto(`${server.url}/kaart`);
    await waitForPlace(PLACES[0]);
    await zoomMap();
    for (const place of [PLACES[1], PLACES[2], PLACES[3]]) await go(place);
    const expectAt = async (place: Place) => {
      await expect.poll(pathname).toBe(place.path);
      await waitForPlace(place);
    };
    await page.goBack();
    await expectAt(PLACES[2]);
    await page.goBack();
    await expectAt(PLACES[1]);
    await page.goBack();
    await expectAt(PLACES[0]);
    // The map comes back at the zoom it was left at.
    expect(new URL(page.url()).searchParams.get('z')).not.toBeNull();
    await page.goForward();
    await expectAt(PLACES[1]);
    await page.goForward();
    await expectAt(PLACES[2]);
  });
});
