import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateParam, type Db } from '@dsv/neo4j';
import { Rng } from '../bench/data/random.js';
import { resetDb, testDb } from '../helpers/db.js';

/**
 * Crowding per region (DESIGN.md §9.1) against a plain computation of its
 * definition on seeded random graphs: random divisions of the municipalities
 * into regions of two types, partnerships in several municipalities (so a
 * region must count each once), tables covering several, hub parties that
 * are members and seated everywhere, and random partnership filters.
 */

const NETWORKS = ['n1', 'n2', 'n3', 'n4'];
const THEMES = ['Leefstijl', 'Eenzaamheid', 'Valpreventie'];

interface World {
  municipalities: string[];
  regions: { type: string; code: string; name: string; municipalities: string[] }[];
  partnerships: { id: string; networks: string[]; municipalities: string[]; themes: string[]; phase: number }[];
  memberships: { partyId: string; partnershipId: string }[];
  tables: { id: string; municipalities: string[]; seated: string[] }[];
}

function makeWorld(seed: number): World {
  const rnd = new Rng(seed, 3);
  const some = <T>(items: readonly T[], min: number, max: number) => {
    const n = rnd.int(min, Math.min(max, items.length));
    const chosen = new Set<T>();
    while (chosen.size < n) chosen.add(rnd.pick(items));
    return [...chosen];
  };
  const municipalities = Array.from({ length: 18 }, (_, i) => `GM${String(9100 + i)}`);
  // Each type divides every municipality among its regions; a region may stay empty of partnerships.
  const division = (type: string, prefix: string, count: number) => {
    const regions = Array.from({ length: count }, (_, i) => ({
      type,
      code: `${prefix}${i + 1}`,
      name: `${type} ${i + 1}`,
      municipalities: [] as string[],
    }));
    municipalities.forEach((m, i) => regions[i < count ? i : rnd.int(0, count - 1)]!.municipalities.push(m));
    return regions;
  };
  const parties = Array.from({ length: 80 }, (_, i) => `party-${String(i).padStart(3, '0')}`);
  const hubs = parties.slice(0, 3);
  const partnerships = Array.from({ length: 50 }, (_, i) => ({
    id: `ps-${String(i).padStart(3, '0')}`,
    networks: some(NETWORKS, 0, 3),
    municipalities: some(municipalities, 0, 4),
    themes: some(THEMES, 0, 2),
    phase: rnd.int(1, 4),
  }));
  const memberships = partnerships.flatMap((p) =>
    [...new Set([...some(parties, 1, 6), ...hubs.filter(() => rnd.chance(0.5))])].map((partyId) => ({ partyId, partnershipId: p.id })),
  );
  const tables = Array.from({ length: 30 }, (_, i) => ({
    id: `tb-${String(i).padStart(3, '0')}`,
    municipalities: some(municipalities, 0, 3),
    seated: [...new Set([...hubs.filter(() => rnd.chance(0.6)), ...some(parties, 1, 5)])],
  }));
  return {
    municipalities,
    regions: [...division('GGD', 'GGX', 5), ...division('ZORGKANTOOR', 'ZKX', 7)],
    partnerships,
    memberships,
    tables,
  };
}

async function load(db: Db, w: World) {
  await db.write('import/municipalities', {
    rows: w.municipalities.map((code, i) => ({ code, name: `Gemeente ${i}`, province: 'Utrecht', lat: 52 + i / 100, lon: 5 })),
  });
  await db.write('import/regions', { rows: w.regions });
  const parties = [...new Set([...w.memberships.map((m) => m.partyId), ...w.tables.flatMap((t) => t.seated)])];
  await db.write('import/parties', { rows: parties.map((id) => ({ id, name: id, domain: 'care', municipality: null })) });
  await db.write('import/networks', { rows: NETWORKS.map((key) => ({ key, name: key, reportedCount: 0, coordinators: [] })) });
  await db.write('import/partnerships', {
    rows: w.partnerships.map((p) => ({ ...p, name: p.id, startYear: 2020, lat: null, lon: null })),
  });
  await db.write('import/memberships', { rows: w.memberships.map((m) => ({ ...m, role: null })) });
  await db.write('import/tables', {
    rows: w.tables.map((t) => ({ id: t.id, name: t.id, level: 'local', theme: null, municipalities: t.municipalities, convenedBy: null })),
  });
  await db.write('import/seats', { rows: w.tables.flatMap((t) => t.seated.map((partyId) => ({ partyId, tableId: t.id }))) });
}

type Filter = { networks?: string[]; themes?: string[]; phases?: number[]; regions?: string[] };
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

function naive(w: World, type: string, f: Filter) {
  const inRegions = new Set(w.regions.filter((r) => f.regions?.includes(r.code)).flatMap((r) => r.municipalities));
  const passes = (p: World['partnerships'][number]) =>
    (!f.networks || p.networks.some((n) => f.networks!.includes(n))) &&
    (!f.themes || p.themes.some((t) => f.themes!.includes(t))) &&
    (!f.phases || f.phases.includes(p.phase)) &&
    (!f.regions || p.municipalities.some((m) => inRegions.has(m)));
  return w.regions
    .filter((r) => r.type === type)
    .map((r) => {
      const ps = w.partnerships.filter((p) => passes(p) && p.municipalities.some((m) => r.municipalities.includes(m)));
      const ts = w.tables.filter((t) => t.municipalities.some((m) => r.municipalities.includes(m)));
      const ids = new Set(ps.map((p) => p.id));
      const parties = new Set([
        ...w.memberships.filter((m) => ids.has(m.partnershipId)).map((m) => m.partyId),
        ...ts.flatMap((t) => t.seated),
      ]);
      return {
        region: { type, code: r.code, name: r.name },
        partnerships: ps.length,
        networks: new Set(ps.flatMap((p) => p.networks)).size,
        tables: ts.length,
        parties: parties.size,
        index: ps.length + ts.length,
      };
    })
    .sort((a, b) => b.index - a.index || (a.region.code < b.region.code ? -1 : 1));
}

const FILTERS: Filter[] = [
  {},
  { networks: ['n1'] },
  { networks: ['n2', 'n4'], phases: [1, 2] },
  { themes: ['Eenzaamheid'] },
  { regions: ['GGX2', 'ZKX5'] },
];

describe.each([20_230_101, 11])('regionCrowding on a random graph with random divisions (seed %i)', (seed) => {
  const db = testDb();
  const w = makeWorld(seed);
  beforeAll(async () => {
    await resetDb(db);
    await load(db, w);
  });
  afterAll(() => db.close());

  it.each(['GGD', 'ZORGKANTOOR'].flatMap((type) => FILTERS.map((filter) => [type, filter] as const)))(
    'regionCrowding(type: %s, filter: %o) counts each partnership, network, table and party once per region',
    async (type, filter) => {
      const rows = await db.read('analytics/region-crowding', { ...NO_FILTER, ...filter, type });
      expect(rows).toEqual(naive(w, type, filter));
      expect(rows.some((r) => (r as { partnerships: number }).partnerships > 1)).toBe(true);
    },
  );

  it('a partnership in several municipalities of one region counts once there', () => {
    const spread = w.partnerships.filter((p) =>
      w.regions.some((r) => p.municipalities.filter((m) => r.municipalities.includes(m)).length > 1),
    );
    expect(spread.length).toBeGreaterThan(0);
  });
});
