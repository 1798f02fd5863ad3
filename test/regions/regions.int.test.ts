import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { illustrativeDataset, importRaw, municipalities, regions, validateDataset } from '@dsv/seed';
import { resetDb, testDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * Regions on the illustrative data, through the API (DESIGN.md §9.1): the
 * divisions as seeded, crowding per region against a plain computation of
 * its definition over the dataset in memory, the region filter and a
 * partnership's regions.
 */

const TYPES = ['PROVINCE', 'GGD', 'ZORGKANTOOR'] as const;
const TODAY = '2026-11-23';
const all = validateDataset(illustrativeDataset(), { today: TODAY });
/** The API answers for today (DESIGN.md §9.3): the records valid now, each partnership with its networks of now. */
const now = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const validNow = (x: { validFrom: string | null; validTo: string | null }) =>
  (x.validFrom === null || x.validFrom <= now) && (x.validTo === null || now < x.validTo);
const dataset = {
  partnerships: all.partnerships
    .filter(validNow)
    .map((p) => ({
      ...p,
      networks: p.networks.filter((k) => validNow(p.networkDates.find((d) => d.network === k) ?? { validFrom: null, validTo: null })),
    })),
  memberships: all.memberships.filter(validNow),
  tables: all.tables,
  seats: all.seats.filter(validNow),
};

let db: Db;
let server: TestServer;
beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await importRaw(db, illustrativeDataset(), { replace: true, today: TODAY });
  // Counting round trips (db.calls) needs GraphQL in this thread (workers have drivers of their own), and every answer computed.
  server = await startTestServer(db, { GRAPHQL_WORKERS: '0', RESPONSE_CACHE: '0' });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { body } = await server.gql<T>(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

interface Counts {
  code: string;
  partnerships: number;
  networks: number;
  tables: number;
  parties: number;
  index: number;
}

/** Crowding per region as §9.1 defines it, from the dataset in memory; `passes` selects the partnerships that count. */
function naiveRegionCrowding(type: string, passes: (p: (typeof dataset.partnerships)[number]) => boolean = () => true): Counts[] {
  return regions()
    .filter((r) => r.type === type)
    .map((r) => {
      const inRegion = new Set(r.municipalities);
      const ps = dataset.partnerships.filter((p) => passes(p) && p.municipalities.some((m) => inRegion.has(m)));
      const ts = dataset.tables.filter((t) => t.municipalities.some((m) => inRegion.has(m)));
      const ids = new Set(ps.map((p) => p.id));
      const tableIds = new Set(ts.map((t) => t.id));
      const parties = new Set([
        ...dataset.memberships.filter((m) => ids.has(m.partnershipId)).map((m) => m.partyId),
        ...dataset.seats.filter((s) => tableIds.has(s.tableId)).map((s) => s.partyId),
      ]);
      const n = { partnerships: ps.length, tables: ts.length };
      return {
        code: r.code,
        ...n,
        networks: new Set(ps.flatMap((p) => p.networks)).size,
        parties: parties.size,
        index: n.partnerships + n.tables,
      };
    })
    .sort((a, b) => b.index - a.index || (a.code < b.code ? -1 : 1));
}

const CROWDING = `query ($type: RegionType!, $filter: PartnershipFilter) {
  regionCrowding(type: $type, filter: $filter) { region { type code name } partnerships networks tables parties index }
}`;
type CrowdingRow = Omit<Counts, 'code'> & { region: { type: string; code: string; name: string } };

describe('regions on the illustrative data', () => {
  it.each([
    ['PROVINCE', 12],
    ['GGD', 25],
    ['ZORGKANTOOR', 31],
  ])('regions(type: %s) returns %i regions by code, with every municipality in exactly one', async (type, count) => {
    const { regions: list } = await data<{ regions: { type: string; code: string; name: string; municipalities: { code: string }[] }[] }>(
      `query ($type: RegionType!) { regions(type: $type) { type code name municipalities { code } } }`,
      { type },
    );
    expect(list).toHaveLength(count);
    expect(list.map((r) => r.code)).toEqual(list.map((r) => r.code).sort());
    expect(list.every((r) => r.type === type && r.municipalities.length > 0)).toBe(true);
    const expected = regions().filter((r) => r.type === type);
    expect(list.map((r) => ({ code: r.code, name: r.name, municipalities: r.municipalities.map((m) => m.code).sort() }))).toEqual(
      expected.map((r) => ({ code: r.code, name: r.name, municipalities: r.municipalities })),
    );
    const codes = list.flatMap((r) => r.municipalities.map((m) => m.code));
    expect(codes.sort()).toEqual(municipalities().map((m) => m.code));
  });

  it('regions and their municipalities come in one round trip', async () => {
    const before = db.calls;
    await data(`{ regions(type: ZORGKANTOOR) { code municipalities { code name } } }`);
    expect(db.calls - before).toBe(1);
  });

  it.each(TYPES)('regionCrowding(type: %s) matches the definition computed over the dataset, ordered by index, then code', async (type) => {
    const { regionCrowding } = await data<{ regionCrowding: CrowdingRow[] }>(CROWDING, { type });
    const names = new Map(regions().map((r) => [r.code, r.name]));
    expect(regionCrowding.every((r) => r.region.type === type && r.region.name === names.get(r.region.code))).toBe(true);
    expect(regionCrowding.map(({ region, ...counts }) => ({ code: region.code, ...counts }))).toEqual(naiveRegionCrowding(type));
    expect(regionCrowding.some((r) => r.partnerships > 0 && r.tables > 0)).toBe(true);
  });

  it('regionCrowding with a network filter counts only that network’s partnerships (tables always count)', async () => {
    const { regionCrowding } = await data<{ regionCrowding: CrowdingRow[] }>(CROWDING, { type: 'GGD', filter: { networks: ['groz'] } });
    expect(regionCrowding.map(({ region, ...counts }) => ({ code: region.code, ...counts }))).toEqual(
      naiveRegionCrowding('GGD', (p) => p.networks.includes('groz')),
    );
  });

  it('the regions filter keeps the partnerships active in a municipality of one of the regions', async () => {
    const picked = ['GG5206', 'ZK02'];
    const inPicked = new Set(
      regions()
        .filter((r) => picked.includes(r.code))
        .flatMap((r) => r.municipalities),
    );
    const expected = dataset.partnerships.filter((p) => p.municipalities.some((m) => inPicked.has(m))).map((p) => p.id);
    const { partnerships } = await data<{ partnerships: { totalCount: number; nodes: { id: string }[] } }>(
      `query ($filter: PartnershipFilter) { partnerships(filter: $filter, first: 1000) { totalCount nodes { id } } }`,
      { filter: { regions: picked } },
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(partnerships.totalCount).toBe(expected.length);
    expect(partnerships.nodes.map((n) => n.id).sort()).toEqual(expected.sort());
    const { mapPoints } = await data<{ mapPoints: { id: string }[] }>(
      `query ($filter: PartnershipFilter) { mapPoints(filter: $filter) { id } }`,
      { filter: { regions: picked } },
    );
    const located = new Set(dataset.partnerships.filter((p) => p.location).map((p) => p.id));
    expect(mapPoints.map((p) => p.id).sort()).toEqual(expected.filter((id) => located.has(id)).sort());
  });

  it('Partnership.regions(type) lists the regions of its municipalities, each once, by code', async () => {
    const sample = dataset.partnerships.filter((p) => p.municipalities.length > 1).slice(0, 20);
    const { partnerships } = await data<{
      partnerships: { nodes: { id: string; ggd: { code: string }[]; all: { type: string; code: string }[] }[] };
    }>(
      `query ($filter: PartnershipFilter) { partnerships(filter: $filter, first: 1000) { nodes { id ggd: regions(type: GGD) { code } all: regions { type code } } } }`,
      {
        filter: { text: null },
      },
    );
    const byId = new Map(partnerships.nodes.map((n) => [n.id, n]));
    for (const p of sample) {
      const expected = (type: string) =>
        regions()
          .filter((r) => r.type === type && r.municipalities.some((m) => p.municipalities.includes(m)))
          .map((r) => r.code);
      const node = byId.get(p.id)!;
      expect(node.ggd.map((r) => r.code)).toEqual(expected('GGD'));
      expect(node.all).toEqual(TYPES.flatMap((type) => expected(type).map((code) => ({ type, code }))));
    }
  });

  it('an unknown region type is refused before any Cypher runs', async () => {
    const { status, body } = await server.gql(`{ regions(type: WIJK) { code } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
