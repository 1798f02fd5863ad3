import { statSync } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { SHEET_NAMES, type RawDataset, type RawRow } from './columns.js';
import { InputError, type InputProblem } from './errors.js';
import { checkHeader, MAX_FILE_BYTES } from './limits.js';
import { unescapeCell } from './cells.js';

/** Reads an .xlsx workbook with one sheet per entry into raw rows; collects every problem. */
export async function readXlsx(path: string, maxBytes = MAX_FILE_BYTES): Promise<RawDataset> {
  const name = basename(path);
  const size = statSync(path).size;
  if (size > maxBytes) {
    throw new InputError([
      { file: name, message: `file is ${(size / 2 ** 20).toFixed(1)} MB, over the limit of ${maxBytes / 2 ** 20} MB` },
    ]);
  }
  if (size === 0) throw new InputError([{ file: name, message: 'file is empty: expected a workbook' }]);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (err) {
    throw new InputError([{ file: name, message: `is not a readable .xlsx workbook (${(err as Error).message})` }]);
  }
  const problems: InputProblem[] = [];
  const sheets: RawDataset['sheets'] = {};
  for (const sheet of SHEET_NAMES) {
    const ws = workbook.worksheets.find((w) => w.name.trim().toLowerCase() === sheet);
    if (!ws) continue;
    const file = `${name} › ${sheet}`;
    const header = rowValues(ws.getRow(1), ws.columnCount).map((h) => h.trim());
    if (header.every((h) => h === '')) {
      problems.push({ file, message: 'sheet is empty: expected a header row' });
      continue;
    }
    if (!checkHeader(file, sheet, header, problems)) continue;
    const rows: RawRow[] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const values = rowValues(ws.getRow(r), header.length);
      if (values.every((v) => v.trim() === '')) continue;
      const row: RawRow = {};
      header.forEach((c, i) => (row[c] = unescapeCell((values[i] ?? '').trim())));
      rows.push(row);
    }
    sheets[sheet] = rows;
  }
  if (problems.length > 0) throw new InputError(problems);
  return { origin: name, sheets };
}

function rowValues(row: ExcelJS.Row, count: number): string[] {
  const out: string[] = [];
  for (let c = 1; c <= count; c++) out.push(cellText(row.getCell(c).value));
  return out;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}
