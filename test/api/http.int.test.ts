import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { resetDb, testDb } from '../helpers/db.js';
import { loadFixture } from '../helpers/fixture.js';
import { capturingLogger, startTestServer, type TestServer } from '../helpers/server.js';

let db: Db;

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await loadFixture(db);
});
afterAll(async () => {
  await db?.close();
});

async function cspOf(server: TestServer, headers: Record<string, string>): Promise<string> {
  const res = await fetch(`${server.url}/livez`, { headers });
  return res.headers.get('content-security-policy') ?? '';
}

describe('upgrade-insecure-requests only over https', () => {
  let plain: TestServer;
  let proxied: TestServer;
  beforeAll(async () => {
    plain = await startTestServer(db, { NODE_ENV: 'production' });
    proxied = await startTestServer(db, { NODE_ENV: 'production', TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await plain?.close();
    await proxied?.close();
  });

  it('plain http under a hostname gets a CSP without it', async () => {
    const csp = await cspOf(plain, { host: 'dsv.example.nl' });
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('X-Forwarded-Proto: https is ignored unless TRUST_PROXY trusts the proxy', async () => {
    expect(await cspOf(plain, { host: 'dsv.example.nl', 'x-forwarded-proto': 'https' })).not.toContain('upgrade-insecure-requests');
  });

  it('https forwarded by a trusted proxy gets it', async () => {
    expect(await cspOf(proxied, { host: 'dsv.example.nl', 'x-forwarded-proto': 'https' })).toContain('upgrade-insecure-requests');
    expect(await cspOf(proxied, { host: 'dsv.example.nl', 'x-forwarded-proto': 'http' })).not.toContain('upgrade-insecure-requests');
  });
});

describe('request log', () => {
  let server: TestServer;
  const { logger, lines } = capturingLogger('info');
  beforeAll(async () => {
    server = await startTestServer(db, {}, { logger });
  });
  afterAll(() => server?.close());

  it('logs id, operation, cost, status and duration — never variables, query strings or headers', async () => {
    const secret = 'jan.jansen@example.nl';
    const res = await fetch(`${server.url}/graphql?who=${encodeURIComponent(secret)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'req-42',
        cookie: `session=${secret}`,
        authorization: `Bearer ${secret}`,
      },
      body: JSON.stringify({ query: 'query FindParty($id: ID!) { party(id: $id) { name } }', variables: { id: secret } }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('req-42');
    await expect.poll(() => lines.filter((l) => (l.req as { id?: string } | undefined)?.id === 'req-42').length).toBe(1);
    const line = lines.find((l) => (l.req as { id?: string } | undefined)?.id === 'req-42')!;
    expect(line).toMatchObject({
      level: 30,
      req: { id: 'req-42', method: 'POST', path: '/graphql' },
      res: { status: 200 },
      operation: 'FindParty',
      cost: 1,
      msg: expect.stringMatching(/^POST \/graphql 200 \d+ ms$/),
    });
    expect(typeof line.responseTime).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('jan.jansen');
    expect(JSON.stringify(line.req)).not.toMatch(/headers|remoteAddress/);
  });

  it('gives a request without a usable id a new one', async () => {
    const res = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'not/an id' } });
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => lines.filter((l) => (l.req as { id?: string } | undefined)?.id === id).length).toBe(1);
  });
});
