import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { resetDb, testDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

describe('networks query', () => {
  let db: Db;
  let server: TestServer;

  beforeAll(async () => {
    db = testDb();
    await resetDb(db);
    await db.write('import/parties', {
      rows: [{ id: 'zonmw', name: 'ZonMw', domain: 'national', municipality: null }],
    });
    await db.write('import/networks', {
      rows: [
        { key: 'jzojp', name: 'De juiste zorg op de juiste plek', reportedCount: 44, coordinators: ['zonmw'] },
        { key: 'aig', name: 'Alles is Gezondheid', reportedCount: null, coordinators: [] },
      ],
    });
    const partnership = (id: string, networks: string[]) => ({
      id,
      name: `Samen ${id}`,
      networks,
      municipalities: [],
      themes: [],
      phase: null,
      startYear: null,
      lat: null,
      lon: null,
      locationDerived: null,
      website: null,
      source: 'test',
      description: null,
      approach: null,
      financing: null,
    });
    await db.write('import/partnerships', {
      rows: [partnership('p1', ['jzojp']), partnership('p2', ['jzojp', 'aig']), partnership('p3', [])],
    });
    server = await startTestServer(db);
  });

  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('counts each partnership in every network it belongs to, ordered by key', async () => {
    const { status, body } = await server.gql('{ networks { key name reportedCount partnershipCount } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      networks: [
        { key: 'aig', name: 'Alles is Gezondheid', reportedCount: null, partnershipCount: 1 },
        { key: 'jzojp', name: 'De juiste zorg op de juiste plek', reportedCount: 44, partnershipCount: 2 },
      ],
    });
  });

  it('answers /healthz with 200 while Neo4j answers', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
  });
});
