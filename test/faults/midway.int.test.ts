import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseError, type Db } from '@dsv/neo4j';
import { importPath } from '@dsv/seed';
import { counts, resetDb, testDb } from '../helpers/db.js';
import { examplesDir, tempDir } from '../helpers/files.js';
import { writeBigDataset, type BigDatasetSize } from './big-dataset.js';
import { snapshot } from './helpers.js';

let db: Db;
let dir: string;
let size: BigDatasetSize;

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await importPath(db, examplesDir, { replace: true, today: '2026-11-23' });
  // Valid for the import's own checks, but the last rows break a constraint
  // that only the database knows: the write fails in its last batch.
  dir = tempDir('dsv-midway-');
  size = writeBigDataset(dir, 300_000, { duplicateInitiativeNames: true });
  await db.write('test/initiative-name-unique');
});
afterAll(async () => {
  await db?.write('test/drop-initiative-name-unique');
  await db?.close();
});

describe('an import that fails in a later batch changes nothing', () => {
  for (const replace of [false, true]) {
    it(`${replace ? 'with' : 'without'} --replace, the database is exactly as before`, async () => {
      const before = await snapshot(db);
      const nodesBefore = await counts(db);
      const written: string[] = [];
      const error = await importPath(db, dir, { replace, batchSize: 100, log: (m) => written.push(m) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as DatabaseError).code).toBe('DATABASE_QUERY');
      expect((error as DatabaseError).message).toMatch(
        /^Neo4j query failed: Node\(\d+\) already exists with label `Initiative` and property `name` = 'Dubbel project'$/,
      );
      // Every batch before the last one was written inside the transaction…
      expect(written).toEqual(
        expect.arrayContaining([
          `written parties: ${size.parties}/${size.parties}`,
          `written partnerships: ${size.partnerships}/${size.partnerships}`,
          `written memberships: ${size.memberships}/${size.memberships}`,
          `written seats: ${size.seats}/${size.seats}`,
        ]),
      );
      expect(written.filter((m) => m.startsWith('written initiatives'))).toEqual([]);
      // …and none of it remains.
      expect(await counts(db)).toEqual(nodesBefore);
      expect(await snapshot(db)).toEqual(before);
    });
  }
});
