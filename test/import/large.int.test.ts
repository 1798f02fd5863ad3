import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { importPath } from '@dsv/seed';
import { counts, resetDb, testDb } from '../helpers/db.js';
import { tempDir } from '../helpers/files.js';
import { writeBigDataset } from '../faults/big-dataset.js';

let db: Db;
beforeAll(async () => {
  db = testDb();
  await resetDb(db);
});
afterAll(async () => {
  await db?.close();
});

// The 45 MB import at the cap runs for minutes: it is a drill
// (test/faults/import-drill.ts, results in the README). Here a smaller one
// with full 5000-row batches, through the same single transaction.
describe('a large import', () => {
  it('writes 4 MB of rows in full batches in one transaction', async () => {
    const dir = tempDir('dsv-large-');
    const size = writeBigDataset(dir, 4 * 2 ** 20);
    const log: string[] = [];
    const summary = await importPath(db, dir, { replace: true, log: (m) => log.push(m) });
    expect(summary).toEqual({
      networks: 7,
      parties: size.parties,
      partnerships: size.partnerships,
      memberships: size.memberships,
      tables: size.tables,
      seats: size.seats,
      initiatives: 1,
    });
    expect(log).toContain('written memberships: 5000/72570');
    expect(log.filter((m) => m.startsWith('written memberships'))).toHaveLength(15);
    const themes = 7;
    // One change record per record written, and one per partnership's members and per table's seats,
    const history = 7 + size.parties + size.partnerships + size.tables + 1 + size.partnerships + size.tables;
    expect((await db.read<{ n: number }>('test/count-change-records'))[0]!.n).toBe(history);
    // kept as lists of at most 5,000 created records of one kind: networks, parties, partnerships,
    // members, tables, seats, initiatives.
    const lists = [7, size.parties, size.partnerships, size.partnerships, size.tables, size.tables, 1];
    const changeNodes = lists.reduce((n, records) => n + Math.ceil(records / 5000), 0);
    expect((await db.read<{ n: number }>('test/count-label', { label: 'Change' }))[0]!.n).toBe(changeNodes);
    // 342 municipalities, their 68 regions (12 provinces, 25 GGD, 31 zorgkantoor) and the data version.
    const regions = 12 + 25 + 31;
    expect((await counts(db)).nodes).toBe(
      342 + regions + 1 + 7 + size.parties + size.partnerships + size.tables + 1 + themes + changeNodes,
    );
  }, 600_000);
});
