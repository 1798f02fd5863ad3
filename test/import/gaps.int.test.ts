import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { exportTo, importPath, InputError, type InputProblem } from '@dsv/seed';
import { counts, resetDb, testDb } from '../helpers/db.js';
import { copyExamples, edit, examplesDir, tempDir } from '../helpers/files.js';
import { zipOf } from './zip.js';

const TODAY = '2026-11-23';
const root = join(import.meta.dirname, '..', '..');
let db: Db;
let before: { nodes: number; relationships: number };

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await importPath(db, examplesDir, { replace: false, today: TODAY });
  before = await counts(db);
});
afterAll(async () => {
  await db?.close();
});

async function rejects(path: string, expected: InputProblem[]): Promise<InputError> {
  const error = await importPath(db, path, { replace: true, today: TODAY }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).problems).toEqual(expected);
  expect(await counts(db)).toEqual(before);
  return error as InputError;
}

/** The example data as a workbook, opened for a test to change. */
async function exampleWorkbook(): Promise<{ workbook: ExcelJS.Workbook; path: string }> {
  const path = join(tempDir('dsv-xlsx-'), 'dsv.xlsx');
  await exportTo(db, path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return { workbook, path };
}

const PARTNERSHIP_COLUMNS =
  'id, name, networks, municipalities, themes, phase, start_year, lat, lon, website, source, description, approach, financing, valid_from, valid_to';

describe('columns and cells the format does not have are refused, not dropped', () => {
  it('a misspelt column is named, with the columns the file may have', async () => {
    const dir = copyExamples();
    edit(dir, 'partnerships.csv', 'lon,website', 'lon,webiste');
    await rejects(dir, [
      { file: 'partnerships.csv', row: 1, column: 'webiste', message: `unknown column: expected ${PARTNERSHIP_COLUMNS}` },
      { file: 'partnerships.csv', row: 1, column: 'website', message: 'required column is missing' },
    ]);
  });

  it('an extra cell beyond the header is named by its spreadsheet column', async () => {
    const dir = copyExamples();
    edit(dir, 'memberships.csv', 'vitaal-brainport,cz,financier', 'vitaal-brainport,cz,financier,sinds 2020');
    await rejects(dir, [{ file: 'memberships.csv', row: 3, column: 'D', message: 'extra cell beyond the 3 columns of the header' }]);
  });

  it('an empty trailing cell, as spreadsheet programs write them, is fine', async () => {
    const dir = copyExamples();
    edit(dir, 'memberships.csv', 'vitaal-brainport,cz,financier', 'vitaal-brainport,cz,financier,');
    expect((await importPath(db, dir, { replace: false, today: TODAY })).memberships).toBe(7);
  });

  it('an unknown file in the folder is refused', async () => {
    const dir = copyExamples();
    renameSync(join(dir, 'initiatives.csv'), join(dir, 'initiative.csv'));
    await rejects(dir, [
      {
        file: 'initiative.csv',
        message:
          'unknown file: expected networks.csv, parties.csv, partnerships.csv, memberships.csv, tables.csv, seats.csv, initiatives.csv, network_memberships.csv',
      },
    ]);
  });

  it('a folder with both parties.csv and PARTIES.CSV is refused', async () => {
    const dir = copyExamples();
    writeFileSync(join(dir, 'PARTIES.CSV'), readFileSync(join(dir, 'parties.csv')));
    await rejects(dir, [
      { file: 'PARTIES.CSV, parties.csv', message: '2 files for the parties sheet (names differ only in case): keep one' },
    ]);
  });

  it('a workbook with two sheets whose names differ only in case is refused', async () => {
    const { workbook, path } = await exampleWorkbook();
    // Spreadsheet programs refuse two names that differ only in case, not in spaces.
    workbook.addWorksheet('Seats ').addRow(['table_id', 'party_id']);
    await workbook.xlsx.writeFile(path);
    await rejects(path, [
      { file: 'dsv.xlsx', message: '2 sheets for seats (seats, Seats ; names differ only in case or spaces): keep one' },
    ]);
  });
});

describe('row numbers are the spreadsheet rows, also after blank lines', () => {
  it('in a CSV file', async () => {
    const dir = copyExamples();
    edit(dir, 'partnerships.csv', '\nsamen-helmond,', '\n\n,,,\n\nsamen-helmond,');
    edit(dir, 'partnerships.csv', 'Eenzaamheid,2,', 'Eenzaamheid,7,');
    await rejects(dir, [
      { file: 'partnerships.csv', row: 6, column: 'phase', message: 'must be a whole number from 1 to 4, or empty (got "7")' },
    ]);
  });

  it('in a workbook sheet', async () => {
    const { workbook, path } = await exampleWorkbook();
    const sheet = workbook.getWorksheet('partnerships')!;
    sheet.spliceRows(3, 0, [], []);
    sheet.getRow(5).getCell(6).value = 7;
    await workbook.xlsx.writeFile(path);
    await rejects(path, [
      { file: 'dsv.xlsx › partnerships', row: 5, column: 'phase', message: 'must be a whole number from 1 to 4, or empty (got "7")' },
    ]);
  });
});

describe('workbooks that cannot be read faithfully are refused', () => {
  it('a formula without a saved result', async () => {
    const { workbook, path } = await exampleWorkbook();
    workbook.getWorksheet('parties')!.getRow(3).getCell(2).value = {
      formula: 'CONCAT("Neder","landse Zorgautoriteit")',
    } as ExcelJS.CellFormulaValue;
    await workbook.xlsx.writeFile(path);
    await rejects(path, [
      {
        file: 'dsv.xlsx › parties',
        row: 3,
        column: 'name',
        message: 'formula without a saved result: open the workbook in a spreadsheet program and save it, or paste the values',
      },
    ]);
  });

  it('a formula with a saved result imports that result', async () => {
    const { workbook, path } = await exampleWorkbook();
    const sheet = workbook.getWorksheet('parties')!;
    const row = sheet.getColumn(1).values.indexOf('nza');
    const cell = sheet.getRow(row).getCell(2);
    cell.value = { formula: 'CONCAT("NZa","")', result: 'NZa' } as ExcelJS.CellFormulaValue;
    await workbook.xlsx.writeFile(path);
    await importPath(db, path, { replace: false, today: TODAY });
    expect(await db.read('test/party-names', { ids: ['nza'] })).toEqual([{ id: 'nza', name: 'NZa' }]);
    await importPath(db, examplesDir, { replace: false, today: TODAY });
    // Both imports changed a name, so the history holds two more records: the data is as before.
    before = await counts(db);
  });

  it('a workbook that unpacks to more than 256 MB (a zip bomb) is refused before it is parsed', async () => {
    const path = join(tempDir('dsv-bomb-'), 'bomb.xlsx');
    const sheet = Buffer.alloc(257 * 2 ** 20, 0x20);
    writeFileSync(path, zipOf([{ name: 'xl/worksheets/sheet1.xml', data: sheet }]));
    await rejects(path, [
      { file: 'bomb.xlsx', message: 'unpacks to more than 256 MB, over the limit for a workbook: save it as CSV files instead' },
    ]);
  });
});

describe('control characters in cells are refused and never echoed raw', () => {
  it('NUL, BEL and an ANSI escape are each named by code point', async () => {
    const dir = copyExamples();
    edit(dir, 'parties.csv', 'cz,CZ,', 'cz,CZ\u0000,');
    edit(dir, 'parties.csv', 'fontys,Fontys Hogescholen,', 'fontys,Fontys\u0007,');
    edit(dir, 'memberships.csv', 'samen-helmond,wijkteam-helmond,trekker', 'samen-helmond,wijkteam-helmond,\u001b[2J\u001b[31mtrekker');
    await rejects(dir, [
      { file: 'parties.csv', row: 5, column: 'name', message: 'contains a control character (U+0000): remove it' },
      { file: 'parties.csv', row: 9, column: 'name', message: 'contains a control character (U+0007): remove it' },
      { file: 'memberships.csv', row: 7, column: 'role', message: 'contains a control character (U+001B): remove it' },
    ]);
  });

  it('the command line prints a file name with an escape sequence as text', () => {
    const dir = copyExamples();
    writeFileSync(join(dir, '\u001b[31mrood.csv'), 'a\n');
    const { uri, user, password } = inject('neo4j');
    const run = spawnSync('node', ['--import', 'tsx', join(root, 'seed', 'src', 'cli.ts'), 'import', dir], {
      cwd: join(root, 'seed'),
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, INIT_CWD: mkdtempSync(join(tmpdir(), 'dsv-')) },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).not.toContain('\u001b');
    expect(run.stderr).toContain('  - \\u{1b}[31mrood.csv: unknown file: expected networks.csv,');
  });
});
