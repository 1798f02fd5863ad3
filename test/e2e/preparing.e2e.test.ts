import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { createApp, type App } from '@dsv/server';
import { loadConfig } from '@dsv/server/config';
import { createLogger } from '@dsv/server/logger';
import {
  CrowdingDocument,
  FilterOptionsDocument,
  MapPointsDocument,
  MapSettingsDocument,
  NetworkGraphDocument,
} from '../../web/src/data/gql/graphql.js';
import { EMPTY_FILTERS, toPartnershipFilter } from '../../web/src/filters/filters.js';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { resetDb, testDb } from '../helpers/db.js';
import { loadFixture } from '../helpers/fixture.js';

const dist = join(import.meta.dirname, '..', '..', 'web', 'dist', 'index.html');

/** The client asks a preparing server again after the Retry-After it sends; a cold first query may take a while. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000 });

interface Visit {
  page: Page;
  /** Answers of /graphql with HTTP 503 so far. */
  unavailable: number;
}

describe('the web client while the server prepares its data', () => {
  let db: Db;
  let app: App;
  let url: string;
  let browser: Browser;
  // The server's own readiness switch: /graphql answers 503 SERVICE_UNAVAILABLE until it is true.
  let prepared = false;

  beforeAll(async () => {
    if (!existsSync(dist)) throw new Error('web/dist is missing: the test command builds it (pnpm --filter @dsv/web build)');
    db = testDb();
    await resetDb(db);
    const { uri, user, password } = inject('neo4j');
    // The first queries on a freshly loaded database can be slow on a busy machine: no time limit gets in the way here.
    const slow = { QUERY_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '60000' };
    const config = loadConfig({ NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NODE_ENV: 'production', ...slow });
    app = await createApp(config, db, createLogger('silent'), { prepared: () => prepared });
    url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await db?.close();
  });

  async function visit(path: string): Promise<Visit> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const visit: Visit = { page, unavailable: 0 };
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/graphql' && response.status() === 503) visit.unavailable += 1;
    });
    await page.goto(`${url}${path}`);
    // Gone after a reload: proves the data arrives in the same page.
    await page.evaluate(() => Object.assign(window, { dsvSamePage: true }));
    return visit;
  }
  /**
   * Runs the pages' first operations once on the loaded database through a
   * second app without a readiness gate: on a busy machine the first run of a
   * statement on a just-loaded database (planning included) can outlast the
   * client's 15 s time limit, and this test is about recovering from
   * "preparing", not about cold statements.
   */
  async function warmUp(): Promise<void> {
    const { uri, user, password } = inject('neo4j');
    const warm = await createApp(loadConfig({ NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password }), db, createLogger('silent'));
    const warmUrl = `http://127.0.0.1:${await warm.listen(0, '127.0.0.1')}/graphql`;
    await warm.executor;
    const filter = toPartnershipFilter(EMPTY_FILTERS);
    // The very texts the client sends: Neo4j plans per statement, and the filter picks the statement.
    const operations = [
      { query: NetworkGraphDocument, variables: { basis: 'PARTNERSHIPS', filter } },
      { query: MapPointsDocument, variables: { filter } },
      { query: CrowdingDocument, variables: { top: 1000 } },
      { query: FilterOptionsDocument, variables: {} },
      { query: MapSettingsDocument, variables: {} },
    ];
    try {
      for (const { query, variables } of operations) {
        const res = await fetch(warmUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: query.toString(), variables }),
        });
        expect(res.status).toBe(200);
      }
    } finally {
      await warm.stop();
    }
  }
  const statusTexts = (page: Page) => page.getByRole('status').allTextContents();
  const samePage = (page: Page) => page.evaluate(() => (window as { dsvSamePage?: boolean }).dsvSamePage === true);

  it(
    'says the data is being prepared (not "nothing to show"), asks again by itself, then shows the data without a reload',
    { timeout: 180_000 },
    async () => {
      const { status } = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ networks { key } }' }),
      });
      expect(status).toBe(503);

      const network = await visit('/netwerk');
      const map = await visit('/kaart?lang=en');
      await poll(() => statusTexts(network.page)).toContain('De gegevens worden voorbereid…');
      await poll(() => statusTexts(map.page)).toContain('Preparing the data…');
      // Asked again by itself: more than one 503 per page.
      await poll(() => Math.min(network.unavailable, map.unavailable)).toBeGreaterThanOrEqual(2);
      expect(await network.page.getByText('Er is niets te tonen').count()).toBe(0);
      expect(await network.page.getByRole('alert').count()).toBe(0);
      await screenshot(network.page, 'preparing-netwerk');

      await loadFixture(db);
      await warmUp();
      prepared = true;

      // The fixture's three networks in the network view; its four located partnerships on the map.
      await poll(() => network.page.locator('figure[data-nodes="3"]').count())
        .toBe(1)
        .finally(() => screenshot(network.page, 'prepared-netwerk'));
      await poll(() => network.page.locator('main').getByText('Alfa-netwerk', { exact: true }).count()).toBeGreaterThan(0);
      await poll(() => map.page.getByTestId('map-count').textContent())
        .toMatch(/^4\b/)
        .finally(() => screenshot(map.page, 'prepared-kaart-en'));
      for (const { page } of [network, map]) {
        expect(await samePage(page)).toBe(true);
        expect(await statusTexts(page)).not.toContain('De gegevens worden voorbereid…');
        expect(await statusTexts(page)).not.toContain('Preparing the data…');
      }
    },
  );
});
