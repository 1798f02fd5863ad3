import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { addUser } from '@dsv/seed';
import { Rng } from '../bench/data/random.js';
import { resetDb, testDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { gqlAs, signIn, type Gql } from './session.js';

/**
 * Archived records leave every analytic: on a seeded random graph, some
 * partnerships, parties and tables are archived through the API, then each
 * analytic is compared with a plain computation of its definition
 * (DESIGN.md §4) on the graph without them.
 */

const NETWORKS = ['n1', 'n2', 'n3', 'n4'];

interface World {
  municipalities: string[];
  parties: string[];
  partnerships: { id: string; networks: string[]; municipalities: string[] }[];
  memberships: { partyId: string; partnershipId: string }[];
  tables: { id: string; municipalities: string[]; seated: string[] }[];
}

function makeWorld(seed: number): World {
  const rnd = new Rng(seed, 1);
  const municipalities = Array.from({ length: 10 }, (_, i) => `GM${String(i).padStart(4, '0')}`);
  const parties = Array.from({ length: 60 }, (_, i) => `party-${String(i).padStart(3, '0')}`);
  const some = <T>(items: readonly T[], min: number, max: number) => {
    const n = rnd.int(min, Math.min(max, items.length));
    const chosen = new Set<T>();
    while (chosen.size < n) chosen.add(rnd.pick(items));
    return [...chosen];
  };
  const partnerships = Array.from({ length: 40 }, (_, i) => ({
    id: `ps-${String(i).padStart(3, '0')}`,
    networks: some(NETWORKS, 0, 3),
    municipalities: some(municipalities, 0, 3),
  }));
  const memberships = partnerships.flatMap((p) => some(parties, 1, 6).map((partyId) => ({ partyId, partnershipId: p.id })));
  const tables = Array.from({ length: 30 }, (_, i) => ({
    id: `tb-${String(i).padStart(3, '0')}`,
    municipalities: some(municipalities, 0, 2),
    seated: some(parties.slice(0, 20), 1, 5),
  }));
  return { municipalities, parties, partnerships, memberships, tables };
}

async function load(db: Db, w: World) {
  await db.write('import/municipalities', {
    rows: w.municipalities.map((code, i) => ({
      code,
      name: `Gemeente ${i}`,
      province: i % 2 ? 'Utrecht' : 'Limburg',
      lat: 52 + i / 100,
      lon: 5,
    })),
  });
  await db.write('import/parties', { rows: w.parties.map((id) => ({ id, name: id, domain: 'care', municipality: null })) });
  await db.write('import/networks', { rows: NETWORKS.map((key) => ({ key, name: key, reportedCount: 0, coordinators: [] })) });
  await db.write('import/partnerships', {
    rows: w.partnerships.map((p) => ({ ...p, name: p.id, phase: 1, startYear: 2020, lat: null, lon: null, themes: [] })),
  });
  await db.write('import/memberships', { rows: w.memberships.map((m) => ({ ...m, role: null })) });
  await db.write('import/tables', {
    rows: w.tables.map((t) => ({ id: t.id, name: t.id, level: 'local', theme: null, municipalities: t.municipalities, convenedBy: null })),
  });
  await db.write('import/seats', { rows: w.tables.flatMap((t) => t.seated.map((partyId) => ({ partyId, tableId: t.id }))) });
}

/** The world without the archived records (and without the relations they were part of). */
function without(w: World, gone: Set<string>): World {
  return {
    municipalities: w.municipalities,
    parties: w.parties.filter((p) => !gone.has(p)),
    partnerships: w.partnerships.filter((p) => !gone.has(p.id)),
    memberships: w.memberships.filter((m) => !gone.has(m.partyId) && !gone.has(m.partnershipId)),
    tables: w.tables.filter((t) => !gone.has(t.id)).map((t) => ({ ...t, seated: t.seated.filter((p) => !gone.has(p)) })),
  };
}

const jaccardOf = (a: Set<string>, b: Set<string>) => {
  const shared = [...a].filter((x) => b.has(x)).length;
  return { shared, jaccard: shared / (a.size + b.size - shared) };
};

let db: Db;
let server: TestServer;
let editor: Gql;
const world = makeWorld(20_261_127);
let live: World;

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await load(db, world);
  await addUser(db, { email: 'redacteur@example.nl', role: 'EDITOR', password: 'een sterk wachtwoord' });
  server = await startTestServer(db);
  editor = gqlAs(server.url, await signIn(server.url, 'redacteur@example.nl', 'een sterk wachtwoord'));
  const rnd = new Rng(11, 2);
  const gone = new Set<string>();
  const pick = <T extends string>(ids: T[], n: number) => {
    while ([...gone].filter((g) => ids.includes(g as T)).length < n) gone.add(rnd.pick(ids));
  };
  pick(
    world.partnerships.map((p) => p.id),
    8,
  );
  pick(world.parties.slice(0, 20), 4);
  pick(
    world.tables.map((t) => t.id),
    6,
  );
  for (const id of gone) {
    const kind = id.startsWith('ps-') ? 'Partnership' : id.startsWith('tb-') ? 'Table' : 'Party';
    const { body } = await editor(`mutation($id: ID!) { archive${kind}(id: $id, version: 1, reason: "test") { id } }`, { id });
    expect(body.errors).toBeUndefined();
  }
  live = without(world, gone);
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe('archived records leave every analytic', () => {
  it('crowding counts only live partnerships, tables and parties', async () => {
    const w = live;
    const expected = w.municipalities
      .map((code) => {
        const ps = w.partnerships.filter((p) => p.municipalities.includes(code));
        const ts = w.tables.filter((t) => t.municipalities.includes(code));
        const ids = new Set(ps.map((p) => p.id));
        const parties = new Set([
          ...w.memberships.filter((x) => ids.has(x.partnershipId)).map((x) => x.partyId),
          ...ts.flatMap((t) => t.seated),
        ]);
        return {
          code,
          partnerships: ps.length,
          networks: new Set(ps.flatMap((p) => p.networks)).size,
          tables: ts.length,
          parties: parties.size,
          index: ps.length + ts.length,
        };
      })
      .sort((x, y) => y.index - x.index || (x.code < y.code ? -1 : 1));
    const { body } = await editor<{ crowding: Record<string, unknown>[] }>(
      '{ crowding(top: 1000) { code partnerships networks tables parties index } }',
    );
    expect(body.data!.crowding).toEqual(expected);
  });

  it.each(['PARTNERSHIPS', 'PARTIES', 'MUNICIPALITIES'])('networkOverlap(%s) uses only live records', async (basis) => {
    const w = live;
    const sets = new Map(NETWORKS.map((n) => [n, new Set<string>()]));
    for (const p of w.partnerships) {
      for (const n of p.networks) {
        const set = sets.get(n)!;
        if (basis === 'PARTNERSHIPS') set.add(p.id);
        if (basis === 'MUNICIPALITIES') p.municipalities.forEach((m) => set.add(m));
        if (basis === 'PARTIES') w.memberships.filter((m) => m.partnershipId === p.id).forEach((m) => set.add(m.partyId));
      }
    }
    const expected = NETWORKS.flatMap((a, i) =>
      NETWORKS.slice(i + 1).flatMap((b) => {
        const { shared, jaccard } = jaccardOf(sets.get(a)!, sets.get(b)!);
        return shared > 0 ? [{ a, b, shared, jaccard }] : [];
      }),
    );
    const { body } = await editor<{ networkOverlap: unknown[] }>(`{ networkOverlap(basis: ${basis}) { a b shared jaccard } }`);
    expect(body.data!.networkOverlap).toEqual(expected);
  });

  it('partyLoad counts only live memberships and seats of live parties', async () => {
    const w = live;
    const loads = w.parties.map((id) => {
      const partnerships = w.memberships.filter((m) => m.partyId === id).length;
      const tables = w.tables.filter((t) => t.seated.includes(id)).length;
      return { id, partnerships, tables, load: partnerships + tables };
    });
    const expected = loads.filter((l) => l.load > 0).sort((x, y) => y.load - x.load || (x.id < y.id ? -1 : 1));
    const { body } = await editor<{ partyLoad: { party: { id: string }; partnerships: number; tables: number; load: number }[] }>(
      '{ partyLoad(top: 1000) { party { id } partnerships tables load } }',
    );
    expect(
      body
        .data!.partyLoad.filter((r) => r.load > 0)
        .map((r) => ({ id: r.party.id, partnerships: r.partnerships, tables: r.tables, load: r.load })),
    ).toEqual(expected);
  });

  it('duplicateTables pairs only live tables by their live seats', async () => {
    const w = live;
    const expected = [];
    for (const [i, x] of w.tables.entries()) {
      for (const y of w.tables.slice(i + 1)) {
        const { shared, jaccard } = jaccardOf(new Set(x.seated), new Set(y.seated));
        if (shared > 0 && jaccard >= 0.3) {
          const [a, b] = x.id < y.id ? [x, y] : [y, x];
          expected.push({
            a: a.id,
            b: b.id,
            shared,
            jaccard,
            sharedMunicipalities: a.municipalities.filter((m) => b.municipalities.includes(m)).length,
          });
        }
      }
    }
    expected.sort((x, y) => y.jaccard - x.jaccard || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
    const { body } = await editor<{ duplicateTables: unknown[] }>(
      '{ duplicateTables(minJaccard: 0.3) { a b shared jaccard sharedMunicipalities } }',
    );
    expect(body.data!.duplicateTables).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('the archived records keep their history', async () => {
    const { body } = await editor<{ changes: { entityId: string }[] }>('{ changes(action: "ARCHIVE", first: 100) { entityId } }');
    expect(body.data!.changes).toHaveLength(18);
  });
});
