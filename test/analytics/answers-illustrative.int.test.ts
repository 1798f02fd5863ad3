import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { illustrativeDataset, importRaw } from '@dsv/seed';
import type { Db } from '@dsv/neo4j';
import { resetDb, testDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * The answers per user (DESIGN.md §9.4) on the illustrative dataset, against the same
 * answers computed from the API's plain lists (partnerships, tables, their members).
 */

interface Row {
  id: string;
  name: string;
  networks: { key: string }[];
  themes: string[];
  members: { party: { id: string; name: string } }[];
  municipalities: { code: string; province: string }[];
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

describe('answers per user on the illustrative data', () => {
  let db: Db;
  let server: TestServer;
  let partnerships: Row[];
  const data = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const { body } = await server.gql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

  beforeAll(async () => {
    db = testDb();
    await resetDb(db);
    await importRaw(db, illustrativeDataset(), { replace: true });
    server = await startTestServer(db);
    const { partnerships: page } = await data<{ partnerships: { totalCount: number; nodes: Row[] } }>(
      `{ partnerships(first: 1000) { totalCount nodes { id name networks { key } themes members { party { id name } }
          municipalities { code province } } } }`,
    );
    expect(page.nodes).toHaveLength(page.totalCount);
    partnerships = page.nodes;
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  /** networkOverlap and networkIntersections under `filter` equal the same sets built from the partnerships `ps` only. */
  async function expectOverlapOf(ps: Row[], filter: Record<string, unknown>) {
    expect(ps.length).toBeGreaterThan(0);
    for (const basis of ['PARTNERSHIPS', 'PARTIES', 'MUNICIPALITIES']) {
      const sets = new Map<string, Set<string>>();
      for (const p of ps) {
        const elements =
          basis === 'PARTNERSHIPS' ? [p.id] : basis === 'PARTIES' ? p.members.map((m) => m.party.id) : p.municipalities.map((m) => m.code);
        for (const { key } of p.networks) {
          const set = sets.get(key) ?? new Set<string>();
          for (const e of elements) set.add(e);
          sets.set(key, set);
        }
      }
      const keys = [...sets.keys()].sort(cmp);
      const pairs = keys.flatMap((a, i) =>
        keys.slice(i + 1).flatMap((b) => {
          const shared = [...sets.get(a)!].filter((e) => sets.get(b)!.has(e)).length;
          return shared > 0 ? [{ a, b, shared, jaccard: shared / (sets.get(a)!.size + sets.get(b)!.size - shared) }] : [];
        }),
      );
      const elements = new Map<string, string[]>();
      for (const key of keys) for (const e of sets.get(key)!) elements.set(e, [...(elements.get(e) ?? []), key]);
      const exclusive = new Map<string, number>();
      for (const nets of elements.values()) exclusive.set(nets.join(','), (exclusive.get(nets.join(',')) ?? 0) + 1);

      const result = await data<{ networkOverlap: unknown[]; networkIntersections: { networks: string[]; exclusive: number }[] }>(
        `query($basis: OverlapBasis!, $filter: PartnershipFilter) {
            networkOverlap(basis: $basis, filter: $filter) { a b shared jaccard }
            networkIntersections(basis: $basis, filter: $filter) { networks exclusive }
          }`,
        { basis, filter },
      );
      expect(result.networkOverlap).toEqual(pairs);
      expect(new Map(result.networkIntersections.map((r) => [r.networks.join(','), r.exclusive]))).toEqual(exclusive);
    }
  }

  it.each(['Utrecht', 'Limburg'])(
    'networkOverlap and networkIntersections with a province filter count only the partnerships in that province (%s)',
    async (province) => {
      const ps = partnerships.filter((p) => p.municipalities.some((m) => m.province === province));
      await expectOverlapOf(ps, { provinces: [province] });
    },
  );

  it.each(['GGD', 'ZORGKANTOOR'])(
    'networkOverlap and networkIntersections with a region filter count only the partnerships active in that region (the busiest %s region)',
    async (type) => {
      const { regions } = await data<{ regions: { code: string; municipalities: { code: string }[] }[] }>(
        'query($type: RegionType!) { regions(type: $type) { code municipalities { code } } }',
        { type },
      );
      const inRegion = (r: (typeof regions)[number], p: Row) =>
        p.municipalities.some((m) => r.municipalities.some((rm) => rm.code === m.code));
      // The region with the most partnerships: the sets are largest there.
      const counted = regions.map((r) => ({ r, ps: partnerships.filter((p) => inRegion(r, p)) }));
      const busiest = counted.sort((x, y) => y.ps.length - x.ps.length || cmp(x.r.code, y.r.code))[0]!;
      expect(busiest.ps.length).toBeLessThan(partnerships.length);
      await expectOverlapOf(busiest.ps, { regions: [busiest.r.code] });
    },
  );

  it('Party.duplicateTables of the most loaded parties are the duplicate pairs at both of whose tables they sit', async () => {
    const { duplicateTables, tables, partyLoad } = await data<{
      duplicateTables: { a: string; b: string }[];
      tables: { id: string; parties: { id: string }[] }[];
      partyLoad: { party: { id: string } }[];
    }>(
      '{ duplicateTables(minJaccard: 0.5) { a b shared jaccard sharedMunicipalities } tables(limit: 5000) { id parties { id } } partyLoad(top: 5) { party { id } } }',
    );
    const seated = new Map(tables.map((t) => [t.id, new Set(t.parties.map((p) => p.id))]));
    let found = 0;
    for (const { party } of partyLoad) {
      const expected = duplicateTables.filter((p) => seated.get(p.a)!.has(party.id) && seated.get(p.b)!.has(party.id));
      const got = await data<{ party: { duplicateTables: unknown[] } }>(
        'query($id: ID!) { party(id: $id) { duplicateTables { a b shared jaccard sharedMunicipalities } } }',
        { id: party.id },
      );
      expect(got.party.duplicateTables).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('peers nearby list the themes and parties they have in common with the partnership', async () => {
    const me = partnerships.find((p) => p.members.length > 3 && p.themes.length > 1)!;
    const { peersNearby } = await data<{
      peersNearby: { partnership: { id: string }; themesInCommon: string[]; partiesInCommon: { id: string; name: string }[] }[];
    }>(
      'query($id: ID!) { peersNearby(partnershipId: $id, radiusKm: 60, limit: 500) { partnership { id } themesInCommon partiesInCommon { id name } } }',
      {
        id: me.id,
      },
    );
    expect(peersNearby.length).toBeGreaterThan(0);
    const byId = new Map(partnerships.map((p) => [p.id, p]));
    for (const peer of peersNearby) {
      const other = byId.get(peer.partnership.id)!;
      const mine = new Set(me.members.map((m) => m.party.id));
      expect(peer.themesInCommon).toEqual(me.themes.filter((t) => other.themes.includes(t)).sort(cmp));
      expect(peer.partiesInCommon).toEqual(
        other.members
          .map((m) => m.party)
          .filter((p) => mine.has(p.id))
          .sort((x, y) => cmp(x.name, y.name) || cmp(x.id, y.id)),
      );
    }
    expect(peersNearby.some((p) => p.partiesInCommon.length > 0)).toBe(true);
  });

  it('partyReach ranks parties by the networks, then the partnerships, of their partnerships', async () => {
    const reach = new Map<string, { name: string; networks: Set<string>; partnerships: number; municipalities: Set<string> }>();
    for (const p of partnerships) {
      for (const { party } of p.members) {
        const r = reach.get(party.id) ?? { name: party.name, networks: new Set(), partnerships: 0, municipalities: new Set() };
        p.networks.forEach((n) => r.networks.add(n.key));
        p.municipalities.forEach((m) => r.municipalities.add(m.code));
        r.partnerships++;
        reach.set(party.id, r);
      }
    }
    const expected = [...reach]
      .map(([id, r]) => ({
        party: { id },
        networks: r.networks.size,
        partnerships: r.partnerships,
        municipalities: r.municipalities.size,
        name: r.name,
      }))
      .sort((x, y) => y.networks - x.networks || y.partnerships - x.partnerships || cmp(x.name, y.name) || cmp(x.party.id, y.party.id))
      .slice(0, 25)
      .map(({ name: _name, ...row }) => row);
    const { partyReach } = await data<{ partyReach: unknown[] }>(
      '{ partyReach(top: 25) { party { id } networks partnerships municipalities } }',
    );
    expect(partyReach).toEqual(expected);
  });
});
