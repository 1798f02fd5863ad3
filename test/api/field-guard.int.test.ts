import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { Db, type ReadOptions } from '@dsv/neo4j';
import { resetDb, testDb } from '../helpers/db.js';
import { loadFixture } from '../helpers/fixture.js';
import { capturingLogger, startTestServer, type TestServer } from '../helpers/server.js';

const BUDGET_MS = 1500;

/**
 * The tests' Neo4j, but after `networks/list` answers the event loop stays
 * busy past the request's budget (as under a crowd of large answers), so the
 * budget's timer cannot fire before execution goes on.
 */
class BusyAfterReadDb extends Db {
  networkReads = 0;

  override async read<T>(name: string, params: Record<string, unknown> = {}, options: ReadOptions = {}): Promise<T[]> {
    const started = performance.now();
    const rows = await super.read<T>(name, params, options);
    if (name !== 'networks/list') return rows;
    this.networkReads += 1;
    while (performance.now() < started + BUDGET_MS + 100) void 0;
    return rows;
  }
}

let db: Db;
let busy: BusyAfterReadDb;

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await loadFixture(db);
  const { uri, user, password } = inject('neo4j');
  busy = new BusyAfterReadDb(
    neo4j.driver(uri, neo4j.auth.basic(user, password), { logging: { level: 'error', logger: () => undefined } }),
    uri,
  );
});
afterAll(async () => {
  await busy?.close();
  await db?.close();
});

const fieldsOf = (lines: Record<string, unknown>[]) =>
  lines.filter((l) => (l.req as { path?: string } | undefined)?.path === '/graphql').map((l) => l.fields);

describe('execution stops at the request’s budget', () => {
  const log = capturingLogger('info');
  let server: TestServer;
  beforeAll(async () => {
    // The busy Db is this thread's: GraphQL runs here, not in worker threads with drivers of their own.
    server = await startTestServer(busy, { REQUEST_TIMEOUT_MS: String(BUDGET_MS), GRAPHQL_WORKERS: '0' }, { logger: log.logger });
  });
  afterAll(() => server?.close());

  it('a request past its budget gets QUERY_TIMEOUT and no resolver runs after the budget is spent', async () => {
    const before = busy.networkReads;
    const { status, body } = await server.gql('{ networks { key name } }');
    expect(status).toBe(200);
    expect(body).toEqual({
      data: null,
      errors: [
        {
          message: `The request took longer than ${BUDGET_MS} ms and was stopped: ask for less (a smaller first, limit or top, or a narrower filter).`,
          path: ['networks', 0, 'key'],
          locations: [{ line: 1, column: 14 }],
          extensions: { code: 'QUERY_TIMEOUT' },
        },
      ],
    });
    expect(busy.networkReads - before).toBe(1);
    // Only the root field ran: not one of the 3 × 2 fields of the networks it read.
    await expect.poll(() => fieldsOf(log.lines)).toEqual([1]);
  });
});

describe('within its budget', () => {
  const log = capturingLogger('info');
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(db, {}, { logger: log.logger });
  });
  afterAll(() => server?.close());

  it('every field resolves, and the request log counts them', async () => {
    const { body } = await server.gql('{ networks { key name } }');
    expect(body.errors).toBeUndefined();
    expect((body.data as { networks: unknown[] }).networks).toHaveLength(3);
    await expect.poll(() => fieldsOf(log.lines)).toEqual([7]);
  });
});
