/**
 * Import drill (run by hand: `node --import tsx test/faults/import-drill.ts [MB]`).
 * Generates an import of about MB megabytes (default 45, just under the 50 MB
 * cap), starts an embedded Neo4j with the default settings (NEO4J_HEAP,
 * NEO4J_PAGECACHE, NEO4J_TX_MEMORY as `pnpm start` uses them, unless set) on
 * a spare port and a temporary folder, and imports it with --replace in one
 * transaction. Prints the time taken and the disk space written.
 */
import { spawnSync } from 'node:child_process';
import neo4j from 'neo4j-driver';
import { Db, dbConfigFromEnv, startEmbedded } from '@dsv/neo4j';
import { importPath } from '@dsv/seed';
import { tempDir } from '../helpers/files.js';
import { writeBigDataset } from './big-dataset.js';

const mb = Number(process.argv[2] ?? 45);
const config = dbConfigFromEnv({ ...process.env, NEO4J_URI: '', NEO4J_BOLT_PORT: process.env.DRILL_BOLT_PORT ?? '27697' });
if (config.kind !== 'embedded') throw new Error('unreachable');
const dataDir = tempDir('dsv-import-drill-');
const input = tempDir('dsv-import-drill-data-');
const size = writeBigDataset(input, mb * 2 ** 20);
const say = (m: string) => process.stderr.write(`[drill] ${m}\n`);
say(`input: ${(size.bytes / 2 ** 20).toFixed(1)} MB, ${JSON.stringify(size)}`);
say(`memory: heap ${config.heap}, page cache ${config.pageCache}, transaction memory ${config.txMemory}`);

const embedded = await startEmbedded({ ...config, dataDir, log: say });
const db = new Db(neo4j.driver(embedded.uri, neo4j.auth.basic('neo4j', config.password)), embedded.uri);
await db.applySchema();
const t0 = performance.now();
let outcome = 'succeeded';
try {
  await importPath(db, input, { replace: true, dataDir, log: (m) => (/000\/|done|validat|empty|history/.test(m) ? say(m) : undefined) });
} catch (err) {
  outcome = `FAILED: ${(err as Error).message.split('\n')[0]}`;
}
const seconds = (performance.now() - t0) / 1000;
const du = spawnSync('du', ['-sm', `${dataDir}/data/transactions/neo4j`, `${dataDir}/data/databases/neo4j`], { encoding: 'utf8' }).stdout;
await db.close();
await embedded.stop();
process.stdout.write(
  `import of ${(size.bytes / 2 ** 20).toFixed(1)} MB (${size.memberships + size.seats + size.parties + size.partnerships + size.tables} rows) ` +
    `with heap ${config.heap} / transaction memory ${config.txMemory}: ${outcome} in ${seconds.toFixed(0)} s\n${du}`,
);
