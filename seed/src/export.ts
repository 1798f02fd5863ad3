import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Db } from '@dsv/neo4j';
import { LIST_SEPARATOR, REQUIRED_SHEETS, SHEET_NAMES, SHEETS, type RawDataset, type RawRow, type SheetName } from './format/columns.js';
import { escapeCell, NUMERIC_COLUMNS, unescapeCell } from './format/cells.js';

type Cell = string | number | null | string[];

/** Sheets an import may leave out: written only when they have rows, so a file without them round-trips. */
const OPTIONAL_SHEETS = new Set<SheetName>(SHEET_NAMES.filter((s) => !REQUIRED_SHEETS.includes(s)));

/** Reads every sheet from the database as rows of cells, in a stable order. */
export async function exportSheets(db: Db): Promise<Record<SheetName, { columns: string[]; rows: Cell[][] }>> {
  const out = {} as Record<SheetName, { columns: string[]; rows: Cell[][] }>;
  for (const sheet of SHEET_NAMES) {
    const records = await db.read<Record<string, Cell>>(`export/${sheet.replaceAll('_', '-')}`);
    const optional = (SHEETS[sheet].optional as readonly string[]).filter((c) => records.some((r) => !isEmpty(r[c])));
    const columns = [...SHEETS[sheet].required, ...optional];
    out[sheet] = { columns, rows: records.map((r) => columns.map((c) => r[c] ?? null)) };
  }
  return out;
}

/** The database as an import would read it: every sheet as rows of text cells. */
export async function exportRaw(db: Db): Promise<RawDataset> {
  const sheets = await exportSheets(db);
  const out: RawDataset = { origin: 'database', sheets: {} };
  for (const sheet of SHEET_NAMES) {
    const { columns, rows } = sheets[sheet];
    out.sheets[sheet] = rows.map((row) => {
      const cells: RawRow = {};
      columns.forEach((c, i) => (cells[c] = unescapeCell(text(c, row[i] ?? null))));
      return cells;
    });
  }
  return out;
}

/** Writes the database in the import format: a folder of CSV files, or one .xlsx workbook. */
export async function exportTo(db: Db, target: string, log: (m: string) => void = () => undefined): Promise<void> {
  const sheets = await exportSheets(db);
  if (target.toLowerCase().endsWith('.xlsx')) {
    const workbook = new ExcelJS.Workbook();
    for (const sheet of SHEET_NAMES) {
      const { columns, rows } = sheets[sheet];
      if (OPTIONAL_SHEETS.has(sheet) && rows.length === 0) continue;
      const ws = workbook.addWorksheet(sheet);
      ws.addRow(columns);
      for (const row of rows) ws.addRow(row.map((v, i) => xlsxCell(columns[i]!, v)));
      log(`exported ${sheet}: ${rows.length} rows`);
    }
    await workbook.xlsx.writeFile(target);
    return;
  }
  mkdirSync(target, { recursive: true });
  for (const sheet of SHEET_NAMES) {
    const { columns, rows } = sheets[sheet];
    if (OPTIONAL_SHEETS.has(sheet) && rows.length === 0) continue;
    const csv = Papa.unparse({ fields: columns, data: rows.map((row) => row.map((v, i) => csvCell(columns[i]!, v))) }, { newline: '\n' });
    writeFileSync(join(target, `${sheet}.csv`), `${csv}\n`, 'utf8');
    log(`exported ${sheet}: ${rows.length} rows`);
  }
}

function isEmpty(v: Cell | undefined): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

function text(column: string, v: Cell): string {
  if (v === null) return '';
  if (Array.isArray(v)) return escapeCell([...v].sort().join(LIST_SEPARATOR));
  if (NUMERIC_COLUMNS.has(column)) return String(v);
  return escapeCell(String(v));
}

function csvCell(column: string, v: Cell): string {
  return text(column, v);
}

function xlsxCell(column: string, v: Cell): string | number | null {
  if (v === null) return null;
  if (typeof v === 'number' && NUMERIC_COLUMNS.has(column)) return v;
  return text(column, v);
}
