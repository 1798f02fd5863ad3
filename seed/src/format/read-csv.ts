import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { SHEET_NAMES, type RawDataset, type RawRow, type SheetName } from './columns.js';
import { InputError, type InputProblem } from './errors.js';
import { checkCells, checkHeader, MAX_FILE_BYTES } from './limits.js';
import { unescapeCell } from './cells.js';

interface SheetRows {
  rows: RawRow[];
  rowNumbers: number[];
}

/** Reads a folder of CSV files (`networks.csv`, …) into raw rows; collects every problem. */
export function readCsvFolder(dir: string, maxBytes = MAX_FILE_BYTES): RawDataset {
  const problems: InputProblem[] = [];
  const sheets: RawDataset['sheets'] = {};
  const rowNumbers: NonNullable<RawDataset['rowNumbers']> = {};
  const bySheet = new Map<string, string[]>();
  for (const f of readdirSync(dir).sort()) {
    if (!f.toLowerCase().endsWith('.csv')) continue;
    const key = f.slice(0, -4).toLowerCase();
    bySheet.set(key, [...(bySheet.get(key) ?? []), f]);
  }
  for (const [key, names] of bySheet) {
    if (!(SHEET_NAMES as string[]).includes(key)) {
      problems.push({ file: names[0]!, message: `unknown file: expected ${SHEET_NAMES.map((s) => `${s}.csv`).join(', ')}` });
    } else if (names.length > 1) {
      problems.push({
        file: names.join(', '),
        message: `${names.length} files for the ${key} sheet (names differ only in case): keep one`,
      });
    }
  }
  // One import's cap holds for all its files together (each file over it is named below).
  const sizes = [...bySheet.values()].flat().map((f) => statSync(join(dir, f)).size);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total > maxBytes && sizes.every((size) => size <= maxBytes)) {
    problems.push({
      file: basename(dir),
      message: `the files are ${(total / 2 ** 20).toFixed(1)} MB together, over the limit of ${maxBytes / 2 ** 20} MB for one import: split it`,
    });
  }
  for (const sheet of SHEET_NAMES) {
    const names = bySheet.get(sheet);
    if (names?.length !== 1) continue;
    const read = readCsvFile(join(dir, names[0]!), sheet, problems, maxBytes);
    if (read) {
      sheets[sheet] = read.rows;
      rowNumbers[sheet] = read.rowNumbers;
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return { origin: basename(dir), sheets, rowNumbers };
}

function readCsvFile(path: string, sheet: SheetName, problems: InputProblem[], maxBytes: number): SheetRows | undefined {
  const file = basename(path);
  const size = statSync(path).size;
  if (size > maxBytes) {
    problems.push({ file, message: `file is ${(size / 2 ** 20).toFixed(1)} MB, over the limit of ${maxBytes / 2 ** 20} MB` });
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    problems.push({ file, message: 'is not valid UTF-8 text: save it as CSV UTF-8' });
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    problems.push({ file, message: 'file is empty: expected a header row' });
    return undefined;
  }
  // Blank lines are kept while parsing, so that each record's index is its
  // spreadsheet row number; they are skipped below.
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false });
  for (const e of parsed.errors) {
    problems.push({ file, row: e.row === undefined ? undefined : e.row + 1, message: `CSV syntax: ${e.message}` });
  }
  const [header, ...body] = parsed.data;
  if (!header) return undefined;
  const columns = header.map((h) => h.trim());
  if (!checkHeader(file, sheet, columns, problems)) return undefined;
  const out: SheetRows = { rows: [], rowNumbers: [] };
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    if (!checkCells(file, row, columns, cells, problems)) return;
    const values: RawRow = {};
    columns.forEach((c, j) => {
      if (c !== '') values[c] = unescapeCell((cells[j] ?? '').trim());
    });
    out.rows.push(values);
    out.rowNumbers.push(row);
  });
  return out;
}
