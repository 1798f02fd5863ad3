import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateParam, type Db } from '@dsv/neo4j';
import { Rng } from '../bench/data/random.js';
import { resetDb, testDb } from '../helpers/db.js';

/**
 * The analytics whose Cypher takes short cuts for speed (prefix filtering for
 * duplicate tables, network signatures for overlap on parties, degrees for
 * party load, one walk per partnership for crowding) against a plain
 * computation of their definitions (DESIGN.md §4) on a seeded random graph
 * with hub parties: a few parties sit at most tables and are members of
 * many partnerships, as national parties and insurers are.
 */

const NETWORKS = ['n1', 'n2', 'n3', 'n4', 'n5'];
const PROVINCES = ['Utrecht', 'Limburg', 'Groningen'];

interface World {
  municipalities: { code: string; province: string }[];
  parties: string[];
  partnerships: { id: string; networks: string[]; municipalities: string[] }[];
  memberships: { partyId: string; partnershipId: string }[];
  tables: { id: string; municipalities: string[]; seated: string[] }[];
}

function makeWorld(seed: number): World {
  const rnd = new Rng(seed, 1);
  const municipalities = Array.from({ length: 12 }, (_, i) => ({ code: `GM${String(i).padStart(4, '0')}`, province: PROVINCES[i % 3]! }));
  const parties = Array.from({ length: 120 }, (_, i) => `party-${String(i).padStart(3, '0')}`);
  const hubs = parties.slice(0, 4);
  const some = <T>(items: readonly T[], min: number, max: number) => {
    const n = rnd.int(min, Math.min(max, items.length));
    const chosen = new Set<T>();
    while (chosen.size < n) chosen.add(rnd.pick(items));
    return [...chosen];
  };
  const partnerships = Array.from({ length: 60 }, (_, i) => ({
    id: `ps-${String(i).padStart(3, '0')}`,
    networks: some(NETWORKS, 0, 3),
    municipalities: some(
      municipalities.map((m) => m.code),
      0,
      3,
    ),
  }));
  const memberships = partnerships.flatMap((p) => {
    const members = new Set([...some(parties, 1, 8), ...hubs.filter(() => rnd.chance(0.6))]);
    return [...members].map((partyId) => ({ partyId, partnershipId: p.id }));
  });
  const tables = Array.from({ length: 70 }, (_, i) => {
    // Every fifth table seats only hubs: its duplicates share nothing but the most-seated parties.
    const seated =
      i % 5 === 0 ? some(hubs, 2, 3) : [...new Set([...hubs.filter(() => rnd.chance(0.7)), ...some(parties.slice(4, 40), 0, 6)])];
    return {
      id: `tb-${String(i).padStart(3, '0')}`,
      municipalities: some(
        municipalities.map((m) => m.code),
        0,
        2,
      ),
      seated,
    };
  });
  return { municipalities, parties, partnerships, memberships, tables: tables.filter((t) => t.seated.length > 0) };
}

async function load(db: Db, w: World) {
  await db.write('import/municipalities', {
    rows: w.municipalities.map((m, i) => ({ code: m.code, name: `Gemeente ${i}`, province: m.province, lat: 52 + i / 100, lon: 5 })),
  });
  await db.write('import/parties', { rows: w.parties.map((id) => ({ id, name: id, domain: 'care', municipality: null })) });
  await db.write('import/networks', { rows: NETWORKS.map((key) => ({ key, name: key, reportedCount: 0, coordinators: [] })) });
  await db.write('import/partnerships', {
    rows: w.partnerships.map((p) => ({ ...p, name: p.id, phase: 1, startYear: 2020, lat: null, lon: null, themes: [] })),
  });
  await db.write('import/memberships', { rows: w.memberships.map((m) => ({ ...m, role: 'member' })) });
  await db.write('import/tables', {
    rows: w.tables.map((t) => ({
      id: t.id,
      name: t.id,
      level: 'local',
      theme: 'zorg',
      municipalities: t.municipalities,
      convenedBy: null,
    })),
  });
  await db.write('import/seats', { rows: w.tables.flatMap((t) => t.seated.map((partyId) => ({ partyId, tableId: t.id }))) });
}

/** The partnership filter's parameters with no filter given. */
const NO_FILTER = {
  networks: null,
  themes: null,
  phases: null,
  domains: null,
  provinces: null,
  municipalities: null,
  regions: null,
  text: null,
  minNetworks: null,
  missingDomains: null,
  // The data is undated, so any date sees all of it.
  asOf: dateParam('2024-06-30'),
};

