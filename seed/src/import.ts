import { statSync } from 'node:fs';
import type { Db } from '@dsv/neo4j';
import type { RawDataset } from './format/columns.js';
import { InputError } from './format/errors.js';
import { readCsvFolder } from './format/read-csv.js';
import { readXlsx } from './format/read-xlsx.js';
import { exportRaw } from './export.js';
import { planImport, type ImportPlan } from './history/import-diff.js';
import { validateDataset, type Dataset, type KnownIds } from './validate/dataset.js';
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
  /** Who imports (an e-mail address, or the shell user of the command line): named in the history. */
  user?: string;
}

/** Who an import's change records name when the caller names nobody. */
const UNKNOWN_USER = 'unknown';

/** The `source` of an import's change records: the file and the user. */
export function importSource(origin: string, user: string): string {
  return `import of ${origin} by ${user}`;
}

/** An import checked and compared with the data, not written: its problems throw (InputError). */
export interface ImportPreview {
  dataset: Dataset;
  plan: ImportPlan;
  rows: number;
}

/**
 * Validates an input and compares it with the database (created, updated and,
 * with `replace`, archived records per file). Writes nothing.
 */
export async function previewImport(db: Db, raw: RawDataset, opts: ImportOptions): Promise<ImportPreview> {
  const log = opts.log ?? (() => undefined);
  const rows = Object.values(raw.sheets).reduce((n, r) => n + (r?.length ?? 0), 0);
  log(`validating ${rows} rows from ${raw.origin}…`);
  const known = opts.replace ? undefined : await knownIds(db);
  const dataset = validateDataset(raw, { known, today: opts.today });
  log(`validated ${rows} rows: no problems`);
  const existing = await currentDataset(db, log);
  const plan = planImport(existing, dataset, { replace: opts.replace, source: importSource(raw.origin, opts.user ?? UNKNOWN_USER) });
  return { dataset, plan, rows };
}

/** The data as it is now, in the validated form (to compare an input with). */
async function currentDataset(db: Db, log: (m: string) => void): Promise<Dataset> {
  const raw = await exportRaw(db);
  try {
    return validateDataset(raw, {});
  } catch (err) {
    // Data written before a rule existed may not pass it: compare with nothing, so every row counts as new.
    log(`note: the data in the database does not pass validation (${(err as Error).message.split('\n')[0]}); every row counts as new`);
    return validateDataset({
      origin: 'database',
      sheets: { networks: [], parties: [], partnerships: [], memberships: [], tables: [], seats: [] },
    });
  }
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
  return (await importRawWithPlan(db, raw, opts)).summary;
}

/** As importRaw, and also what the import did per file (created, updated, archived). */
export async function importRawWithPlan(
  db: Db,
  raw: RawDataset,
  opts: ImportOptions,
): Promise<{ summary: WriteSummary; plan: ImportPlan }> {
  const log = opts.log ?? (() => undefined);
  const { dataset, plan } = await previewImport(db, raw, opts);
  checkFreeSpace(opts.dataDir, inputSize(raw), raw.origin);
  const summary = await writeDataset(db, dataset, {
    replace: opts.replace,
    log,
    batchSize: opts.batchSize,
    history: { by: opts.user ?? UNKNOWN_USER, changes: plan.changes, changed: plan.changed },
  });
  log(
    `import done: ${Object.entries(summary)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  );
  return { summary, plan };
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
