import { createServer, connect, type Server, type Socket } from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Db } from '@dsv/neo4j';
import { resetDb, testDb } from '../helpers/db.js';
import { loadFixture } from '../helpers/fixture.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * A TCP relay in front of the tests' Neo4j: closing it (and every connection
 * through it) makes the database go away for whoever talks through it, as a
 * crashed Neo4j or a cut network would.
 */
class Relay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(port = 0): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((done) => this.server!.listen(port, '127.0.0.1', done));
    this.port = (this.server.address() as { port: number }).port;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
  }
}

/** Counts the probes: each starts with a ping. */
class CountingDb extends Db {
  pings = 0;
  override ping(): Promise<void> {
    this.pings += 1;
    return super.ping();
  }
}

const quiet = { logging: { level: 'error' as const, logger: () => undefined }, connectionTimeout: 1000, maxTransactionRetryTime: 1000 };

async function health(server: TestServer): Promise<{ code: number; status: string; reason?: string }> {
  const res = await fetch(`${server.url}/healthz`);
  const body = (await res.json()) as { status: string; reason?: string };
  return { code: res.status, status: body.status, reason: body.reason };
}

let fixtureDb: Db;
const relay = new Relay({ host: '127.0.0.1', port: Number(new URL(inject('neo4j').uri).port) });
let db: CountingDb;

beforeAll(async () => {
  fixtureDb = testDb();
  await resetDb(fixtureDb);
  await loadFixture(fixtureDb);
  await relay.open();
  const { user, password } = inject('neo4j');
  const uri = `bolt://127.0.0.1:${relay.port}`;
  db = new CountingDb(neo4j.driver(uri, neo4j.auth.basic(user, password), quiet), uri);
});
afterAll(async () => {
  await relay.close();
  await db?.close();
  await fixtureDb?.close();
});

describe('/healthz answers from the background probe', () => {
  let server: TestServer;
  beforeAll(async () => {
    // One probe at start, the next only after a minute: every check below reads the kept answer.
    server = await startTestServer(db, {}, { healthProbe: { periodMs: 60_000, staleMs: 60_000 } });
  });
  afterAll(() => server?.close());

  it('a health check asks the database nothing', async () => {
    expect(await health(server)).toEqual({ code: 200, status: 'ok', reason: undefined });
    const before = { calls: db.calls, pings: db.pings };
    for (let i = 0; i < 10; i += 1) expect((await health(server)).code).toBe(200);
    expect({ calls: db.calls, pings: db.pings }).toEqual(before);
  });
});

describe('when the database goes away', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(db, {}, { healthProbe: { periodMs: 200, timeoutMs: 1000, staleMs: 10_000 } });
  });
  afterAll(() => server?.close());

  it('/healthz says 503 "down" within three probes, and 200 again once it is back', async () => {
    await expect.poll(() => health(server)).toEqual({ code: 200, status: 'ok', reason: undefined });
    const relayPort = relay.port;
    await relay.close();
    // The probes started since the database went away.
    const probesAtCut = db.pings;
    let seen = await health(server);
    while (seen.code === 200 && db.pings - probesAtCut <= 4) {
      await new Promise((r) => setTimeout(r, 20));
      seen = await health(server);
    }
    expect(seen.code).toBe(503);
    expect(seen.status).toBe('down');
    expect(['the database does not answer', 'the database did not answer a query in time']).toContain(seen.reason);
    // A probe under way at the cut may still succeed; the next two fail, and the second turns the answer "down".
    expect(db.pings - probesAtCut).toBeLessThanOrEqual(3);

    await relay.open(relayPort);
    await expect.poll(() => health(server), { timeout: 30_000 }).toEqual({ code: 200, status: 'ok', reason: undefined });
  });
});

describe('a probe answer that is too old', () => {
  let server: TestServer;
  beforeAll(async () => {
    // The next probe is far off, so the kept answer ages past staleMs.
    server = await startTestServer(db, {}, { healthProbe: { periodMs: 60_000, staleMs: 300 } });
  });
  afterAll(() => server?.close());

  it('counts as down', async () => {
    expect((await health(server)).code).toBe(200);
    await expect
      .poll(() => health(server))
      .toEqual({
        code: 503,
        status: 'down',
        reason: expect.stringMatching(/^the health probe has not answered for \d+ s$/),
      });
  });
});
