import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Db, DatabaseError } from '@dsv/neo4j';
import { createLogger } from '@dsv/server/logger';
import { prepareDatabase } from '@dsv/server/startup';
import { startTestServer, type TestServer } from '../helpers/server.js';

const quiet = { logging: { level: 'error' as const, logger: () => undefined }, connectionTimeout: 2000, maxTransactionRetryTime: 2000 };

function dbAt(uri: string, password: string, user = 'neo4j'): Db {
  return new Db(neo4j.driver(uri, neo4j.auth.basic(user, password), quiet), uri);
}

describe('when Neo4j is unreachable', () => {
  const uri = 'bolt://127.0.0.1:1';
  let db: Db;
  let server: TestServer;

  beforeAll(async () => {
    db = dbAt(uri, 'whatever-password');
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('/healthz answers 503 "down" and names the problem without the database address', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'down', database: 'down', reason: 'the database does not answer' });
  });

  it('/livez answers 200: the process runs', async () => {
    const res = await fetch(`${server.url}/livez`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'live' });
  });

  it('a query gets DATABASE_UNAVAILABLE without driver details', async () => {
    const { status, body } = await server.gql('{ networks { key } }');
    expect(status).toBe(200);
    expect(body.errors).toEqual([
      { message: 'The database is not available right now.', path: ['networks'], extensions: { code: 'DATABASE_UNAVAILABLE' } },
    ]);
  });
});

describe('with a wrong NEO4J_PASSWORD', () => {
  let db: Db;
  beforeAll(() => {
    db = dbAt(inject('neo4j').uri, 'not-the-password');
  });
  afterAll(async () => {
    await db?.close();
  });

  it('the database error is one readable line naming the settings', async () => {
    const error = await db.ping().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe('DATABASE_AUTH');
    expect((error as DatabaseError).message).toBe(
      `Neo4j at ${inject('neo4j').uri} refused the user name or password: check NEO4J_USER and NEO4J_PASSWORD.`,
    );
  });

  it('start-up logs that line once and keeps retrying instead of crashing', async () => {
    // Another user name, so the retries do not lock out user neo4j (Neo4j
    // locks a user for a few seconds after three failed logins).
    const db = dbAt(inject('neo4j').uri, 'not-the-password', 'nobody');
    const lines: string[] = [];
    const logger = createLogger('error');
    logger.error = ((msg: string) => void lines.push(msg)) as typeof logger.error;
    const preparation = prepareDatabase(db, logger, { seedWhenEmpty: false, retryMs: 100 });
    try {
      await expect.poll(() => preparation.attempts()).toBeGreaterThanOrEqual(4);
      expect(preparation.isReady()).toBe(false);
    } finally {
      preparation.stop();
      await db.close();
    }
    expect(lines).toEqual([`Neo4j at ${inject('neo4j').uri} refused the user name or password: check NEO4J_USER and NEO4J_PASSWORD.`]);
  });
});
