import { afterAll, beforeAll, expect, inject } from 'vitest';
import { Writable } from 'node:stream';
import { createApp, type App, type AppOptions } from '@dsv/server';
import { loadConfig } from '@dsv/server/config';
import { createLogger, type Logger } from '@dsv/server/logger';
import type { Db } from '@dsv/neo4j';
import { resetDb, testDb } from './db.js';
import { loadFixture } from './fixture.js';

export interface TestServer {
  url: string;
  app: App;
  /** POSTs a GraphQL operation as JSON and returns status and body. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GqlBody<T> }>;
  close(): Promise<void>;
}

export interface GqlBody<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A logger whose JSON lines a test can read. */
export function capturingLogger(level = 'info'): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger(level, sink), lines };
}

/**
 * The settings the tests' server runs with: the tests' Neo4j, NODE_ENV=test,
 * time budgets a busy 2-core CI machine cannot exceed by accident, then `env`.
 */
export function testConfig(env: Record<string, string> = {}) {
  const { uri, user, password } = inject('neo4j');
  return loadConfig({
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    NODE_ENV: 'test',
    QUERY_TIMEOUT_MS: '120000',
    REQUEST_TIMEOUT_MS: '120000',
    ...env,
  });
}

/** Runs the real HTTP app on a free port against the tests' Neo4j. */
export async function startTestServer(
  db: Db,
  env: Record<string, string> = {},
  opts: AppOptions & { logger?: Logger } = {},
): Promise<TestServer> {
  const config = testConfig(env);
  const app = await createApp(config, db, opts.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), opts);
  const port = await app.listen(0, '127.0.0.1');
  // GraphQL starts in the background; the tests ask it at once.
  await app.executor;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app,
    async gql(query, variables) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as GqlBody<never> };
    },
    async close() {
      await app.stop();
    },
  };
}

export interface FixtureServer {
  readonly db: Db;
  readonly server: TestServer;
  /** Runs a GraphQL operation, expects no errors and returns `data`. */
  data<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * For a test file that reads the hand-countable fixture through the API:
 * empties the test database, loads the fixture and starts the app before all
 * tests, and stops both after them.
 */
export function fixtureServer(env: Record<string, string> = {}): FixtureServer {
  let db: Db | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    db = testDb();
    await resetDb(db);
    await loadFixture(db);
    server = await startTestServer(db, env);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });
  return {
    get db() {
      return db!;
    },
    get server() {
      return server!;
    },
    async data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const { body } = await server!.gql<T>(query, variables);
      expect(body.errors).toBeUndefined();
      return body.data!;
    },
  };
}
