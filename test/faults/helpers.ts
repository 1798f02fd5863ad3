import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { Db, startEmbedded, type EmbeddedNeo4j } from '@dsv/neo4j';
import { exportTo, importPath } from '@dsv/seed';
import { examplesDir, tempDir } from '../helpers/files.js';

const PASSWORD = 'dsvkaart-fault';

export interface FaultNeo4j {
  embedded: EmbeddedNeo4j;
  db: Db;
}

/**
 * A Neo4j of a fault test's own (port and folder apart from the suite's, since
 * the test kills it or fills its disk), with the schema and the example data.
 */
export async function startFaultNeo4j(options: {
  dataDir: string;
  port: number;
  pageCache: string;
  restartDelayMs: number;
  log: (message: string) => void;
}): Promise<FaultNeo4j> {
  const embedded = await startEmbedded({ ...options, password: PASSWORD, heap: '1g' });
  const db = new Db(
    neo4j.driver(embedded.uri, neo4j.auth.basic('neo4j', PASSWORD), { logging: { level: 'error', logger: () => undefined } }),
    embedded.uri,
  );
  await db.applySchema();
  await importPath(db, examplesDir, { replace: true, today: '2026-11-23' });
  return { embedded, db };
}

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
