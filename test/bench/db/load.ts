import type { Db } from '@dsv/neo4j';
import { municipalities } from '@dsv/seed';
import type { Dataset } from '../data/dataset.js';
import { dateRows } from '../data/dates.js';
import { membershipBatches } from '../data/memberships.js';
import { Rng } from '../data/random.js';
import type { Tier } from '../data/tiers.js';

export interface LoadReport {
  seconds: number;
  /** Seconds per kind of row. */
  steps: Record<string, number>;
  rows: Record<string, number>;
}

/** Rows per transaction, per statement (the partnership statement does more per row). */
const BATCH: Record<string, number> = { parties: 10_000, partnerships: 2_000, memberships: 10_000, tables: 2_000, seats: 10_000 };

/**
 * Loads a tier through the import's own statements (`cypher/import/*.cypher`),
 * one transaction per batch, in the import's order, printing each batch.
 */
export async function loadDataset(db: Db, tier: Tier, ds: Dataset, seed: number, log: (m: string) => void): Promise<LoadReport> {
  const started = performance.now();
  const steps: Record<string, number> = {};
  const rows: Record<string, number> = {};
  async function step(name: string, total: number, batches: Iterable<object[]>) {
    const t0 = performance.now();
    let done = 0;
    for (const batch of batches) {
      await db.write(`import/${name}`, { rows: batch });
      done += batch.length;
      const s = (performance.now() - t0) / 1000;
      log(
        `[bench ${tier.name}] ${name} ${done.toLocaleString('en')}/${total.toLocaleString('en')} (${s.toFixed(1)} s, ${Math.round(done / Math.max(s, 0.001)).toLocaleString('en')} rows/s)`,
      );
    }
    steps[name] = (performance.now() - t0) / 1000;
    rows[name] = done;
  }
  const places = municipalities().map(({ code, name, province, lat, lon }) => ({ code, name, province, lat, lon }));
  await step('municipalities', places.length, [places]);
  await step('parties', ds.parties.rows.length, chunks(ds.parties.rows, BATCH.parties!));
  await step('networks', ds.networks.length, [ds.networks]);
  await step('partnerships', ds.partnerships.rows.length, chunks(ds.partnerships.rows, BATCH.partnerships!));
  await step(
    'memberships',
    tier.memberships,
    dateRows(
      membershipBatches(tier.memberships, ds.world, ds.parties, ds.partnerships, seed, BATCH.memberships!),
      new Rng(seed, 12),
      0.15,
      0.05,
    ),
  );
  await step('tables', ds.tables.length, chunks(ds.tables, BATCH.tables!));
  await step('seats', ds.seats.length, chunks(ds.seats, BATCH.seats!));
  return { seconds: (performance.now() - started) / 1000, steps, rows };
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
