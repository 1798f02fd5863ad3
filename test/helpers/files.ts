import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const examplesDir = join(import.meta.dirname, '..', '..', 'seed', 'examples');

/** A fresh copy of seed/examples in a temp folder, for a test to change. */
export function copyExamples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dsv-import-'));
  cpSync(examplesDir, dir, { recursive: true });
  return dir;
}

/** Rewrites one file of a copied folder with a text replacement. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit: "${String(from)}" not found in ${file}`);
  writeFileSync(path, after);
}

export function tempDir(prefix = 'dsv-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
