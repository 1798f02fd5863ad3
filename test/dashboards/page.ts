import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { illustrativeDataset, importRaw } from '@dsv/seed';
import overlapNl from '../../web/src/overlap/nl.json' with { type: 'json' };
import tablesNl from '../../web/src/tables/nl.json' with { type: 'json' };
import { labelsFor } from '../../web/src/ui/labels.js';
import { launchBrowser } from '../helpers/browser.js';
import { resetDb, testDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** The Dutch texts of Overlap and Tafels, to find tables and buttons as a person would. */
export const texts = { ...overlapNl, ...tablesNl };

/** The kit's Dutch labels (networks, domains, phases), as every page shows them. */
export const labels = labelsFor('nl');

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

/** The kit table with this caption and the block around it (pager, rows per page, export). */
export function tableBlock(page: Page, caption: string) {
  const table = page.getByRole('table', { name: caption, exact: true });
  return { table, block: page.locator('.dsv-data-table').filter({ has: table }) };
}

/** The row count under the table ("1–25 van 342"). */
export async function rowCount(page: Page, caption: string): Promise<string> {
  return (await tableBlock(page, caption).block.locator('.dsv-pager__count').textContent()) ?? '';
}

/**
 * The body rows of the table with this caption, each as its cells' text: the
 * page shown, or with `all` every row (rows per page set to "Alle" first).
 */
export async function tableRows(page: Page, caption: string, all = false): Promise<string[][]> {
  const { table, block } = tableBlock(page, caption);
  await table.waitFor();
  const size = block.getByLabel('Rijen per pagina');
  if (all && (await size.count()) > 0) {
    await size.selectOption('0');
    await expect.poll(() => block.locator('.dsv-pager__count').textContent()).toMatch(/^1–(\S+) van \1$/);
  }
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

/** Clicks a download button ("CSV (342 rijen)", matched by a pattern or exact text) in the export group of `title` and returns the file. */
export async function download(page: Page, title: string, label: string | RegExp): Promise<{ name: string; body: Buffer }> {
  const group = page.getByRole('group', { name: `Downloaden: ${title}`, exact: true });
  const button = group.getByRole('button', { name: label, exact: typeof label === 'string' });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

/** A Dutch CSV export (`;`) as rows of strings (header first), without the byte-order mark and the "about" block after the empty line. */
export function parseCsv(body: Buffer): string[][] {
  return splitCsv(body).rows;
}

/** A Dutch CSV export: its rows, and the "about" block (label, value) after the empty line. */
export function splitCsv(body: Buffer): { rows: string[][]; about: string[][] } {
  const text = body.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';' });
  expect(parsed.errors).toEqual([]);
  const empty = parsed.data.findIndex((r) => r.length === 1 && r[0] === '');
  return { rows: parsed.data.slice(0, empty), about: parsed.data.slice(empty + 2).filter((r) => r.length === 2) };
}

/** A file name of the kit's scheme: `dsv-kaart-<what>-<yyyy-mm-dd>.<ext>`. */
export const fileNamePattern = (what: string, extension: string) => new RegExp(`^dsv-kaart-${what}-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`);

/** A number as the Dutch CSV writes it: decimal comma, no grouping. */
export const csvNumber = (n: number) => String(n).replace('.', ',');

/** The first sheet of an XLSX export as rows of values (header first). */
export async function parseXlsx(body: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const integer = new Intl.NumberFormat('nl', { maximumFractionDigits: 0 });
const ratio = new Intl.NumberFormat('nl', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Numbers as the Dutch UI shows them. */
export const show = { int: (n: number) => integer.format(n), ratio: (n: number) => ratio.format(n) };

/** A network's name as the UI shows it. */
export const networkLabel = (key: string) => labels.network(key);
