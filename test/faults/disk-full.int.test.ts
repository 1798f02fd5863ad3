import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseError, type Db, type EmbeddedNeo4j } from '@dsv/neo4j';
import { importPath, InputError } from '@dsv/seed';
import { examplesDir, tempDir } from '../helpers/files.js';
import { writeBigDataset } from './big-dataset.js';
import { snapshot, startFaultNeo4j, until } from './helpers.js';

// A small disk of its own: a 150 MB tmpfs (mounting needs root, as in CI's container).
const PORT = Number(process.env.NEO4J_DISK_BOLT_PORT ?? 27694);
const mountPoint = tempDir('dsv-small-disk-');
const dataDir = join(mountPoint, 'neo4j');
const ballast = join(mountPoint, 'ballast');
let embedded: EmbeddedNeo4j;
let db: Db;
const log: string[] = [];

const free = () => {
  const s = statfsSync(mountPoint);
  return s.bavail * s.bsize;
};

beforeAll(async () => {
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=150m', 'tmpfs', mountPoint], { encoding: 'utf8' });
  if (mount.status !== 0) throw new Error(`this test mounts a 150 MB tmpfs and needs root: ${mount.stderr}`);
  mkdirSync(dataDir);
  ({ embedded, db } = await startFaultNeo4j({ dataDir, port: PORT, pageCache: '32m', restartDelayMs: 500, log: (m) => log.push(m) }));
});
afterAll(async () => {
  await db?.close();
  await embedded?.stop();
  spawnSync('umount', [mountPoint]);
});

describe('a full disk', () => {
  it('an import is refused before it starts when the disk has too little free space', async () => {
    const before = await snapshot(db);
    const dir = tempDir('dsv-disk-data-');
    writeBigDataset(dir, 200_000);
    const error = await importPath(db, dir, { replace: true, dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toHaveLength(1);
    expect((error as InputError).problems[0]!.message).toMatch(
      /^not enough free disk space for this import: \d+ MB free next to the database \(.*\), 512 MB needed; nothing was written\./,
    );
    expect(await snapshot(db)).toEqual(before);
  }, 600_000);

  it('that fills up during an import: nothing is written, and after space is freed Neo4j recovers by itself', async () => {
    const before = await snapshot(db);
    // Leave about 30 MB, less than the import below writes to its transaction log.
    writeFileSync(ballast, Buffer.alloc(Math.max(0, free() - 30 * 2 ** 20)));
    const dir = tempDir('dsv-disk-data-');
    writeBigDataset(dir, 12 * 2 ** 20);
    const error = await importPath(db, dir, { replace: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);

    rmSync(ballast);
    await until(() => db.ping(), 240_000);
    expect(await snapshot(db)).toEqual(before);
    // And it takes writes again.
    await importPath(db, examplesDir, { replace: true, today: '2026-11-24' });
    expect((await snapshot(db))['partnerships.csv']).toContain('imported 2026-11-24');
  }, 600_000);
});
