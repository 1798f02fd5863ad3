import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { unzipSync } from 'fflate';
import type { RawDataset } from './columns.js';
import { InputError } from './errors.js';
import { MAX_FILE_BYTES, MAX_INFLATED_BYTES } from './limits.js';
import { readCsvFolder } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { forbiddenCharacter } from './text.js';
import { inflatedSize } from './zip-size.js';

/** A file name as uploaded, reduced to a safe base name (no folders, no control characters). */
function safeName(name: string): string {
  const base = [...posix.basename(name.replaceAll('\\', '/'))].filter((c) => !forbiddenCharacter(c)).join('');
  return base === '' || base === '.' || base === '..' ? 'upload' : base;
}

/**
 * Reads an uploaded input: an .xlsx workbook, or a folder of CSV files packed
 * as a .zip (the files at its top or inside one folder). It goes through the
 * same readers as `pnpm seed import`, so every check and message is the same.
 */
export async function readUpload(name: string, data: Buffer): Promise<RawDataset> {
  const file = safeName(name);
  if (data.length > MAX_FILE_BYTES)
    throw new InputError([
      { file, message: `file is ${(data.length / 2 ** 20).toFixed(1)} MB, over the limit of ${MAX_FILE_BYTES / 2 ** 20} MB` },
    ]);
  const lower = file.toLowerCase();
  if (!lower.endsWith('.xlsx') && !lower.endsWith('.zip'))
    throw new InputError([{ file, message: 'expected an .xlsx workbook or a .zip of CSV files' }]);
  const dir = mkdtempSync(join(tmpdir(), 'dsv-upload-'));
  try {
    if (lower.endsWith('.xlsx')) {
      const path = join(dir, file);
      writeFileSync(path, data);
      return await readXlsx(path);
    }
    const folder = join(dir, file.slice(0, -'.zip'.length) || 'upload');
    await unpackCsv(file, data, folder);
    return readCsvFolder(folder);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function unpackCsv(file: string, data: Buffer, folder: string): Promise<void> {
  let size: number;
  try {
    size = await inflatedSize(data, MAX_INFLATED_BYTES);
  } catch {
    throw new InputError([{ file, message: 'is not a zip archive that can be read' }]);
  }
  if (size > MAX_INFLATED_BYTES)
    throw new InputError([{ file, message: `unpacks to more than ${MAX_INFLATED_BYTES / 2 ** 20} MB: not accepted` }]);
  const entries = unzipSync(data, { filter: (f) => f.name.toLowerCase().endsWith('.csv') && !f.name.startsWith('__MACOSX/') });
  const names = Object.keys(entries);
  const folders = new Set(names.map((n) => posix.dirname(n)));
  if (names.length === 0) throw new InputError([{ file, message: 'holds no CSV files' }]);
  if (folders.size > 1)
    throw new InputError([{ file, message: `holds CSV files in more than one folder (${[...folders].join(', ')}): keep one` }]);
  mkdirSync(folder, { recursive: true });
  for (const name of names) writeFileSync(join(folder, safeName(name)), entries[name]!);
}
