import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { illustrativeDataset, importRaw } from '@dsv/seed';
import { counts, resetDb, testDb } from '../helpers/db.js';
import { tempDir } from '../helpers/files.js';

const root = join(import.meta.dirname, '..', '..');
let db: Db;

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await importRaw(db, illustrativeDataset(), { replace: true, today: '2026-11-23' });
});
afterAll(async () => {
  await db?.close();
});

/** Runs `pnpm seed …` (the CLI itself) against the tests' Neo4j. */
function seed(...args: string[]): { status: number | null; stderr: string } {
  const { uri, user, password } = inject('neo4j');
  return spawnSync('node', ['--import', 'tsx', join(root, 'seed', 'src', 'cli.ts'), ...args], {
    cwd: join(root, 'seed'),
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, INIT_CWD: root },
    encoding: 'utf8',
  });
}

function readFolder(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

describe('backup and restore with seed export and seed import', () => {
  it('export, empty database, import: the next export is byte-identical', async () => {
    const backup = tempDir('dsv-backup-');
    expect(seed('export', backup).status).toBe(0);
    const before = await counts(db);

    await resetDb(db);
    expect((await counts(db)).nodes).toBe(0);

    const restore = seed('import', backup, '--replace');
    expect(restore.stderr).toContain('import done:');
    expect(restore.status).toBe(0);
    expect(await counts(db)).toEqual(before);

    const again = tempDir('dsv-backup-');
    expect(seed('export', again).status).toBe(0);
    const files = readFolder(backup);
    expect(Object.keys(files)).toEqual([
      'initiatives.csv',
      'memberships.csv',
      'network_memberships.csv',
      'networks.csv',
      'parties.csv',
      'partnerships.csv',
      'seats.csv',
      'tables.csv',
    ]);
    expect(readFolder(again)).toEqual(files);
  }, 600_000);
});
