import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { graphqlOperation, launchBrowser } from '../helpers/browser.js';
import { resetDb, testDb } from '../helpers/db.js';
import { loadFixture } from '../helpers/fixture.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const dist = join(import.meta.dirname, '..', '..', 'web', 'dist', 'index.html');
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000 });

describe('the web client cache', () => {
  let db: Db;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  /** Operation names the page sent to /graphql, in order. */
  const sent: string[] = [];

  beforeAll(async () => {
    if (!existsSync(dist)) throw new Error('web/dist is missing: the test command builds it (pnpm --filter @dsv/web build)');
    db = testDb();
    await resetDb(db);
    await loadFixture(db);
    server = await startTestServer(db, { NODE_ENV: 'production' });
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('request', (request) => {
      const operation = graphqlOperation(request);
      if (operation) sent.push(/^\s*query (\w+)/.exec(operation.query)?.[1] ?? '(anonymous)');
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  const count = (operation: string) => sent.filter((name) => name === operation).length;
  const nav = (name: string) => page.getByRole('navigation').first().getByRole('link', { name, exact: true });

  it('does not fetch again what a page already has when the user comes back to it', async () => {
    await page.goto(`${server.url}/kaart`);
    await poll(() => page.getByTestId('map-count').textContent()).toMatch(/^4\b/);
    expect([count('MapPoints'), count('FilterOptions'), count('Crowding'), count('MapSettings')]).toEqual([1, 1, 1, 1]);

    await nav('Netwerk').click();
    await poll(() => page.locator('figure[data-nodes="3"]').count()).toBe(1);
    // The filter options came from the cache: the network page asked only for its graph.
    expect([count('NetworkGraph'), count('FilterOptions')]).toEqual([1, 1]);

    await nav('Kaart').click();
    await poll(() => page.getByTestId('map-count').textContent()).toMatch(/^4\b/);
    await nav('Netwerk').click();
    await poll(() => page.locator('figure[data-nodes="3"]').count()).toBe(1);
    expect([count('MapPoints'), count('FilterOptions'), count('Crowding'), count('MapSettings'), count('NetworkGraph')]).toEqual([
      1, 1, 1, 1, 1,
    ]);
  });

  it('asks for queries with GET, and a reload revalidates them: the server answers 304 and the browser keeps its copy', async () => {
    // A context of its own: an empty browser cache.
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const seen: Promise<{ method: string; etag: string | undefined; asked: string | undefined; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      const operation = graphqlOperation(request);
      if (!operation || !/^\s*query MapPoints\b/.test(operation.query)) return;
      seen.push(
        (async () => {
          const [response, headers, sizes] = await Promise.all([request.response(), request.allHeaders(), request.sizes()]);
          return {
            method: request.method(),
            etag: response?.headers().etag,
            asked: headers['if-none-match'],
            bytes: sizes.responseBodySize,
          };
        })(),
      );
    });
    await page.goto(`${server.url}/kaart`);
    await poll(() => page.getByTestId('map-count').textContent()).toMatch(/^4\b/);
    await page.reload();
    await poll(() => page.getByTestId('map-count').textContent()).toMatch(/^4\b/);
    const [first, again] = await Promise.all(seen);
    expect(seen).toHaveLength(2);
    expect(first).toMatchObject({ method: 'GET', asked: undefined });
    expect(first!.etag).toMatch(/^"[\w-]{27}"$/);
    expect(first!.bytes).toBeGreaterThan(100);
    // The second answer is a 304 without a body: the map shows the copy the browser kept.
    expect(again).toEqual({ method: 'GET', etag: first!.etag, asked: first!.etag, bytes: 0 });
    await page.context().close();
  });
});
