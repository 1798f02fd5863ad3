import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { illustrativeDataset, importRaw } from '@dsv/seed';
import type { Db } from '@dsv/neo4j';
import { resetDb, testDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * The illustrative data in time (DESIGN.md §9.3): on the report's date its
 * networks have exactly the report's counts; since then some partnerships and
 * network entries ended and some prevention agreements started, and the API
 * says so.
 */

const REPORT = { groz: 10, jzojp: 44, aig: 15, kavels: 3, nza: 7, gezondin: 150, lpa: 258 };
/** After every illustrative start and end (all of them fall before 2026). */
const SINCE = { groz: 10, jzojp: 41, aig: 13, kavels: 3, nza: 6, gezondin: 141, lpa: 242 };

describe('the illustrative data in time', () => {
  let db: Db;
  let server: TestServer;
  const data = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const { body } = await server.gql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
  const counts = async (asOf?: string) => {
    const { networks } = await data<{ networks: { key: string; partnershipCount: number; reportedCount: number }[] }>(
      'query($asOf: Date) { networks(asOf: $asOf) { key partnershipCount reportedCount } }',
      { asOf },
    );
    return networks;
  };

  beforeAll(async () => {
    db = testDb();
    await resetDb(db);
    await importRaw(db, illustrativeDataset(), { replace: true });
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('networks(asOf: "2021-12-31") gives the report’s table exactly', async () => {
    const networks = await counts('2021-12-31');
    expect(Object.fromEntries(networks.map((n) => [n.key, n.partnershipCount]))).toEqual(REPORT);
    expect(networks.every((n) => n.partnershipCount === n.reportedCount)).toBe(true);
  });

  it('today the counts differ where the dates say so', async () => {
    const today = Object.fromEntries((await counts()).map((n) => [n.key, n.partnershipCount]));
    expect(today).toEqual(SINCE);
    expect(today).not.toEqual(REPORT);
  });

  it('networkChange from the report’s date to today is the difference, with who joined and who left', async () => {
    const { networkChange } = await data<{
      networkChange: { network: string; joined: number; left: number; before: number; after: number }[];
    }>('{ networkChange(from: "2021-12-31", to: "2026-01-01") { network joined left before after } }');
    for (const row of networkChange) {
      const key = row.network as keyof typeof REPORT;
      expect(row).toMatchObject({ before: REPORT[key], after: SINCE[key] });
      expect(row.after - row.before).toBe(row.joined - row.left);
    }
    // Seven prevention agreements started after the report, two of them GezondIn networks as well.
    expect(networkChange.find((r) => r.network === 'lpa')!.joined).toBe(7);
    expect(networkChange.find((r) => r.network === 'gezondin')!.joined).toBe(2);
    expect(networkChange.reduce((sum, r) => sum + r.left, 0)).toBeGreaterThan(20);
  });

  it('crowdingChange from the report’s date to today moves where partnerships started and stopped', async () => {
    const { crowdingChange } = await data<{ crowdingChange: { code: string; before: number; after: number; delta: number }[] }>(
      '{ crowdingChange(from: "2021-12-31", to: "2026-01-01") { code before after delta } }',
    );
    expect(crowdingChange).toHaveLength(342);
    expect(crowdingChange.filter((r) => r.delta > 0).length).toBeGreaterThan(0);
    expect(crowdingChange.filter((r) => r.delta < 0).length).toBeGreaterThan(0);
    const { crowding } = await data<{ crowding: { code: string; index: number }[] }>(
      '{ crowding(top: 1000, asOf: "2021-12-31") { code index } }',
    );
    const before = new Map(crowding.map((r) => [r.code, r.index]));
    expect(crowdingChange.every((r) => r.before === before.get(r.code))).toBe(true);
  });

  it('still says it is illustrative, also of the partnerships that started later', async () => {
    const { partnerships } = await data<{ partnerships: { nodes: { source: string; validFrom: string | null }[] } }>(
      '{ partnerships(first: 1000) { nodes { source validFrom } } }',
    );
    const later = partnerships.nodes.filter((p) => p.validFrom !== null && p.validFrom > '2021-12-31');
    expect(later).toHaveLength(7);
    expect(partnerships.nodes.every((p) => p.source === 'illustrative')).toBe(true);
  });
});
