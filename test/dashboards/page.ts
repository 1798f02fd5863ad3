import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { illustrativeDataset, importRaw } from '@dsv/seed';
import nl from '../../web/src/dashboards/nl.json' with { type: 'json' };
import { launchBrowser } from '../helpers/browser.js';
import { resetDb, testDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** The Dutch texts of the dashboards, to find tables and buttons as a person would. */
export const texts = nl;

export interface Dashboards {
  db: Db;
  server: TestServer;
  browser: Browser;
  page: Page;
  /** Runs a GraphQL operation against the same server the page uses and returns its data. */
  api<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** The illustrative dataset in the tests' own Neo4j, the built client served in production mode, a Chromium page. */
export async function openDashboards(): Promise<Dashboards> {
  const db = testDb();
  await resetDb(db);
  await importRaw(db, illustrativeDataset(), { replace: true });
  const server = await startTestServer(db, { NODE_ENV: 'production' });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  return {
    db,
    server,
    browser,
    page,
    async api<T>(query: string, variables?: Record<string, unknown>) {
      const { body } = await server.gql<T>(query, variables);
      expect(body.errors).toBeUndefined();
      return body.data!;
    },
    async close() {
      await browser.close();
      await server.close();
      await db.close();
    },
  };
}

/** The body rows of the table with this caption, each as its cells' text. */
export async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption, exact: true });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
}

/** The header cells' text and `aria-sort` of the table with this caption. */
export async function tableHeaders(page: Page, caption: string): Promise<{ text: string; sort: string | null }[]> {
  const table = page.getByRole('table', { name: caption, exact: true });
  return table
    .locator('thead th')
    .evaluateAll((cells) => cells.map((c) => ({ text: (c.textContent ?? '').trim(), sort: c.getAttribute('aria-sort') })));
}

/** Clicks a download button in the export group of `title` and returns the file. */
export async function download(page: Page, title: string, label: string): Promise<{ name: string; body: Buffer }> {
  const group = page.getByRole('group', { name: `Downloaden: ${title}`, exact: true });
  const [file] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: label, exact: true }).click()]);
  return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

/** A CSV export as rows of strings (header first), without Excel's byte-order mark. */
export function parseCsv(body: Buffer): string[][] {
  const text = body.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The first sheet of an XLSX export as rows of values (header first). */
export async function parseXlsx(body: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const integer = new Intl.NumberFormat('nl', { maximumFractionDigits: 0 });
const ratio = new Intl.NumberFormat('nl', { minimumFractionDigits: 3, maximumFractionDigits: 3 });

/** Numbers as the Dutch UI shows them. */
export const show = { int: (n: number) => integer.format(n), ratio: (n: number) => ratio.format(n) };

/** A network's short name as the UI shows it. */
export const networkLabel = (key: string) => (texts.networks as Record<string, string>)[key] ?? key;
