import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { SHEET_NAMES, type RawDataset, type RawRow, type SheetName } from './columns.js';
import { InputError, type InputProblem } from './errors.js';
import { checkCells, checkHeader, MAX_FILE_BYTES, MAX_INFLATED_BYTES } from './limits.js';
import { unescapeCell } from './cells.js';
import { columnLetter } from './text.js';
import { inflatedSize } from './zip-size.js';

/** Reads an .xlsx workbook with one sheet per entry into raw rows; collects every problem. */
export async function readXlsx(path: string, maxBytes = MAX_FILE_BYTES, maxInflated = MAX_INFLATED_BYTES): Promise<RawDataset> {
  const name = basename(path);
  const size = statSync(path).size;
  if (size > maxBytes) {
    throw new InputError([
      { file: name, message: `file is ${(size / 2 ** 20).toFixed(1)} MB, over the limit of ${maxBytes / 2 ** 20} MB` },
    ]);
  }
  if (size === 0) throw new InputError([{ file: name, message: 'file is empty: expected a workbook' }]);
  const workbook = await load(name, readFileSync(path), maxInflated);
  const problems: InputProblem[] = [];
  const sheets: RawDataset['sheets'] = {};
  const rowNumbers: NonNullable<RawDataset['rowNumbers']> = {};
  const byName = new Map<string, ExcelJS.Worksheet[]>();
  for (const ws of workbook.worksheets) {
    const key = ws.name.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), ws]);
  }
  for (const [key, list] of byName) {
    const names = list.map((ws) => ws.name).join(', ');
    if (!(SHEET_NAMES as string[]).includes(key)) {
      problems.push({ file: `${name} › ${list[0]!.name}`, message: `unknown sheet: expected ${SHEET_NAMES.join(', ')}` });
    } else if (list.length > 1) {
      problems.push({ file: name, message: `${list.length} sheets for ${key} (${names}; names differ only in case or spaces): keep one` });
    }
  }
  for (const sheet of SHEET_NAMES) {
    const list = byName.get(sheet);
    if (list?.length !== 1) continue;
    const read = readSheet(`${name} › ${sheet}`, sheet, list[0]!, problems);
    if (read) {
      sheets[sheet] = read.rows;
      rowNumbers[sheet] = read.rowNumbers;
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return { origin: name, sheets, rowNumbers };
}

async function load(name: string, bytes: Buffer, maxInflated: number): Promise<ExcelJS.Workbook> {
  let inflated: number;
  try {
    inflated = await inflatedSize(bytes, maxInflated);
  } catch (err) {
    throw new InputError([{ file: name, message: `is not a readable .xlsx workbook (${(err as Error).message})` }]);
  }
  if (inflated > maxInflated) {
    throw new InputError([
      {
        file: name,
        message: `unpacks to more than ${maxInflated / 2 ** 20} MB, over the limit for a workbook: save it as CSV files instead`,
      },
    ]);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (err) {
    throw new InputError([{ file: name, message: `is not a readable .xlsx workbook (${(err as Error).message})` }]);
  }
  return workbook;
}

function readSheet(file: string, sheet: SheetName, ws: ExcelJS.Worksheet, problems: InputProblem[]) {
  const before = problems.length;
  const header = rowValues(file, 1, ws.getRow(1), ws.columnCount, problems).map((h) => h.trim());
  if (problems.length > before) return undefined;
  if (header.every((h) => h === '')) {
    problems.push({ file, message: 'sheet is empty: expected a header row' });
    return undefined;
  }
  if (!checkHeader(file, sheet, header, problems)) return undefined;
  const out = { rows: [] as RawRow[], rowNumbers: [] as number[] };
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values = rowValues(file, r, row, Math.max(header.length, row.cellCount), problems, header);
    if (values.every((v) => v.trim() === '')) continue;
    if (!checkCells(file, r, header, values, problems)) continue;
    const cells: RawRow = {};
    header.forEach((c, i) => {
      if (c !== '') cells[c] = unescapeCell((values[i] ?? '').trim());
    });
    out.rows.push(cells);
    out.rowNumbers.push(r);
  }
  return out;
}

function rowValues(file: string, r: number, row: ExcelJS.Row, count: number, problems: InputProblem[], header: string[] = []): string[] {
  const out: string[] = [];
  for (let c = 1; c <= count; c++) {
    const text = cellText(row.getCell(c).value);
    if (typeof text === 'string') out.push(text);
    else {
      problems.push({ file, row: r, column: header[c - 1] || columnLetter(c), message: text.problem });
      out.push('');
    }
  }
  return out;
}

/** A cell's text, or why it has none that can be imported. */
function cellText(value: ExcelJS.CellValue): string | { problem: string } {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) {
      return { problem: 'formula without a saved result: open the workbook in a spreadsheet program and save it, or paste the values' };
    }
    if (typeof result === 'object' && result !== null && 'error' in result)
      return { problem: `formula gives an error (${String(result.error)})` };
    return cellText(result as ExcelJS.CellValue);
  }
  if ('text' in value) return String(value.text);
  if ('error' in value) return { problem: `cell holds an error (${String(value.error)})` };
  return { problem: 'cell holds a value that is not text or a number' };
}
