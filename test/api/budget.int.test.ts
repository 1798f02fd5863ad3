import { createServer, request, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { RequestBudget, RequestDb, requestSignal } from '@dsv/server/request-db';
import { resetDb, testDb } from '../helpers/db.js';
import { loadFixture } from '../helpers/fixture.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let db: Db;

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await loadFixture(db);
});
afterAll(async () => {
  await db?.close();
});

// Long enough to run for minutes; cypher/test/slow.cypher filters on x % 1000003.
const FOREVER = { n: 10_000_000_000 };
const running = async () => (await db.read<{ running: number }>('test/running', { marker: '1000003' }))[0]!.running;
const limits = (queryTimeoutMs: number) => ({ queryTimeoutMs, requestTimeoutMs: 60_000 });

describe('every read runs within the request’s limits', () => {
  it('Neo4j ends a read at the transaction timeout and the request gets QUERY_TIMEOUT', async () => {
    const reader = new RequestDb(db, limits(500), new AbortController().signal);
    const error = await reader.read('test/slow', FOREVER).catch((e: unknown) => e);
    expect(error).toMatchObject({
      message:
        'The database query took longer than 500 ms and was stopped: ask for less (a smaller first, limit or top, or a narrower filter).',
      extensions: { code: 'QUERY_TIMEOUT' },
    });
    await expect.poll(running).toBe(0);
  });

  it('aborting the request stops its running read in Neo4j', async () => {
    const controller = new AbortController();
    const reader = new RequestDb(db, limits(120_000), controller.signal);
    const pending = reader.read('test/slow', FOREVER).catch((e: unknown) => e);
    await expect.poll(running).toBe(1);
    controller.abort('client-gone');
    expect(await pending).toMatchObject({
      message: 'The client went away; the request was stopped: ask for less (a smaller first, limit or top, or a narrower filter).',
      extensions: { code: 'QUERY_TIMEOUT' },
    });
    await expect.poll(running).toBe(0);
  });

  it('a request whose budget is spent sends no more reads', async () => {
    const controller = new AbortController();
    controller.abort('budget');
    const before = db.calls;
    const error = await new RequestDb(db, limits(120_000), controller.signal).read('networks/list').catch((e: unknown) => e);
    expect(error).toMatchObject({
      message: 'The request took longer than 60000 ms and was stopped: ask for less (a smaller first, limit or top, or a narrower filter).',
    });
    expect(db.calls).toBe(before);
  });
});

describe('the request signal', () => {
  let http: Server;
  let port: number;
  const reasons: unknown[] = [];

  beforeAll(async () => {
    http = createServer((req, res) => {
      const budget = Number(new URL(req.url!, 'http://x').searchParams.get('budget'));
      const signal = requestSignal(budget, res);
      signal.addEventListener('abort', () => {
        reasons.push(signal.reason);
        if (!res.destroyed) res.end('stopped');
      });
    });
    await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
    port = (http.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((done) => http.close(() => done())));

  it('aborts with "client-gone" when the client disconnects', async () => {
    reasons.length = 0;
    const req = request({ host: '127.0.0.1', port, path: '/?budget=600000' });
    req.on('error', () => undefined);
    req.end();
    await new Promise((r) => req.once('socket', (s) => s.once('connect', r)));
    await new Promise((r) => setTimeout(r, 100));
    req.destroy();
    await expect.poll(() => reasons).toEqual(['client-gone']);
  });

  it('aborts with "budget" when the time budget runs out', async () => {
    reasons.length = 0;
    const body = await fetch(`http://127.0.0.1:${port}/?budget=50`).then((r) => r.text());
    expect(body).toBe('stopped');
    expect(reasons).toEqual(['budget']);
  });
});

describe('the request budget', () => {
  it('is spent once its deadline passes, even while the event loop is busy, and then stops reads', async () => {
    const budget = new RequestBudget(50, new AbortController().signal);
    expect(budget.spent()).toBe(false);
    const started = performance.now();
    while (performance.now() < started + 100) void 0;
    // The timer has had no chance to fire: the clock says the budget is spent.
    expect(budget.spent()).toBe(true);
    expect(budget.signal.reason).toBe('budget');
    expect(budget.error()).toMatchObject({
      message: 'The request took longer than 50 ms and was stopped: ask for less (a smaller first, limit or top, or a narrower filter).',
      extensions: { code: 'QUERY_TIMEOUT' },
    });
    const before = db.calls;
    const error = await new RequestDb(db, limits(120_000), budget.signal).read('networks/list').catch((e: unknown) => e);
    expect(error).toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
    expect(db.calls).toBe(before);
  });
});

describe('the response cap', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(db, { RESPONSE_LIMIT: '1k' });
  });
  afterAll(() => server?.close());

  it('refuses an answer over RESPONSE_LIMIT', async () => {
    const query = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: partnerships { nodes { id name description } }`).join(' ')} }`;
    const { status, body } = await server.gql(query);
    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [
        {
          message: 'The answer would be larger than 1024 bytes: ask for fewer rows or fields.',
          extensions: { code: 'RESPONSE_TOO_LARGE' },
        },
      ],
    });
  });

  it('sends an answer under it', async () => {
    const { status, body } = await server.gql('{ networks { key } }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { networks: [{ key: 'alpha' }, { key: 'beta' }, { key: 'gamma' }] } });
  });
});
