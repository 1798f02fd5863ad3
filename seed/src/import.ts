import { statSync } from 'node:fs';
import type { Db } from '@dsv/neo4j';
import type { RawDataset } from './format/columns.js';
import { InputError } from './format/errors.js';
import { readCsvFolder } from './format/read-csv.js';
import { readXlsx } from './format/read-xlsx.js';
import { validateDataset, type KnownIds } from './validate/dataset.js';
import { checkFreeSpace } from './write/disk-space.js';
import { writeDataset, type WriteSummary } from './write/write-dataset.js';

export interface ImportOptions {
  replace: boolean;
  log?: (message: string) => void;
  today?: string;
  /** Rows per write statement (tests make it small to get many batches). */
  batchSize?: number;
  /** The embedded database's folder: its disk's free space is checked first. */
  dataDir?: string;
}

/** Reads a folder of CSV files or one .xlsx workbook. */
export async function readInput(path: string): Promise<RawDataset> {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError([{ file: path, message: 'no such file or folder' }]);
  }
  if (stat.isDirectory()) return readCsvFolder(path);
  if (path.toLowerCase().endsWith('.xlsx')) return readXlsx(path);
  throw new InputError([{ file: path, message: 'expected a folder of CSV files or an .xlsx workbook' }]);
}

/** Validates the whole input, then writes it in one transaction. Nothing is written if anything is wrong. */
export async function importRaw(db: Db, raw: RawDataset, opts: ImportOptions): Promise<WriteSummary> {
  const log = opts.log ?? (() => undefined);
  const rowCount = Object.values(raw.sheets).reduce((n, rows) => n + (rows?.length ?? 0), 0);
  log(`validating ${rowCount} rows from ${raw.origin}…`);
  const known = opts.replace ? undefined : await knownIds(db);
  const dataset = validateDataset(raw, { known, today: opts.today });
  log(`validated ${rowCount} rows: no problems`);
  checkFreeSpace(opts.dataDir, inputSize(raw), raw.origin);
  const summary = await writeDataset(db, dataset, { replace: opts.replace, log, batchSize: opts.batchSize });
  log(
    `import done: ${Object.entries(summary)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  );
  return summary;
}

/** About the size of the input as CSV text, in bytes. */
function inputSize(raw: RawDataset): number {
  let bytes = 0;
  for (const rows of Object.values(raw.sheets)) {
    for (const row of rows ?? []) for (const cell of Object.values(row)) bytes += cell.length + 1;
  }
  return bytes;
}

export async function importPath(db: Db, path: string, opts: ImportOptions): Promise<WriteSummary> {
  return importRaw(db, await readInput(path), opts);
}

async function knownIds(db: Db): Promise<KnownIds> {
  const [row] = await db.read<Record<keyof KnownIds, string[]>>('import/known-ids');
  return {
    networks: new Set(row?.networks),
    parties: new Set(row?.parties),
    partnerships: new Set(row?.partnerships),
    tables: new Set(row?.tables),
  };
}
