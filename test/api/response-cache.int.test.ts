import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { importPath } from '@dsv/seed';
import { resetDb, testDb } from '../helpers/db.js';
import { examplesDir } from '../helpers/files.js';
import { loadFixture, NETWORKS } from '../helpers/fixture.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { addRoleUsers, gqlAs, signIn } from '../living/session.js';

/**
 * Answers are kept per data version: between two writes a repeated query
 * costs no database work, a write makes the next read compute anew in every
 * server process, and a GET can be revalidated with its ETag.
 */

const root = join(import.meta.dirname, '..', '..');
let db: Db;
// GraphQL in the main thread, so the round trips to Neo4j (db.calls) can be counted.
let server: TestServer;
let other: ChildProcess | undefined;
let otherUrl = '';

interface Answer {
  status: number;
  cache: string | null;
  etag: string | null;
  text: string;
}

async function post(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, cache: res.headers.get('x-cache'), etag: res.headers.get('etag'), text: await res.text() };
}

async function get(url: string, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${url}/graphql?query=${encodeURIComponent(query)}`, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });
  return { status: res.status, cache: res.headers.get('x-cache'), etag: res.headers.get('etag'), text: await res.text() };
}

/** A write as an import or an edit makes it: the data and the data version in one transaction. */
async function renameNetwork(name: string): Promise<void> {
  await db.writeOnce(async (tx) => {
    await tx.run('import/networks', { rows: [{ ...NETWORKS[0]!, name }] });
    await tx.run('meta/bump-data-version');
  });
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** A second server process on the same Neo4j, as behind a load balancer. */
async function startOtherProcess(): Promise<void> {
  const { uri, user, password } = inject('neo4j');
  const port = await freePort();
  let output = '';
  other = spawn('node', ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      NODE_ENV: 'production',
      SEED_WHEN_EMPTY: 'false',
      GRAPHQL_WORKERS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  other.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  other.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  otherUrl = `http://127.0.0.1:${port}`;
  const end = Date.now() + 120_000;
  while (Date.now() < end) {
    if (other.exitCode !== null) throw new Error(`the second server exited (${other.exitCode}):\n${output.slice(-2000)}`);
    const health = await fetch(`${otherUrl}/healthz`).catch(() => undefined);
    if (health?.status === 200) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the second server did not become healthy:\n${output.slice(-2000)}`);
}

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await loadFixture(db);
  server = await startTestServer(db, { GRAPHQL_WORKERS: '0' });
  await startOtherProcess();
});
afterAll(async () => {
  other?.kill('SIGTERM');
  await server?.close();
  await db?.close();
});

const NAMES = '{ networks { key name } }';

describe('the response cache', () => {
  it('answers a repeated query from the cache, with no round trip to Neo4j', async () => {
    const first = await post(server.url, '{ networks { key name partnershipCount } }');
    expect(first).toMatchObject({ status: 200, cache: 'miss' });
    const before = db.calls;
    const second = await post(server.url, '{ networks { key name partnershipCount } }');
    expect(second).toMatchObject({ status: 200, cache: 'hit', etag: first.etag, text: first.text });
    expect(db.calls - before).toBe(0);
  });

  it('keeps other variables apart', async () => {
    const query = 'query P($first: Int!) { partnerships(first: $first) { nodes { id } } }';
    const one = await post(server.url, query, { first: 1 });
    const two = await post(server.url, query, { first: 2 });
    expect([one.cache, two.cache]).toEqual(['miss', 'miss']);
    expect(JSON.parse(one.text).data.partnerships.nodes).toHaveLength(1);
    expect(JSON.parse(two.text).data.partnerships.nodes).toHaveLength(2);
    expect((await post(server.url, query, { first: 1 })).text).toBe(one.text);
  });

  it('computes ten identical requests that arrive together once', async () => {
    const before = db.calls;
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(server.url, '{ together: networks { key reportedCount } }')));
    expect(db.calls - before).toBe(1);
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
  });

  it('keeps no answer with errors', async () => {
    const query = '{ partnerships(first: -1) { totalCount } }';
    const answers = [await post(server.url, query), await post(server.url, query)];
    expect(answers.map((a) => a.cache)).toEqual(['miss', 'miss']);
    expect(JSON.parse(answers[1]!.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('shares nothing with a request that carries a cookie or credentials', async () => {
    await post(server.url, NAMES);
    const before = db.calls;
    const withCookie = await post(server.url, NAMES, undefined, { cookie: 'session=abc' });
    const withAuth = await post(server.url, NAMES, undefined, { authorization: 'Bearer x' });
    expect([withCookie.cache, withAuth.cache]).toEqual(['bypass', 'bypass']);
    expect(db.calls - before).toBe(2);
  });

  it('lets a GET revalidate with its ETag: 304 while the data is the same', async () => {
    const first = await get(server.url, NAMES);
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^"[\w-]{27}"$/);
    const again = await get(server.url, NAMES, { 'if-none-match': first.etag! });
    expect(again).toMatchObject({ status: 304, cache: 'hit', etag: first.etag, text: '' });
  });
});

describe('a write, with two server processes on one Neo4j', () => {
  it('makes the next read in either process show the new data', async () => {
    const before = { here: await post(server.url, NAMES), there: await post(otherUrl, NAMES) };
    const cached = { here: await post(server.url, NAMES), there: await post(otherUrl, NAMES) };
    expect([cached.here.cache, cached.there.cache]).toEqual(['hit', 'hit']);
    expect(cached.there.text).toBe(before.here.text);
    const etag = (await get(server.url, NAMES)).etag!;

    await renameNetwork('Alfa-netwerk (nieuw)');

    const after = { here: await post(server.url, NAMES), there: await post(otherUrl, NAMES) };
    expect([after.here.cache, after.there.cache]).toEqual(['miss', 'miss']);
    for (const answer of [after.here, after.there]) {
      expect(JSON.parse(answer.text).data.networks).toContainEqual({ key: 'alpha', name: 'Alfa-netwerk (nieuw)' });
    }
    // The browser's copy is stale now: a full answer with a new ETag.
    const revalidated = await get(server.url, NAMES, { 'if-none-match': etag });
    expect(revalidated.status).toBe(200);
    expect(revalidated.etag).not.toBe(etag);
  });
});

describe('the byte budget', () => {
  let small: TestServer;
  beforeAll(async () => {
    small = await startTestServer(db, { GRAPHQL_WORKERS: '0', RESPONSE_CACHE: '1k' });
  });
  afterAll(() => small?.close());

  it('keeps small answers and never one larger than the budget', async () => {
    const large = '{ partnerships(first: 50) { nodes { id name description members { role party { id name } } } } }';
    expect((await post(small.url, large)).text.length).toBeGreaterThan(1024);
    expect([(await post(small.url, large)).cache, (await post(small.url, large)).cache]).toEqual(['miss', 'miss']);
    expect([(await post(small.url, NAMES)).cache, (await post(small.url, NAMES)).cache]).toEqual(['miss', 'hit']);
  });
});

describe('an edit through the API', () => {
  it('is shown by the first anonymous read after it, in either process', async () => {
    // Data the edit's validation accepts (the fixture's municipality codes are made up); the import bumps the version too.
    await importPath(db, examplesDir, { replace: true, user: 'test' });
    const query = '{ partnership(id: "vitaal-brainport") { id name version } }';
    const seen = await post(server.url, query);
    expect((await post(server.url, query)).cache).toBe('hit');
    expect((await post(otherUrl, query)).cache).toMatch(/^(hit|miss)$/);
    const { version } = JSON.parse(seen.text).data.partnership as { version: number };

    const users = await addRoleUsers(db, ['vitaal-brainport']);
    const editor = gqlAs(server.url, await signIn(server.url, users.EDITOR));
    const edit = await editor(
      `mutation { updatePartnership(id: "vitaal-brainport", version: ${version}, input: { name: "Samen Sterk" }) { name version } }`,
    );
    expect(edit.body.errors).toBeUndefined();

    for (const url of [server.url, otherUrl]) {
      const after = await post(url, query);
      expect(after.cache).toBe('miss');
      expect(JSON.parse(after.text).data.partnership).toEqual({ id: 'vitaal-brainport', name: 'Samen Sterk', version: version + 1 });
    }
  });
});
