import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { resetDb, testDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * "Valid on a date" at its boundaries (DESIGN.md §9.3): a record with
 * [validFrom, validTo) counts on validFrom and after, and no longer on validTo.
 * Each kind of dated record — a partnership, a network entry, a membership, a
 * seat — is the only dated thing in its corner of a small graph, so one
 * answer shows exactly its validity on the day before, of and after each bound.
 */

const PERIODS = {
  partnership: { validFrom: '2020-03-01', validTo: '2022-09-01' },
  network: { validFrom: '2020-06-01', validTo: '2021-12-31' },
  membership: { validFrom: '2021-02-01', validTo: '2023-05-01' },
  seat: { validFrom: '2019-11-15', validTo: '2024-01-01' },
};
type Kind = keyof typeof PERIODS;

const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const validOn = (d: string, kind: Kind) => PERIODS[kind].validFrom <= d && d < PERIODS[kind].validTo;

async function load(db: Db) {
  await db.write('import/municipalities', { rows: [{ code: 'GM9301', name: 'Eerstedorp', province: 'Utrecht', lat: 52, lon: 5 }] });
  await db.write('import/parties', {
    rows: ['a', 'b', 'c'].map((id) => ({ id, name: `Partij ${id}`, domain: 'care', municipality: null })),
  });
  await db.write('import/networks', { rows: [{ key: 'n1', name: 'Netwerk 1', reportedCount: 2, coordinators: [] }] });
  const partnership = (id: string, extra: Record<string, unknown>) => ({
    id,
    name: `Samen ${id}`,
    networks: ['n1'],
    municipalities: ['GM9301'],
    themes: [],
    phase: 1,
    startYear: 2020,
    lat: 52,
    lon: 5,
    locationDerived: false,
    ...extra,
  });
  await db.write('import/partnerships', {
    rows: [
      // Dated itself; its network entry and member are not.
      partnership('p1', PERIODS.partnership),
      // Not dated itself; its network entry and one member are.
      partnership('p2', { networkDates: [{ network: 'n1', ...PERIODS.network }] }),
    ],
  });
  await db.write('import/memberships', {
    rows: [
      { partnershipId: 'p1', partyId: 'a', role: null },
      { partnershipId: 'p2', partyId: 'b', role: null, ...PERIODS.membership },
    ],
  });
  await db.write('import/tables', {
    rows: ['t1', 't2'].map((id) => ({ id, name: id, level: 'local', theme: null, municipalities: ['GM9301'], convenedBy: null })),
  });
  await db.write('import/seats', {
    rows: [
      { tableId: 't1', partyId: 'a' },
      { tableId: 't1', partyId: 'c', ...PERIODS.seat },
      { tableId: 't2', partyId: 'a' },
      { tableId: 't2', partyId: 'c' },
    ],
  });
}

interface Answer {
  partnerships: { nodes: { id: string; members: { party: { id: string } }[] }[] };
  networks: { key: string; partnershipCount: number }[];
  partyLoad: { party: { id: string }; partnerships: number; tables: number }[];
  crowding: { code: string; partnerships: number; parties: number }[];
  duplicateTables: { a: string; b: string; jaccard: number }[];
  a: { partnerships: { id: string }[] };
  b: { partnerships: { id: string }[] };
  c: { tables: { id: string }[] };
  p2: { networks: { key: string }[]; members: { party: { id: string } }[] };
  t1: { parties: { id: string }[] };
  activeCounts: number[];
}

const QUERY = `query($asOf: Date, $day: Date!) {
  partnerships(asOf: $asOf) { nodes { id members { party { id } } } }
  networks(asOf: $asOf) { key partnershipCount }
  partyLoad(asOf: $asOf) { party { id } partnerships tables }
  crowding(asOf: $asOf) { code partnerships parties }
  duplicateTables(minJaccard: 1, asOf: $asOf) { a b jaccard }
  a: party(id: "a", asOf: $asOf) { partnerships { id } }
  b: party(id: "b", asOf: $asOf) { partnerships { id } }
  c: party(id: "c", asOf: $asOf) { tables { id } }
  p2: partnership(id: "p2", asOf: $asOf) { networks { key } members { party { id } } }
  t1: table(id: "t1", asOf: $asOf) { parties { id } }
  activeCounts(dates: [$day])
}`;

const CASES = (Object.keys(PERIODS) as Kind[]).flatMap((kind) =>
  (['validFrom', 'validTo'] as const).flatMap((bound) =>
    [-1, 0, 1].map((offset) => [kind, bound, offset, shift(PERIODS[kind][bound], offset)] as const),
  ),
);

describe('as of a date, at every boundary', () => {
  let db: Db;
  let server: TestServer;
  beforeAll(async () => {
    db = testDb();
    await resetDb(db);
    await load(db);
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  const ask = async (asOf: string): Promise<Answer> => {
    const { body } = await server.gql<Answer>(QUERY, { asOf, day: asOf });
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

  it.each(CASES)('a %s around its %s (%i day: %s) counts exactly when validFrom ≤ day < validTo', async (kind, _bound, _offset, day) => {
    const valid = validOn(day, kind);
    const got = await ask(day);
    const load = (id: string) => got.partyLoad.find((r) => r.party.id === id);
    if (kind === 'partnership') {
      expect(got.partnerships.nodes.map((n) => n.id)).toEqual(valid ? ['p1', 'p2'] : ['p2']);
      expect(got.crowding[0]!.partnerships).toBe(valid ? 2 : 1);
      expect(load('a')!.partnerships).toBe(valid ? 1 : 0);
      expect(got.a.partnerships.map((p) => p.id)).toEqual(valid ? ['p1'] : []);
      expect(got.activeCounts).toEqual([valid ? 2 : 1]);
    }
    if (kind === 'network') {
      const p1 = validOn(day, 'partnership') ? 1 : 0;
      expect(got.networks).toEqual([{ key: 'n1', partnershipCount: p1 + (valid ? 1 : 0) }]);
      expect(got.p2.networks.map((n) => n.key)).toEqual(valid ? ['n1'] : []);
    }
    if (kind === 'membership') {
      const p2 = got.partnerships.nodes.find((n) => n.id === 'p2')!;
      expect(p2.members.map((m) => m.party.id)).toEqual(valid ? ['b'] : []);
      expect(load('b')?.partnerships ?? 0).toBe(valid ? 1 : 0);
      expect(got.b.partnerships.map((p) => p.id)).toEqual(valid ? ['p2'] : []);
      expect(got.p2.members.map((m) => m.party.id)).toEqual(valid ? ['b'] : []);
    }
    if (kind === 'seat') {
      expect(load('c')!.tables).toBe(valid ? 2 : 1);
      expect(got.c.tables.map((t) => t.id)).toEqual(valid ? ['t1', 't2'] : ['t2']);
      expect(got.t1.parties.map((p) => p.id)).toEqual(valid ? ['a', 'c'] : ['a']);
      // Both tables seat a and c while c's seat at t1 holds; t1 seats a alone otherwise.
      expect(got.duplicateTables).toEqual(valid ? [{ a: 't1', b: 't2', jaccard: 1 }] : []);
    }
  });

  it('an undated record counts on any day, long before and long after', async () => {
    for (const day of ['1900-01-01', '2099-12-31']) {
      const got = await ask(day);
      expect(got.partnerships.nodes.map((n) => n.id)).toEqual(['p2']);
      expect(got.crowding[0]).toEqual({ code: 'GM9301', partnerships: 1, parties: 2 });
    }
  });

  it('without asOf answers for today', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const { body } = await server.gql<Answer>(QUERY, { day: today });
    expect(body.data).toEqual(await ask(today));
  });

  it('exposes the dates of partnerships, members, network entries and seats', async () => {
    const { body } = await server.gql<{
      p1: { validFrom: string; validTo: string };
      p2: { validFrom: null; networkDates: unknown[]; members: unknown[] };
      table: { seatDates: unknown[] };
    }>(`{
      p1: partnership(id: "p1") { validFrom validTo }
      p2: partnership(id: "p2") { validFrom networkDates { network validFrom validTo } members(recorded: true) { party { id } validFrom validTo } }
      table(id: "t1") { seatDates { partyId validFrom validTo } }
    }`);
    expect(body.data).toEqual({
      p1: PERIODS.partnership,
      p2: {
        validFrom: null,
        networkDates: [{ network: 'n1', ...PERIODS.network }],
        members: [{ party: { id: 'b' }, ...PERIODS.membership }],
      },
      table: { seatDates: [{ partyId: 'c', ...PERIODS.seat }] },
    });
  });

  it.each([
    ['{ networks(asOf: "2021-13-01") { key } }', undefined, 'asOf', '"2021-13-01"'],
    ['{ crowding(asOf: "2021-02-29") { code } }', undefined, 'asOf', '"2021-02-29"'],
    ['{ partnerships(asOf: 20211231) { totalCount } }', undefined, 'asOf', '20211231'],
    ['query($d: Date) { mapPoints(asOf: $d) { id } }', { d: '31-12-2021' }, 'asOf', '"31-12-2021"'],
    ['query($d: Date!) { networkChange(from: $d, to: "2022-01-01") { network } }', { d: '2021-1-1' }, 'from', '"2021-1-1"'],
    ['{ crowdingChange(from: "2021-01-01", to: "tomorrow") { code } }', undefined, 'to', '"tomorrow"'],
  ])('%s with %o is BAD_USER_INPUT naming %s', async (query, variables, field, given) => {
    const { status, body } = await server.gql(query, variables);
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({
      message: `Argument "${field}" must be a date written as yyyy-mm-dd (got ${given}).`,
      extensions: { code: 'BAD_USER_INPUT', field },
    });
  });
});
