import type { Db, Tx } from '@dsv/neo4j';
import { municipalities } from '../gazetteer/index.js';
import type { Dataset } from '../validate/dataset.js';

export interface WriteSummary {
  networks: number;
  parties: number;
  partnerships: number;
  memberships: number;
  tables: number;
  seats: number;
  initiatives: number;
}

const BATCH = 5000;

/**
 * Writes a validated dataset in one transaction: with `replace` the database
 * is emptied first, inside the same transaction, so a failure leaves the old
 * data as it was. Rows are merged by id.
 */
export async function writeDataset(db: Db, ds: Dataset, opts: { replace: boolean; log: (m: string) => void }): Promise<WriteSummary> {
  const steps: [string, Record<string, unknown>[]][] = [
    ['municipalities', municipalities().map((m) => ({ code: m.code, name: m.name, province: m.province, lat: m.lat, lon: m.lon }))],
    ['parties', ds.parties],
    ['networks', ds.networks],
    [
      'partnerships',
      ds.partnerships.map(({ location, ...p }) => ({
        ...p,
        lat: location?.lat ?? null,
        lon: location?.lon ?? null,
        locationDerived: location?.derived ?? null,
      })),
    ],
    ['memberships', ds.memberships],
    ['tables', ds.tables],
    ['seats', ds.seats],
    ['initiatives', ds.initiatives],
  ];
  await db.writeTransaction(async (tx) => {
    if (opts.replace) {
      opts.log('emptying the database (--replace)…');
      await tx.run('import/clear');
    }
    for (const [name, rows] of steps) await writeBatches(tx, name, rows, opts.log);
  });
  return {
    networks: ds.networks.length,
    parties: ds.parties.length,
    partnerships: ds.partnerships.length,
    memberships: ds.memberships.length,
    tables: ds.tables.length,
    seats: ds.seats.length,
    initiatives: ds.initiatives.length,
  };
}

async function writeBatches(tx: Tx, name: string, rows: Record<string, unknown>[], log: (m: string) => void): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await tx.run(`import/${name}`, { rows: rows.slice(start, start + BATCH) });
    log(`written ${name}: ${Math.min(start + BATCH, rows.length)}/${rows.length}`);
  }
}
