import type { Db } from '@dsv/neo4j';
import { afterAll, beforeAll, expect } from 'vitest';
import { Rng } from '../bench/data/random.js';
import { resetDb, testDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * A seeded random graph whose partnerships, network entries, memberships and
 * seats carry random periods, drawn from a few days so that many records start
 * and stop on the same day, and its naive model on one day: the as-of tests
 * check the API against it. A record counts on day d when validFrom ≤ d <
 * validTo; a missing bound is open.
 */

export const NETWORKS = ['n1', 'n2', 'n3', 'n4'];
/** The days periods start and end on; null is an open bound. */
export const DAYS = ['2019-01-01', '2020-06-30', '2021-01-01', '2021-12-31', '2022-07-01', '2023-03-15'];

export interface Period {
  validFrom: string | null;
  validTo: string | null;
}
export interface World {
  municipalities: string[];
  regions: { type: string; code: string; name: string; municipalities: string[] }[];
  parties: string[];
  partnerships: (Period & { id: string; municipalities: string[]; networks: (Period & { network: string })[]; lat: number })[];
  memberships: (Period & { partyId: string; partnershipId: string })[];
  tables: { id: string; municipalities: string[]; seats: (Period & { partyId: string })[] }[];
}

export const validOn = (d: string, x: Period) => (x.validFrom === null || x.validFrom <= d) && (x.validTo === null || d < x.validTo);

export function makeWorld(seed: number): World {
  const rnd = new Rng(seed, 9);
  const some = <T>(items: readonly T[], min: number, max: number) => {
    const n = rnd.int(min, Math.min(max, items.length));
    const chosen = new Set<T>();
    while (chosen.size < n) chosen.add(rnd.pick(items));
    return [...chosen];
  };
  // Open on either side about a third of the time; otherwise two different days, in order.
  const period = (): Period => {
    const [a, b] = some(DAYS, 2, 2).sort();
    return { validFrom: rnd.chance(0.3) ? null : a!, validTo: rnd.chance(0.35) ? null : b! };
  };
  const municipalities = Array.from({ length: 12 }, (_, i) => `GM${String(9200 + i)}`);
  const regions = Array.from({ length: 3 }, (_, r) => ({
    type: 'GGD',
    code: `GGT${r + 1}`,
    name: `GGD ${r + 1}`,
    municipalities: municipalities.filter((_, i) => i % 3 === r),
  }));
  const parties = Array.from({ length: 40 }, (_, i) => `party-${String(i).padStart(2, '0')}`);
  const partnerships = Array.from({ length: 60 }, (_, i) => ({
    id: `ps-${String(i).padStart(2, '0')}`,
    municipalities: some(municipalities, 0, 3),
    networks: some(NETWORKS, 0, 3).map((network) => ({ network, ...(rnd.chance(0.5) ? period() : { validFrom: null, validTo: null }) })),
    lat: 52 + rnd.float() * 0.5,
    ...period(),
  }));
  const memberships = partnerships.flatMap((p) =>
    some(parties, 1, 6).map((partyId) => ({
      partyId,
      partnershipId: p.id,
      ...(rnd.chance(0.5) ? period() : { validFrom: null, validTo: null }),
    })),
  );
  const tables = Array.from({ length: 24 }, (_, i) => ({
    id: `tb-${String(i).padStart(2, '0')}`,
    municipalities: some(municipalities, 0, 3),
    seats: some(parties.slice(0, 12), 1, 5).map((partyId) => ({
      partyId,
      ...(rnd.chance(0.5) ? period() : { validFrom: null, validTo: null }),
    })),
  }));
  return { municipalities, regions, parties, partnerships, memberships, tables };
}

/** The domains parties take in turn, so that coverage has something to count. */
export const DOMAINS = ['care', 'social', 'financier-municipality', 'citizens', 'business'];
export const domainOf = (i: number) => DOMAINS[i % DOMAINS.length]!;

export async function load(db: Db, w: World) {
  await db.write('import/municipalities', {
    rows: w.municipalities.map((code, i) => ({
      code,
      name: `Gemeente ${i}`,
      province: i < 6 ? 'Utrecht' : 'Limburg',
      lat: 52 + i / 100,
      lon: 5,
    })),
  });
  await db.write('import/regions', { rows: w.regions });
  await db.write('import/parties', { rows: w.parties.map((id, i) => ({ id, name: id, domain: domainOf(i), municipality: null })) });
  await db.write('import/networks', { rows: NETWORKS.map((key) => ({ key, name: key, reportedCount: 0, coordinators: [] })) });
  await db.write('import/partnerships', {
    rows: w.partnerships.map((p) => ({
      id: p.id,
      name: p.id,
      municipalities: p.municipalities,
      themes: [],
      phase: 1,
      startYear: 2020,
      lat: p.lat,
      lon: 5,
      locationDerived: false,
      validFrom: p.validFrom,
      validTo: p.validTo,
      networks: p.networks.map((n) => n.network),
      networkDates: p.networks.filter((n) => n.validFrom || n.validTo),
    })),
  });
  await db.write('import/memberships', { rows: w.memberships.map((m) => ({ ...m, role: null })) });
  await db.write('import/tables', {
    rows: w.tables.map((t) => ({ id: t.id, name: t.id, level: 'local', theme: null, municipalities: t.municipalities, convenedBy: null })),
  });
  await db.write('import/seats', { rows: w.tables.flatMap((t) => t.seats.map((s) => ({ ...s, tableId: t.id }))) });
}

/** The naive model of the world on one day. */
export function on(w: World, d: string) {
  const partnerships = w.partnerships.filter((p) => validOn(d, p));
  const networksOf = (p: World['partnerships'][number]) => p.networks.filter((n) => validOn(d, n)).map((n) => n.network);
  const membersOf = (id: string) => w.memberships.filter((m) => m.partnershipId === id && validOn(d, m)).map((m) => m.partyId);
  const seatedAt = (t: World['tables'][number]) => t.seats.filter((s) => validOn(d, s)).map((s) => s.partyId);
  return { partnerships, networksOf, membersOf, seatedAt };
}

/**
 * For one describe block: a fresh test database with the dated world of `seed`
 * loaded and a server on it. `data` asks the server and expects no errors;
 * `gql` gives its whole answer.
 */
export function servedWorld(seed: number): {
  world: World;
  data: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  gql: TestServer['gql'];
} {
  const db = testDb();
  const world = makeWorld(seed);
  let server: TestServer;
  beforeAll(async () => {
    await resetDb(db);
    await load(db, world);
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db.close();
  });
  return {
    world,
    gql: (...args) => server.gql(...args),
    async data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const { body } = await server.gql<T>(query, variables);
      expect(body.errors).toBeUndefined();
      return body.data!;
    },
  };
}
