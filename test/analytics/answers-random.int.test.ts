import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { Rng } from '../bench/data/random.js';
import { resetDb, testDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * The answers per user (DESIGN.md §9.4) — filtered network overlap and intersections,
 * Party.duplicateTables, the themes and parties peers have in common, party reach, a
 * party's load against its domain and the duplicates graph — through the API, against a
 * plain computation of their definitions on seeded random graphs with hub parties.
 */

const NETWORKS = ['n1', 'n2', 'n3', 'n4', 'n5'];
const PROVINCES = ['Utrecht', 'Limburg', 'Groningen'];
const THEMES = ['Leefstijl', 'Eenzaamheid', 'Armoede', 'Valpreventie', 'Jeugd'];
const DOMAINS = ['care', 'social', 'financier-insurer', 'citizens'];

interface Partnership {
  id: string;
  networks: string[];
  municipalities: string[];
  themes: string[];
  phase: number;
  lat: number;
  lon: number;
}

interface World {
  municipalities: { code: string; province: string }[];
  parties: { id: string; name: string; domain: string }[];
  partnerships: Partnership[];
  memberships: { partyId: string; partnershipId: string }[];
  tables: { id: string; municipalities: string[]; seated: string[] }[];
}

function makeWorld(seed: number): World {
  const rnd = new Rng(seed, 2);
  const municipalities = Array.from({ length: 12 }, (_, i) => ({ code: `GM${String(i).padStart(4, '0')}`, province: PROVINCES[i % 3]! }));
  // Names out of id order, some equal, so that "by name" is tested apart from "by id".
  const parties = Array.from({ length: 120 }, (_, i) => ({
    id: `party-${String(i).padStart(3, '0')}`,
    name: `Partij ${String.fromCharCode(65 + ((i * 7) % 26))}${i % 40}`,
    domain: DOMAINS[i % DOMAINS.length]!,
  }));
  const hubs = parties.slice(0, 4).map((p) => p.id);
  const some = <T>(items: readonly T[], min: number, max: number) => {
    const n = rnd.int(min, Math.min(max, items.length));
    const chosen = new Set<T>();
    while (chosen.size < n) chosen.add(rnd.pick(items));
    return [...chosen];
  };
  const codes = municipalities.map((m) => m.code);
  const partnerships = Array.from({ length: 60 }, (_, i) => ({
    id: `ps-${String(i).padStart(3, '0')}`,
    networks: some(NETWORKS, 0, 3),
    municipalities: some(codes, 0, 3),
    themes: some(THEMES, 0, 3),
    phase: rnd.int(1, 4),
    lat: 52 + rnd.float() * 0.5,
    lon: 5 + rnd.float() * 0.5,
  }));
  const partyIds = parties.map((p) => p.id);
  const memberships = partnerships.flatMap((p) => {
    const members = new Set([...some(partyIds, 1, 8), ...hubs.filter(() => rnd.chance(0.6))]);
    return [...members].map((partyId) => ({ partyId, partnershipId: p.id }));
  });
  const tables = Array.from({ length: 70 }, (_, i) => {
    const seated =
      i % 5 === 0 ? some(hubs, 2, 3) : [...new Set([...hubs.filter(() => rnd.chance(0.7)), ...some(partyIds.slice(4, 40), 0, 6)])];
    return { id: `tb-${String(i).padStart(3, '0')}`, municipalities: some(codes, 0, 2), seated };
  });
  return { municipalities, parties, partnerships, memberships, tables: tables.filter((t) => t.seated.length > 0) };
}

async function load(db: Db, w: World) {
  await db.write('import/municipalities', {
    rows: w.municipalities.map((m, i) => ({ code: m.code, name: `Gemeente ${i}`, province: m.province, lat: 52 + i / 100, lon: 5 })),
  });
  await db.write('import/parties', { rows: w.parties.map((p) => ({ ...p, municipality: null })) });
  await db.write('import/networks', { rows: NETWORKS.map((key) => ({ key, name: key, reportedCount: 0, coordinators: [] })) });
  await db.write('import/partnerships', {
    rows: w.partnerships.map((p) => ({ ...p, name: `Samen ${p.id}`, startYear: 2020 })),
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

const jaccardOf = (a: Set<string>, b: Set<string>) => {
  const shared = [...a].filter((x) => b.has(x)).length;
  return { shared, jaccard: shared / (a.size + b.size - shared) };
};
const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

interface Filter {
  networks?: string[];
  themes?: string[];
  phases?: number[];
  domains?: string[];
  provinces?: string[];
}

/** The partnerships that pass a filter, computed from the world. */
function passing(w: World, f: Filter): Partnership[] {
  const provinceOf = new Map(w.municipalities.map((m) => [m.code, m.province]));
  const domainOf = new Map(w.parties.map((p) => [p.id, p.domain]));
  return w.partnerships.filter(
    (p) =>
      (!f.networks || p.networks.some((n) => f.networks!.includes(n))) &&
      (!f.themes || p.themes.some((t) => f.themes!.includes(t))) &&
      (!f.phases || f.phases.includes(p.phase)) &&
      (!f.provinces || p.municipalities.some((m) => f.provinces!.includes(provinceOf.get(m)!))) &&
      (!f.domains || w.memberships.some((m) => m.partnershipId === p.id && f.domains!.includes(domainOf.get(m.partyId)!))),
  );
}

/** Each network's set (§4) for a basis, over some partnerships. */
function networkSets(w: World, ps: Partnership[], basis: string): Map<string, Set<string>> {
  const sets = new Map(NETWORKS.map((n) => [n, new Set<string>()]));
  for (const p of ps) {
    const elements =
      basis === 'PARTNERSHIPS'
        ? [p.id]
        : basis === 'PARTIES'
          ? w.memberships.filter((m) => m.partnershipId === p.id).map((m) => m.partyId)
          : p.municipalities;
    for (const n of p.networks) for (const e of elements) sets.get(n)!.add(e);
  }
  return sets;
}

const FILTERS: Filter[] = [
  {},
  { provinces: ['Limburg'] },
  { themes: ['Leefstijl', 'Armoede'] },
  { phases: [2, 3] },
  { domains: ['social'] },
  { networks: ['n2'], provinces: ['Utrecht', 'Groningen'] },
];

describe.each([20_221_231, 7])('answers per user on a random graph with hub parties (seed %i)', (seed) => {
  const w = makeWorld(seed);
  let db: Db;
  let server: TestServer;
  const data = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const { body } = await server.gql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

  beforeAll(async () => {
    db = testDb();
    await resetDb(db);
    await load(db, w);
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  describe.each(['PARTNERSHIPS', 'PARTIES', 'MUNICIPALITIES'])('basis %s', (basis) => {
    it.each(FILTERS)('networkOverlap and networkIntersections build the sets from the partnerships that pass %j', async (filter) => {
      const ps = passing(w, filter);
      const sets = networkSets(w, ps, basis);
      const pairs = NETWORKS.flatMap((a, i) =>
        NETWORKS.slice(i + 1).flatMap((b) => {
          const { shared, jaccard } = jaccardOf(sets.get(a)!, sets.get(b)!);
          return shared > 0 ? [{ a, b, shared, jaccard }] : [];
        }),
      );
      // Each element's exact combination of networks.
      const combination = new Map<string, Set<string>>();
      for (const [n, set] of sets) for (const e of set) combination.set(e, (combination.get(e) ?? new Set()).add(n));
      const exclusive = new Map<string, number>();
      for (const nets of combination.values()) {
        const key = [...nets].sort().join(',');
        exclusive.set(key, (exclusive.get(key) ?? 0) + 1);
      }
      const combos = [...exclusive].map(([key, count]) => ({ networks: key.split(','), exclusive: count }));
      const intersections = combos
        .map((c) => ({
          ...c,
          intersection: [...combination.values()].filter((nets) => c.networks.every((n) => nets.has(n))).length,
        }))
        .sort((x, y) => y.exclusive - x.exclusive || cmp(x.networks.join('\u0000'), y.networks.join('\u0000')));

      const result = await data<{ networkOverlap: unknown[]; networkIntersections: { networks: string[] }[] }>(
        `query($basis: OverlapBasis!, $filter: PartnershipFilter) {
          networkOverlap(basis: $basis, filter: $filter) { a b shared jaccard }
          networkIntersections(basis: $basis, filter: $filter) { networks exclusive intersection }
        }`,
        { basis, filter },
      );
      expect(result.networkOverlap).toEqual(pairs);
      // Ties in `exclusive` come in Cypher's list order; compare as sets of rows, then the order of counts.
      expect(new Set(result.networkIntersections.map((r) => JSON.stringify(r)))).toEqual(
        new Set(intersections.map((r) => JSON.stringify(r))),
      );
      expect(result.networkIntersections.map((r) => (r as unknown as { exclusive: number }).exclusive)).toEqual(
        intersections.map((r) => r.exclusive),
      );
      if (Object.keys(filter).length === 0) expect(pairs.length).toBeGreaterThan(3);
    });
  });

  it.each([0.3, 0.5, 0.8])(
    'Party.duplicateTables(minJaccard: %f) is duplicateTables narrowed to the pairs the party sits at',
    async (minJaccard) => {
      const all = await data<{ duplicateTables: { a: string; b: string }[] }>(
        'query($j: Float!) { duplicateTables(minJaccard: $j) { a b shared jaccard sharedMunicipalities } }',
        { j: minJaccard },
      );
      const seatedAt = new Map(w.tables.map((t) => [t.id, new Set(t.seated)]));
      let nonEmpty = 0;
      for (const party of w.parties.filter((_, i) => i < 8 || i % 9 === 0)) {
        const expected = all.duplicateTables.filter((p) => seatedAt.get(p.a)!.has(party.id) && seatedAt.get(p.b)!.has(party.id));
        const { party: got } = await data<{ party: { duplicateTables: unknown[] } }>(
          'query($id: ID!, $j: Float!) { party(id: $id) { duplicateTables(minJaccard: $j) { a b shared jaccard sharedMunicipalities } } }',
          { id: party.id, j: minJaccard },
        );
        expect(got.duplicateTables).toEqual(expected);
        if (expected.length > 0) nonEmpty++;
      }
      expect(nonEmpty).toBeGreaterThan(0);
    },
  );

  it('peers list the themes and the parties they have in common, by name', async () => {
    for (const me of w.partnerships.slice(0, 10)) {
      const members = (id: string) => new Set(w.memberships.filter((m) => m.partnershipId === id).map((m) => m.partyId));
      const mine = members(me.id);
      const { peersNearby } = await data<{
        peersNearby: {
          partnership: { id: string };
          sharedThemes: number;
          sharedParties: number;
          themesInCommon: string[];
          partiesInCommon: { id: string }[];
        }[];
      }>(
        `query($id: ID!) { peersNearby(partnershipId: $id, radiusKm: 100, limit: 500) {
          partnership { id } sharedThemes sharedParties themesInCommon partiesInCommon { id name } } }`,
        { id: me.id },
      );
      expect(peersNearby).toHaveLength(w.partnerships.length - 1);
      for (const peer of peersNearby) {
        const other = w.partnerships.find((p) => p.id === peer.partnership.id)!;
        const themes = me.themes.filter((t) => other.themes.includes(t)).sort(cmp);
        const theirs = members(other.id);
        const parties = w.parties
          .filter((p) => mine.has(p.id) && theirs.has(p.id))
          .sort((x, y) => cmp(x.name, y.name) || cmp(x.id, y.id))
          .map(({ id, name }) => ({ id, name }));
        expect(peer).toEqual({
          partnership: { id: other.id },
          sharedThemes: themes.length,
          sharedParties: parties.length,
          themesInCommon: themes,
          partiesInCommon: parties,
        });
      }
    }
  });

  it.each([{}, { provinces: ['Limburg'] }, { networks: ['n1', 'n3'] }])(
    'partyReach(filter: %j) counts the distinct networks, partnerships and municipalities of each party’s partnerships',
    async (filter) => {
      const ps = new Map(passing(w, filter).map((p) => [p.id, p]));
      const expected = w.parties
        .map((party) => {
          const mine = w.memberships.filter((m) => m.partyId === party.id && ps.has(m.partnershipId)).map((m) => ps.get(m.partnershipId)!);
          return {
            party: { id: party.id, name: party.name },
            networks: new Set(mine.flatMap((p) => p.networks)).size,
            partnerships: mine.length,
            municipalities: new Set(mine.flatMap((p) => p.municipalities)).size,
          };
        })
        .sort(
          (x, y) =>
            y.networks - x.networks || y.partnerships - x.partnerships || cmp(x.party.name, y.party.name) || cmp(x.party.id, y.party.id),
        );
      const { partyReach } = await data<{ partyReach: unknown[] }>(
        'query($f: PartnershipFilter) { partyReach(top: 1000, filter: $f) { party { id name } networks partnerships municipalities } }',
        { f: filter },
      );
      expect(partyReach).toEqual(expected);
      const { partyReach: top } = await data<{ partyReach: unknown[] }>(
        'query($f: PartnershipFilter) { partyReach(top: 7, filter: $f) { party { id name } networks partnerships municipalities } }',
        { f: filter },
      );
      expect(top).toEqual(expected.slice(0, 7));
    },
  );

  it('Party.domainLoad ranks a party’s load among the parties of its domain', async () => {
    const loadOf = (id: string) =>
      w.memberships.filter((m) => m.partyId === id).length + w.tables.filter((t) => t.seated.includes(id)).length;
    for (const party of w.parties.slice(0, 10)) {
      const loads = w.parties.filter((p) => p.domain === party.domain).map((p) => loadOf(p.id));
      const sorted = [...loads].sort((a, b) => a - b);
      const mid = (sorted.length - 1) / 2;
      const median = (sorted[Math.floor(mid)]! + sorted[Math.ceil(mid)]!) / 2;
      const load = loadOf(party.id);
      const { party: got } = await data<{ party: { domainLoad: unknown } }>(
        'query($id: ID!) { party(id: $id) { domainLoad { domain load parties rank median highest } } }',
        { id: party.id },
      );
      expect(got.domainLoad).toEqual({
        domain: party.domain,
        load,
        parties: loads.length,
        rank: loads.filter((l) => l > load).length + 1,
        median,
        highest: Math.max(...loads),
      });
    }
  });

  it('crowding compares each municipality with the median index of its province', async () => {
    const index = new Map(
      w.municipalities.map((m) => [
        m.code,
        w.partnerships.filter((p) => p.municipalities.includes(m.code)).length +
          w.tables.filter((t) => t.municipalities.includes(m.code)).length,
      ]),
    );
    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const mid = (s.length - 1) / 2;
      return (s[Math.floor(mid)]! + s[Math.ceil(mid)]!) / 2;
    };
    const medians = new Map(
      PROVINCES.map((p) => [p, median(w.municipalities.filter((m) => m.province === p).map((m) => index.get(m.code)!))]),
    );
    const { crowding } = await data<{
      crowding: { code: string; province: string; index: number; provinceMedian: number; relativeIndex: number | null }[];
    }>('{ crowding(top: 1000) { code province index provinceMedian relativeIndex } }');
    expect(crowding).toHaveLength(w.municipalities.length);
    for (const row of crowding) {
      const m = medians.get(row.province)!;
      expect(row).toEqual({
        code: row.code,
        province: row.province,
        index: index.get(row.code),
        provinceMedian: m,
        relativeIndex: m > 0 ? index.get(row.code)! / m : null,
      });
    }
  });

  it('communities put every partnership with members and each of their parties in one community, the same for the same seed', async () => {
    const query = `query($f: PartnershipFilter, $seed: Int!) { communities(filter: $f, seed: $seed) {
      seed modularity communities { id partnerships { id networks } parties { id } networks { network partnerships } } } }`;
    const filter = { provinces: ['Utrecht', 'Limburg'] };
    const first = await data<{
      communities: {
        modularity: number;
        communities: {
          id: number;
          partnerships: { id: string; networks: string[] }[];
          parties: { id: string }[];
          networks: { network: string; partnerships: number }[];
        }[];
      };
    }>(query, { f: filter, seed: 42 });
    const again = await data<typeof first>(query, { f: filter, seed: 42 });
    expect(again).toEqual(first);

    const ps = passing(w, filter);
    const ids = ps.map((p) => p.id).sort(cmp);
    const members = new Set(w.memberships.filter((m) => ids.includes(m.partnershipId)).map((m) => m.partyId));
    const communities = first.communities.communities;
    expect(communities.flatMap((c) => c.partnerships.map((p) => p.id)).sort(cmp)).toEqual(ids);
    expect(communities.flatMap((c) => c.parties.map((p) => p.id)).sort(cmp)).toEqual([...members].sort(cmp));
    expect(communities.map((c) => c.id)).toEqual(communities.map((_, i) => i + 1));
    for (const c of communities) {
      const counts = new Map<string, number>();
      for (const p of c.partnerships) for (const n of ps.find((x) => x.id === p.id)!.networks) counts.set(n, (counts.get(n) ?? 0) + 1);
      expect(c.networks).toEqual(
        [...counts]
          .map(([network, partnerships]) => ({ network, partnerships }))
          .sort((x, y) => y.partnerships - x.partnerships || cmp(x.network, y.network)),
      );
    }
    expect(first.communities.modularity).toBeGreaterThan(0);
  });

  it('the duplicates graph has the tables of the duplicate pairs, a weighted edge per pair and, on demand, the parties at both tables', async () => {
    const j = 0.5;
    const { duplicateTables: pairs } = await data<{ duplicateTables: { a: string; b: string; jaccard: number; shared: number }[] }>(
      'query($j: Float!) { duplicateTables(minJaccard: $j) { a b jaccard shared } }',
      { j },
    );
    expect(pairs.length).toBeGreaterThan(0);
    const query = `query($j: Float!, $p: Boolean!) { duplicateTableGraph(minJaccard: $j, withParties: $p) {
      nodes { key kind } edges { source target relation weight shared } } }`;
    const plain = await data<{ duplicateTableGraph: { nodes: { key: string; kind: string }[]; edges: unknown[] } }>(query, { j, p: false });
    const tableIds = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
    expect(plain.duplicateTableGraph.nodes.map((n) => n.key).sort(cmp)).toEqual(tableIds.map((id) => `table:${id}`).sort(cmp));
    expect(plain.duplicateTableGraph.edges).toEqual(
      pairs.map((p) => ({ source: `table:${p.a}`, target: `table:${p.b}`, relation: 'DUPLICATE', weight: p.jaccard, shared: p.shared })),
    );
    const withParties = await data<typeof plain>(query, { j, p: true });
    const seated = new Map(w.tables.map((t) => [t.id, new Set(t.seated)]));
    const seats = new Set(
      pairs.flatMap((p) =>
        [...seated.get(p.a)!].filter((id) => seated.get(p.b)!.has(id)).flatMap((id) => [`${id}>${p.a}`, `${id}>${p.b}`]),
      ),
    );
    const gotSeats = (withParties.duplicateTableGraph.edges as { source: string; target: string; relation: string }[])
      .filter((e) => e.relation === 'SITS_AT')
      .map((e) => `${e.source.slice('party:'.length)}>${e.target.slice('table:'.length)}`);
    expect(new Set(gotSeats)).toEqual(seats);
    expect(gotSeats).toHaveLength(seats.size);
    const parties = new Set([...seats].map((s) => s.split('>')[0]));
    expect(
      withParties.duplicateTableGraph.nodes
        .filter((n) => n.kind === 'PARTY')
        .map((n) => n.key)
        .sort(cmp),
    ).toEqual([...parties].map((id) => `party:${id}`).sort(cmp));
  });
});
