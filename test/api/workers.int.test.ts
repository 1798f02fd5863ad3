import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { resetDb, testDb } from '../helpers/db.js';
import { loadFixture } from '../helpers/fixture.js';
import { capturingLogger, startTestServer, type TestServer } from '../helpers/server.js';

/** GraphQL in worker threads (GRAPHQL_WORKERS): the same answers as in the main thread, and a lost worker is replaced. */

const PAGE = `query Page($first: Int!) {
  networks { key name partnershipCount }
  partnerships(first: $first) { totalCount nodes { id name members { role party { name } } } }
}`;

let db: Db;
let inThread: TestServer;
let pooled: TestServer;
const log = capturingLogger('info');

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await loadFixture(db);
  inThread = await startTestServer(db, { GRAPHQL_WORKERS: '0' });
  pooled = await startTestServer(db, { GRAPHQL_WORKERS: '2' }, { logger: log.logger });
});
afterAll(async () => {
  await inThread?.close();
  await pooled?.close();
  await db?.close();
});

const graphqlLines = () => log.lines.filter((l) => (l.req as { path?: string } | undefined)?.path === '/graphql');

describe('a pool of two GraphQL worker threads', () => {
  it('runs two threads', async () => {
    expect((await pooled.app.executor).threads?.().length).toBe(2);
    expect((await inThread.app.executor).threads).toBeUndefined();
  });

  it('answers exactly as GraphQL in the main thread does, data and errors alike', async () => {
    const variables = { first: 5 };
    const [a, b] = await Promise.all([inThread.gql(PAGE, variables), pooled.gql(PAGE, variables)]);
    expect(a.status).toBe(200);
    expect(b).toEqual(a);
    expect((b.body.data as { networks: unknown[] }).networks).toHaveLength(3);

    const wrong = await Promise.all([
      inThread.gql('{ partnerships(first: -1) { totalCount } }'),
      pooled.gql('{ partnerships(first: -1) { totalCount } }'),
    ]);
    expect(wrong[1]).toEqual(wrong[0]);
    expect(wrong[1].body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps CSRF prevention: a simple GET without a preflight-forcing header is refused', async () => {
    const res = await fetch(`${pooled.url}/graphql?query=${encodeURIComponent('{ networks { key } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
    const allowed = await fetch(`${pooled.url}/graphql?query=${encodeURIComponent('{ networks { key } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
    expect(((await allowed.json()) as { data: { networks: unknown[] } }).data.networks).toHaveLength(3);
  });

  it('tells the request log the operation and its cost from the worker', async () => {
    const before = graphqlLines().length;
    await pooled.gql(PAGE, { first: 5 });
    await expect.poll(() => graphqlLines().length).toBe(before + 1);
    expect(graphqlLines().at(-1)).toMatchObject({ operation: 'Page', res: { status: 200 } });
    expect(graphqlLines().at(-1)!.cost).toBeGreaterThan(0);
  });

  it('replaces a worker that dies, and the other answers meanwhile', async () => {
    const [lost] = (await pooled.app.executor).threads!();
    await lost!.terminate();
    // The survivor answers at once.
    const meanwhile = await pooled.gql('{ networks { key } }');
    expect(meanwhile.status).toBe(200);
    expect((meanwhile.body.data as { networks: unknown[] }).networks).toHaveLength(3);
    const pool = await pooled.app.executor;
    await expect.poll(() => pool.threads!().length, { timeout: 30_000 }).toBe(2);
    const messages = log.lines.map((l) => l.msg);
    expect(messages).toContain('GraphQL worker 0 stopped (exit code 1); starting a new one in 500 ms');
    expect(messages).toContain('GraphQL worker 0 restarted');
    // Both answer again: four requests at once are spread over the two.
    const answers = await Promise.all(Array.from({ length: 4 }, () => pooled.gql(PAGE, { first: 5 })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
  });

  it('stops every worker with the app', async () => {
    const threads = [...(await pooled.app.executor).threads!()];
    const exits = threads.map((t) => new Promise((done) => t.once('exit', done)));
    await pooled.close();
    await Promise.all(exits);
    expect((await pooled.app.executor).threads!()).toEqual([]);
  });
});
