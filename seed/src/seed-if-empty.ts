import type { Db } from '@dsv/neo4j';
import { illustrativeDataset } from './illustrative/index.js';
import { importRaw } from './import.js';

/** Loads the illustrative dataset when the database holds no data yet. Returns whether it did. */
export async function seedIfEmpty(db: Db, log: (m: string) => void): Promise<boolean> {
  const [row] = await db.read<{ hasData: boolean }>('import/has-data');
  if (row?.hasData) return false;
  log('the database is empty: loading the illustrative dataset (generated, not real data)…');
  await importRaw(db, illustrativeDataset(), { replace: false, log });
  return true;
}