const jaccardOf = (a: Set<string>, b: Set<string>) => {
  const shared = [...a].filter((x) => b.has(x)).length;
  return { shared, jaccard: shared / (a.size + b.size - shared) };
};
const byKey = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));

describe.each([20_221_231, 7])('analytics on a random graph with hub parties (seed %i)', (seed) => {
  const db = testDb();
  const w = makeWorld(seed);
  beforeAll(async () => {
    await resetDb(db);
    await load(db, w);
  });
  afterAll(() => db.close());

  it.each([0.1, 0.3, 0.5, 0.7, 1])('duplicateTables(minJaccard: %f) finds every pair a pairwise comparison finds', async (minJaccard) => {
    const expected = [];
    for (const [i, x] of w.tables.entries()) {
      for (const y of w.tables.slice(i + 1)) {
        const { shared, jaccard } = jaccardOf(new Set(x.seated), new Set(y.seated));
        if (shared > 0 && jaccard >= minJaccard) {
          const [a, b] = x.id < y.id ? [x, y] : [y, x];
          const sharedMunicipalities = a.municipalities.filter((m) => b.municipalities.includes(m)).length;
          expected.push({ a: a.id, b: b.id, shared, jaccard, sharedMunicipalities });
        }
      }
    }
    expected.sort((x, y) => y.jaccard - x.jaccard || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
    const rows = await db.read('analytics/duplicate-tables', { minJaccard, limit: 100_000, asOf: NO_FILTER.asOf });
    expect(rows).toEqual(expected);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('networkOverlap(PARTIES) matches the sets of members per network', async () => {
    const members = new Map(NETWORKS.map((n) => [n, new Set<string>()]));
    const networksOf = new Map(w.partnerships.map((p) => [p.id, p.networks]));
    for (const m of w.memberships) for (const n of networksOf.get(m.partnershipId)!) members.get(n)!.add(m.partyId);
    const expected = NETWORKS.flatMap((a, i) =>
      NETWORKS.slice(i + 1).flatMap((b) => {
        const { shared, jaccard } = jaccardOf(members.get(a)!, members.get(b)!);
        return shared > 0 ? [{ a, b, shared, jaccard }] : [];
      }),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await db.read('analytics/overlap-parties', NO_FILTER)).toEqual(expected);
  });

  it.each([null, 'Limburg'])(
    'crowding(province: %s) counts partnerships, networks, tables and parties per municipality',
    async (province) => {
      const expected = w.municipalities
        .filter((m) => province === null || m.province === province)
        .map((m) => {
          const ps = w.partnerships.filter((p) => p.municipalities.includes(m.code));
          const ts = w.tables.filter((t) => t.municipalities.includes(m.code));
          const ids = new Set(ps.map((p) => p.id));
          const parties = new Set([
            ...w.memberships.filter((x) => ids.has(x.partnershipId)).map((x) => x.partyId),
            ...ts.flatMap((t) => t.seated),
          ]);
          return {
            code: m.code,
            partnerships: ps.length,
            networks: new Set(ps.flatMap((p) => p.networks)).size,
            tables: ts.length,
            parties: parties.size,
            index: ps.length + ts.length,
          };
        })
        .sort((x, y) => y.index - x.index || (x.code < y.code ? -1 : 1));
      const rows = await db.read<Record<string, unknown>>('analytics/crowding', { top: 1000, province, asOf: NO_FILTER.asOf });
      expect(
        rows.map(({ code, partnerships, networks, tables, parties, index }) => ({ code, partnerships, networks, tables, parties, index })),
      ).toEqual(expected);
    },
  );

  it('partyLoad counts memberships and seats per party', async () => {
    const load = new Map(w.parties.map((id) => [id, { partnerships: 0, tables: 0 }]));
    for (const m of w.memberships) load.get(m.partyId)!.partnerships++;
    for (const t of w.tables) for (const id of t.seated) load.get(id)!.tables++;
    const expected = byKey([...load], ([id]) => id)
      .map(([id, l]) => ({ id, ...l, load: l.partnerships + l.tables }))
      .sort((x, y) => y.load - x.load || (x.id < y.id ? -1 : 1))
      .slice(0, 30);
    const rows = await db.read<{ party: { id: string }; partnerships: number; tables: number; load: number }>('analytics/party-load', {
      top: 30,
      asOf: NO_FILTER.asOf,
    });
    expect(rows.map((r) => ({ id: r.party.id, partnerships: r.partnerships, tables: r.tables, load: r.load }))).toEqual(expected);
  });
});
