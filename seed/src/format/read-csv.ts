import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { SHEET_NAMES, type RawDataset, type RawRow, type SheetName } from './columns.js';
import { InputError, type InputProblem } from './errors.js';
import { checkHeader, MAX_FILE_BYTES } from './limits.js';
import { unescapeCell } from './cells.js';

/** Reads a folder of CSV files (`networks.csv`, …) into raw rows; collects every problem. */
export function readCsvFolder(dir: string, maxBytes = MAX_FILE_BYTES): RawDataset {
  const problems: InputProblem[] = [];
  const sheets: RawDataset['sheets'] = {};
  const files = new Map(readdirSync(dir).map((f) => [f.toLowerCase(), f]));
  for (const sheet of SHEET_NAMES) {
    const file = files.get(`${sheet}.csv`);
    if (!file) continue;
    const rows = readCsvFile(join(dir, file), sheet, problems, maxBytes);
    if (rows) sheets[sheet] = rows;
  }
  if (problems.length > 0) throw new InputError(problems);
  return { origin: basename(dir), sheets };
}

function readCsvFile(path: string, sheet: SheetName, problems: InputProblem[], maxBytes: number): RawRow[] | undefined {
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
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  for (const e of parsed.errors) {
    problems.push({ file, row: e.row === undefined ? undefined : e.row + 1, message: `CSV syntax: ${e.message}` });
  }
  const [header, ...body] = parsed.data;
  if (!header) return undefined;
  const columns = header.map((h) => h.trim());
  if (!checkHeader(file, sheet, columns, problems)) return undefined;
  return body.map((cells) => {
    const row: RawRow = {};
    columns.forEach((c, i) => (row[c] = unescapeCell((cells[i] ?? '').trim())));
    return row;
  });
}
