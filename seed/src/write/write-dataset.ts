import type { Db, Tx } from '@dsv/neo4j';
import type { SheetName } from '../format/columns.js';
import { appendChanges, type ChangeInput } from '../history/changes.js';
import { municipalities } from '../gazetteer/index.js';
import { regions } from '../regions/index.js';
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

/** Rows per statement: large enough to be quick, small enough that one statement's parameters stay a few MB. */
export const BATCH_SIZE = 5000;

export interface WriteOptions {
  replace: boolean;
  log: (m: string) => void;
  batchSize?: number;
  /** The change records written in the same transaction, and which records changed (their version goes up). */
  history?: { by: string; changes: ChangeInput[]; changed: Partial<Record<SheetName, Set<string>>> };
}

/**
 * Writes a validated dataset in one transaction: with `replace` the database
 * is emptied first, inside the same transaction, so a failure leaves the old
 * data as it was. Rows are merged by id. The transaction is tried once: a
 * failed import is reported, never run again whole. The data version is
 * bumped in the same transaction (cached answers are per version).
 */
export async function writeDataset(db: Db, ds: Dataset, opts: WriteOptions): Promise<WriteSummary> {
  const batch = opts.batchSize ?? BATCH_SIZE;
  // Without a comparison every written record counts as changed.
  const changed = (sheet: SheetName, key: string) => opts.history?.changed[sheet]?.has(key) ?? true;
  const steps: [string, Record<string, unknown>[]][] = [
    ['municipalities', municipalities().map((m) => ({ code: m.code, name: m.name, province: m.province, lat: m.lat, lon: m.lon }))],
    ['regions', regions().map((r) => ({ ...r }))],
    ['parties', ds.parties.map((r) => ({ ...r, changed: changed('parties', r.id) }))],
    ['networks', ds.networks.map((r) => ({ ...r, changed: changed('networks', r.key) }))],
    [
      'partnerships',
      ds.partnerships.map(({ location, ...p }) => ({
        ...p,
        lat: location?.lat ?? null,
        lon: location?.lon ?? null,
        locationDerived: location?.derived ?? null,
        changed: changed('partnerships', p.id),
      })),
    ],
    ['memberships', ds.memberships.map((r) => ({ ...r }))],
    ['tables', ds.tables.map((r) => ({ ...r, changed: changed('tables', r.id) }))],
    ['seats', ds.seats.map((r) => ({ ...r }))],
    ['initiatives', ds.initiatives],
  ];
  await db.writeOnce(async (tx) => {
    if (opts.replace) {
      opts.log('emptying the database (--replace)…');
      await tx.run('import/clear');
    }
    for (const [name, rows] of steps) await writeBatches(tx, name, rows, batch, opts.log);
    if (opts.history && opts.history.changes.length > 0) {
      await appendChanges(tx, opts.history.by, opts.history.changes);
      opts.log(`written history: ${opts.history.changes.length} change records`);
    }
    await tx.run('meta/bump-data-version');
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

async function writeBatches(tx: Tx, name: string, rows: Record<string, unknown>[], batch: number, log: (m: string) => void): Promise<void> {
  for (let start = 0; start < rows.length; start += batch) {
    await tx.run(`import/${name}`, { rows: rows.slice(start, start + batch) });
    log(`written ${name}: ${Math.min(start + batch, rows.length)}/${rows.length}`);
  }
}
