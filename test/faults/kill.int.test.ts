import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseError, type Db, type EmbeddedNeo4j } from '@dsv/neo4j';
import { importPath } from '@dsv/seed';
import { tempDir } from '../helpers/files.js';
import { writeBigDataset } from './big-dataset.js';
import { snapshot, startFaultNeo4j, until } from './helpers.js';

// Its own Neo4j (port and folder apart from the suite's), because this test kills it.
const PORT = Number(process.env.NEO4J_FAULT_BOLT_PORT ?? 27695);
let embedded: EmbeddedNeo4j;
let db: Db;
const log: string[] = [];

beforeAll(async () => {
  ({ embedded, db } = await startFaultNeo4j({
    dataDir: tempDir('dsv-kill-neo4j-'),
    port: PORT,
    pageCache: '128m',
    restartDelayMs: 200,
    log: (m) => log.push(m),
  }));
});
afterAll(async () => {
  await db?.close();
  await embedded?.stop();
});

/** Kills Neo4j like a power cut and waits until it has been restarted and answers. */
async function killNeo4j(): Promise<void> {
  const restarts = embedded.restarts;
  process.kill(embedded.pid!, 'SIGKILL');
  await until(async () => {
    if (embedded.restarts === restarts) throw new Error('not restarted yet');
    await db.ping();
  }, 240_000);
}

describe('Neo4j killed with kill -9: all or nothing, and it comes back by itself', () => {
  it('killed during a large import: nothing of the import is there after the restart', async () => {
    const before = await snapshot(db);
    const dir = tempDir('dsv-kill-data-');
    writeBigDataset(dir, 3 * 2 ** 20);
    let killed: Promise<void> | undefined;
    const error = await importPath(db, dir, {
      replace: true,
      batchSize: 1000,
      log: (m) => {
        if (!killed && m.startsWith('written memberships')) killed = killNeo4j();
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe('DATABASE_UNAVAILABLE');
    await killed;
    expect(embedded.restarts).toBe(1);
    expect(log.filter((m) => /was killed \(SIGKILL\); restarting it/.test(m))).toHaveLength(1);
    expect(log.filter((m) => /restarted on 127\.0\.0\.1:\d+ \(restart 1\)/.test(m))).toHaveLength(1);
    expect(await snapshot(db)).toEqual(before);
  }, 600_000);

  it('killed right after an import committed: all of it is there after the restart', async () => {
    const dir = tempDir('dsv-kill-data-');
    const size = writeBigDataset(dir, 200_000);
    await importPath(db, dir, { replace: true });
    const after = await snapshot(db);
    expect(after['memberships.csv']!.trim().split('\n')).toHaveLength(size.memberships + 1);
    await killNeo4j();
    expect(embedded.restarts).toBe(2);
    expect(await snapshot(db)).toEqual(after);
  }, 600_000);
});
