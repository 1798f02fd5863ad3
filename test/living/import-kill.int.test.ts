import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, EmbeddedNeo4j } from '@dsv/neo4j';
import { addUser } from '@dsv/seed';
import { tempDir } from '../helpers/files.js';
import { capturingLogger, startTestServer, type TestServer } from '../helpers/server.js';
import { writeBigDataset } from '../faults/big-dataset.js';
import { snapshot, startFaultNeo4j, until } from '../faults/helpers.js';
import { signIn } from './session.js';
import { upload, zipFolder } from './upload.js';

// Its own Neo4j (port and folder apart from the suite's), because this test kills it.
const PORT = Number(process.env.NEO4J_IMPORT_KILL_BOLT_PORT ?? 7733);
let embedded: EmbeddedNeo4j;
let db: Db;
let server: TestServer;
let cookie: string;
const { logger, lines } = capturingLogger();

beforeAll(async () => {
  ({ embedded, db } = await startFaultNeo4j({
    dataDir: tempDir('dsv-import-kill-'),
    port: PORT,
    pageCache: '128m',
    restartDelayMs: 200,
    log: () => undefined,
  }));
  await addUser(db, { email: 'beheerder@example.nl', role: 'ADMIN', password: 'een sterk wachtwoord' });
  const { uri } = embedded;
  server = await startTestServer(db, { NEO4J_URI: uri, NEO4J_PASSWORD: 'dsvkaart-fault' }, { logger });
  cookie = await signIn(server.url, 'beheerder@example.nl', 'een sterk wachtwoord');
});
afterAll(async () => {
  await server?.close();
  await db?.close();
  await embedded?.stop();
});

async function history(): Promise<number> {
  const [row] = await db.read<{ n: number }>('test/count-change-records');
  return row!.n;
}

async function killNeo4j(): Promise<void> {
  const restarts = embedded.restarts;
  process.kill(embedded.pid!, 'SIGKILL');
  await until(async () => {
    if (embedded.restarts === restarts) throw new Error('not restarted yet');
    await db.ping();
  }, 240_000);
}

describe('Neo4j killed during a browser import', () => {
  it('midway: afterwards none of it is there, and the history agrees with the data', async () => {
    const before = await snapshot(db);
    const changes = await history();
    const dir = tempDir('dsv-import-kill-data-');
    writeBigDataset(dir, 2 * 2 ** 20);
    const answer = upload(server.url, cookie, { name: 'groot.zip', data: zipFolder(dir) });
    await until(async () => {
      if (!lines.some((l) => String(l.msg).startsWith('written memberships'))) throw new Error('not yet');
    }, 300_000);
    const killed = killNeo4j();
    expect(await answer).toMatchObject({ status: 503, body: { code: 'DATABASE_UNAVAILABLE' } });
    await killed;
    expect(await snapshot(db)).toEqual(before);
    expect(await history()).toBe(changes);
  }, 600_000);

  it('right after it committed: all of it is there, with all its change records', async () => {
    const dir = tempDir('dsv-import-kill-data-');
    writeBigDataset(dir, 100_000);
    const changes = await history();
    const { status, body } = await upload(server.url, cookie, { name: 'klein.zip', data: zipFolder(dir) }, { replace: 'true' });
    expect(status).toBe(200);
    const after = await snapshot(db);
    await killNeo4j();
    expect(await snapshot(db)).toEqual(after);
    expect(await history()).toBe(changes + (body.changes as number));
  }, 600_000);
});
