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

/**
 * Adds validity dates (DESIGN.md §9.3) to a copied examples folder: a dated
 * partnership, dated memberships and seats, and a network_memberships file
 * that dates one entry of a partnership's networks.
 */
export function dateExamples(dir: string): void {
  const addColumns = (file: string, cells: Record<string, string>) => {
    const path = join(dir, file);
    const lines = readFileSync(path, 'utf8').split('\n');
    const out = lines.map((line, i) => {
      if (line === '') return line;
      if (i === 0) return `${line},valid_from,valid_to`;
      const key = Object.keys(cells).find((k) => line.startsWith(k));
      return `${line},${key ? cells[key] : ','}`;
    });
    writeFileSync(path, out.join('\n'));
  };
  addColumns('partnerships.csv', { 'samen-helmond,': '2021-03-01,2024-07-01' });
  addColumns('memberships.csv', {
    'vitaal-brainport,fontys,': '2020-09-01,',
    'samen-helmond,huisartsen-eindhoven,': '2021-05-15,2023-01-01',
  });
  addColumns('seats.csv', { 'tafel-brainport-leefstijl,cz': ',2022-06-30' });
  writeFileSync(
    join(dir, 'network_memberships.csv'),
    'partnership_id,network,valid_from,valid_to\nvitaal-brainport,nza,2020-01-01,2023-01-01\n',
  );
}
