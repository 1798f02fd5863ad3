import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The memory of the embedded Neo4j (sizes such as `512m` or `4g`). */
export interface EmbeddedMemory {
  /** Java heap: transaction state and query work live here. */
  heap: string;
  /** Page cache: the store files' cache, outside the heap. */
  pageCache: string;
  /**
   * All transactions together may use this much (Neo4j's
   * dbms.memory.transaction.total.max); default three quarters of the heap.
   */
  txMemory?: string;
}

/** Bytes in a size such as `512m`, `4g` or `1024k`. */
export function toBytes(size: string): number {
  const match = /^(\d+)([kmg]?)$/i.exec(size.trim());
  if (!match) throw new Error(`not a size: "${size}" (expected e.g. 512m or 2g)`);
  const unit = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(match[1]) * unit;
}

/** Three quarters of the heap, in whole MiB: the rest is for query work outside transactions. */
export function defaultTxMemory(heap: string): string {
  return `${Math.floor((toBytes(heap) * 3) / 4 / 2 ** 20)}m`;
}

/**
 * The Neo4j settings the launcher applies. Transaction logs: files are
 * preallocated, so a full disk stops Neo4j when it opens a new log file
 * rather than halfway through writing a transaction, and a small rotation
 * size keeps that preallocation (and the space a rotation needs) small.
 * Check points run often enough that recovery after a crash replays little.
 */
export function neo4jSettings(memory: EmbeddedMemory): Record<string, string> {
  const tx = toBytes(memory.txMemory ?? defaultTxMemory(memory.heap));
  return {
    'server.memory.pagecache.size': String(toBytes(memory.pageCache)),
    'dbms.memory.transaction.total.max': String(tx),
    'db.tx_log.preallocate': 'true',
    'db.tx_log.rotation.size': String(64 * 2 ** 20),
    'db.tx_log.rotation.retention_policy': '2 files',
    'db.checkpoint.interval.time': '5m',
    // A local database for a public organisation does not phone home.
    'dbms.usage_report.enabled': 'false',
  };
}

/**
 * The java command line for the launcher. The settings go in a file next to
 * the data (`dsv-neo4j.conf`, rewritten at every start) that the launcher
 * loads, so that they are plain Neo4j settings an operator can read.
 */
export function launcherArgs(memory: EmbeddedMemory, classpath: string, dataDir: string, port: number): string[] {
  const conf = join(dataDir, 'dsv-neo4j.conf');
  const lines = Object.entries(neo4jSettings(memory)).map(([k, v]) => `${k}=${v}`);
  writeFileSync(conf, `# Written by DSV-kaart at every start of the embedded Neo4j; edits are overwritten.\n${lines.join('\n')}\n`);
  return [
    `-Xms${memory.heap}`,
    `-Xmx${memory.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    classpath,
    'nl.dsvkaart.neo4j.Launcher',
    dataDir,
    String(port),
    conf,
  ];
}
