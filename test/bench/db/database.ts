import { rmSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { Db, startEmbedded, type EmbeddedNeo4j } from '@dsv/neo4j';
import type { Tier } from '../data/tiers.js';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');

export interface BenchDatabase {
  uri: string;
  user: string;
  password: string;
  driver: Driver;
  db: Db;
  embedded: EmbeddedNeo4j;
  stop(): Promise<void>;
}

/**
 * The benchmark's own embedded Neo4j: its own port (BENCH_BOLT_PORT, default
 * 7730) and a wiped data folder (BENCH_DATA_DIR, default .data-bench/),
 * with heap and page cache sized for the tier. Never the user's or the tests' data.
 */
export async function startBenchDatabase(tier: Tier, log: (m: string) => void): Promise<BenchDatabase> {
  const dataDir = process.env.BENCH_DATA_DIR ?? join(repoRoot, '.data-bench');
  rmSync(dataDir, { recursive: true, force: true });
  const password = 'dsvkaart-bench';
  const embedded = await startEmbedded({
    dataDir,
    port: Number(process.env.BENCH_BOLT_PORT ?? 7730),
    password,
    heap: tier.heap,
    pageCache: tier.pageCache,
    log,
    timeoutMs: 300_000,
  });
  const driver = neo4j.driver(embedded.uri, neo4j.auth.basic('neo4j', password), {
    maxConnectionPoolSize: 64,
    connectionAcquisitionTimeout: 60_000,
    logging: { level: 'error', logger: () => undefined },
  });
  const db = new Db(driver, embedded.uri);
  await db.applySchema();
  // Indexes are built in the background; wait so that the load and the queries use them.
  await driver.executeQuery('CALL db.awaitIndexes(300)');
  return {
    uri: embedded.uri,
    user: 'neo4j',
    password,
    driver,
    db,
    embedded,
    async stop() {
      await driver.close();
      await embedded.stop();
    },
  };
}
