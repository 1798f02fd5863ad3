import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '@dsv/neo4j';
import { exportTo } from '@dsv/seed';
import { tempDir } from '../helpers/files.js';

/** The whole database as exported CSV files: name → text. Equal exports mean equal data. */
export async function snapshot(db: Db): Promise<Record<string, string>> {
  const dir = tempDir('dsv-snapshot-');
  await exportTo(db, dir);
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

/** Tries `probe` until it resolves, every 200 ms, for at most `limitMs`. */
export async function until<T>(probe: () => Promise<T>, limitMs: number): Promise<T> {
  const end = Date.now() + limitMs;
  for (;;) {
    try {
      return await probe();
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
