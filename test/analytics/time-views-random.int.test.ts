import { describe, expect, it } from 'vitest';
import { DAYS, domainOf, NETWORKS, on, servedWorld, validOn, type World } from './dated-world.js';

/**
 * The views that follow the as-of date (DESIGN.md §9.3) on a seeded random
 * dated graph, each against a plain computation of what was valid that day:
 * partyReach, coverage, communities, a party's and a table's relations, a
 * single partnership's relations, the network view's graphs and the timeline's
 * activeCounts.
 */

/** Days on, before and after several boundaries, and long after all of them. */
const AS_OF = ['2018-12-31', '2020-06-29', '2020-06-30', '2021-12-31', '2022-07-01', '2023-03-15', '2030-01-01'];

const CORE = ['care', 'social', 'financier', 'citizens'];
const sorted = (xs: Iterable<string>) => [...xs].sort();
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return (s[Math.floor(mid)]! + s[Math.ceil(mid)]!) / 2;
};

/** The naive answers of one day. */
function model(w: World, d: string) {
  const day = on(w, d);
  const domain = (party: string) => domainOf(w.parties.indexOf(party));
  const partnershipsOf = (party: string) => day.partnerships.filter((p) => day.membersOf(p.id).includes(party));
  const tablesOf = (party: string) => w.tables.filter((t) => day.seatedAt(t).includes(party));
  const load = (party: string) => partnershipsOf(party).length + tablesOf(party).length;
  const missing = (id: string) => {
    const present = new Set(day.membersOf(id).map((m) => (domain(m).startsWith('financier-') ? 'financier' : domain(m))));
    return CORE.filter((c) => !present.has(c));
  };
  const duplicates = w.tables
    .flatMap((x, i) =>
      w.tables.slice(i + 1).map((y) => {
        const [a, b] = [new Set(day.seatedAt(x)), new Set(day.seatedAt(y))];
        const shared = [...a].filter((p) => b.has(p)).length;
        return { a: x.id, b: y.id, shared, jaccard: shared / (a.size + b.size - shared) };
      }),
    )
    .filter((pair) => pair.shared > 0 && pair.jaccard >= 0.5)
    .sort((p, q) => q.jaccard - p.jaccard || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));
  return { ...day, domain, partnershipsOf, tablesOf, load, missing, duplicates };
}

interface Node {
  key: string;
  degree: number;
  networks: string[];
}

describe.each([20_211_231, 7])('views as of a date on a random dated graph (seed %i)', (seed) => {
  const { world: w, data, gql } = servedWorld(seed);

  it.each(AS_OF)('partyReach and coverage (asOf: %s) count the memberships and networks of that day', async (asOf) => {
    const m = model(w, asOf);
    const reach = w.parties
      .map((id) => {
        const ps = m.partnershipsOf(id);
        return {
          id,
          networks: new Set(ps.flatMap((p) => m.networksOf(p))).size,
          partnerships: ps.length,
          municipalities: new Set(ps.flatMap((p) => p.municipalities)).size,
        };
      })
      .sort((a, b) => b.networks - a.networks || b.partnerships - a.partnerships || (a.id < b.id ? -1 : 1));
    const coverage = NETWORKS.map((network) => {
      const ps = m.partnerships.filter((p) => m.networksOf(p).includes(network));
      const lacking = (c: string) => ps.filter((p) => m.missing(p.id).includes(c)).length;
      return {
        network,
        partnerships: ps.length,
        missingCare: lacking('care'),
        missingSocial: lacking('social'),
        missingFinancier: lacking('financier'),
        missingCitizens: lacking('citizens'),
      };
    });
    const got = await data<{
      partyReach: { party: { id: string }; networks: number; partnerships: number; municipalities: number }[];
      coverage: unknown[];
    }>(
      `query($asOf: Date) {
        partyReach(top: 1000, asOf: $asOf) { party { id } networks partnerships municipalities }
        coverage(asOf: $asOf) { network partnerships missingCare missingSocial missingFinancier missingCitizens }
      }`,
      { asOf },
    );
    expect(got.partyReach.map(({ party, ...r }) => ({ id: party.id, ...r }))).toEqual(reach);
    expect(got.coverage).toEqual(coverage);
  });

  it.each(AS_OF)('communities (asOf: %s) are built from the partnerships and members of that day', async (asOf) => {
    const m = model(w, asOf);
    const withMembers = m.partnerships.filter((p) => m.membersOf(p.id).length > 0);
    const got = await data<{
      communities: { communities: { partnerships: { id: string; networks: string[] }[]; parties: { id: string }[] }[] };
    }>('query($asOf: Date) { communities(asOf: $asOf) { communities { partnerships { id networks } parties { id } } } }', { asOf });
    const partnerships = got.communities.communities.flatMap((c) => c.partnerships);
    expect(sorted(partnerships.map((p) => p.id))).toEqual(sorted(withMembers.map((p) => p.id)));
    for (const p of partnerships) expect(sorted(p.networks)).toEqual(sorted(m.networksOf(w.partnerships.find((x) => x.id === p.id)!)));
    const parties = got.communities.communities.flatMap((c) => c.parties.map((x) => x.id));
    expect(sorted(parties)).toEqual(sorted(new Set(withMembers.flatMap((p) => m.membersOf(p.id)))));
  });

  it.each(AS_OF)('party(id, asOf: %s) lists the partnerships, tables, duplicate pairs and load of that day', async (asOf) => {
    const m = model(w, asOf);
    const ids = w.parties.slice(0, 12);
    const got = await data<
      Record<
        string,
        {
          partnerships: { id: string; networks: { key: string }[]; members: { party: { id: string } }[] }[];
          tables: { id: string; parties: { id: string }[] }[];
          duplicateTables: { a: string; b: string; shared: number; jaccard: number }[];
          domainLoad: {
            partnerships: number;
            tables: number;
            load: number;
            parties: number;
            rank: number;
            median: number;
            highest: number;
          };
        } | null
      >
    >(
      `query($asOf: Date) { ${ids
        .map(
          (id, i) => `p${i}: party(id: "${id}", asOf: $asOf) {
            partnerships { id networks { key } members { party { id } } }
            tables { id parties { id } }
            duplicateTables(minJaccard: 0.5) { a b shared jaccard }
            domainLoad { partnerships tables load parties rank median highest }
          }`,
        )
        .join('\n')} }`,
      { asOf },
    );
    ids.forEach((id, i) => {
      const party = got[`p${i}`]!;
      const ps = m.partnershipsOf(id);
      expect(sorted(party.partnerships.map((p) => p.id))).toEqual(sorted(ps.map((p) => p.id)));
      // A partnership reached from the party keeps its date: its networks and members are those of that day.
      for (const p of party.partnerships) {
        const it = w.partnerships.find((x) => x.id === p.id)!;
        expect(p.networks.map((n) => n.key)).toEqual(sorted(m.networksOf(it)));
        expect(sorted(p.members.map((x) => x.party.id))).toEqual(sorted(m.membersOf(p.id)));
      }
      const ts = m.tablesOf(id);
      expect(sorted(party.tables.map((t) => t.id))).toEqual(sorted(ts.map((t) => t.id)));
      for (const t of party.tables)
        expect(sorted(t.parties.map((x) => x.id))).toEqual(sorted(m.seatedAt(w.tables.find((x) => x.id === t.id)!)));
      const seated = new Set(ts.map((t) => t.id));
      expect(party.duplicateTables).toEqual(m.duplicates.filter((p) => seated.has(p.a) && seated.has(p.b)));
      const peers = w.parties.filter((x) => m.domain(x) === m.domain(id)).map((x) => m.load(x));
      const load = m.load(id);
      expect(party.domainLoad).toEqual({
        partnerships: ps.length,
        tables: ts.length,
        load,
        parties: peers.length,
        rank: peers.filter((x) => x > load).length + 1,
        median: median(peers),
        highest: Math.max(...peers),
      });
    });
  });

  it.each(AS_OF)('table(id, asOf: %s) and tables seat the parties of that day; recorded: true every seat', async (asOf) => {
    const m = model(w, asOf);
    const got = await data<{
      tables: { id: string; parties: { id: string }[]; all: { id: string }[] }[];
      table: { parties: { id: string }[] };
    }>(
      `query($asOf: Date) {
        tables(asOf: $asOf) { id parties { id } all: parties(recorded: true) { id } }
        table(id: "tb-03", asOf: $asOf) { parties { id } }
      }`,
      { asOf },
    );
    for (const t of got.tables) {
      const table = w.tables.find((x) => x.id === t.id)!;
      expect(t.parties.map((p) => p.id)).toEqual(sorted(m.seatedAt(table)));
      expect(t.all.map((p) => p.id)).toEqual(sorted(table.seats.map((s) => s.partyId)));
    }
    expect(got.table.parties.map((p) => p.id)).toEqual(sorted(m.seatedAt(w.tables[3]!)));
  });

  it.each(AS_OF)('partnership(id, asOf: %s) has the networks, members and missing domains of that day', async (asOf) => {
    const m = model(w, asOf);
    // Five a request: three aliases each, within the 15 a request may have.
    for (let start = 0; start < 15; start += 5) {
      const chosen = w.partnerships.slice(start, start + 5);
      const got = await data<
        Record<
          string,
          {
            networks: { key: string }[];
            members: { party: { id: string } }[];
            missingDomains: string[];
            allNetworks: { key: string }[];
            allMembers: { party: { id: string } }[];
          }
        >
      >(
        `query($asOf: Date) { ${chosen
          .map(
            (p, i) => `p${i}: partnership(id: "${p.id}", asOf: $asOf) {
              networks { key } members { party { id } } missingDomains
              allNetworks: networks(recorded: true) { key } allMembers: members(recorded: true) { party { id } }
            }`,
          )
          .join('\n')} }`,
        { asOf },
      );
      chosen.forEach((p, i) => {
        const answer = got[`p${i}`]!;
        expect(answer.networks.map((n) => n.key)).toEqual(sorted(m.networksOf(p)));
        expect(sorted(answer.members.map((x) => x.party.id))).toEqual(sorted(m.membersOf(p.id)));
        expect(answer.missingDomains).toEqual(m.missing(p.id));
        expect(answer.allNetworks.map((n) => n.key)).toEqual(sorted(p.networks.map((n) => n.network)));
        const all = w.memberships.filter((x) => x.partnershipId === p.id).map((x) => x.partyId);
        expect(sorted(answer.allMembers.map((x) => x.party.id))).toEqual(sorted(all));
      });
    }
  });

  it.each(AS_OF)('neighbourhoods (asOf: %s) expand along the links of that day', async (asOf) => {
    const m = model(w, asOf);
    const ps = new Set(m.partnerships.map((p) => p.id));
    const party = 'party-03';
    const partnership = w.partnerships[1]!;
    const table = w.tables[2]!;
    const place = w.municipalities[4]!;
    const expected = [
      {
        key: `party:${party}`,
        neighbours: [...m.partnershipsOf(party).map((p) => `partnership:${p.id}`), ...m.tablesOf(party).map((t) => `table:${t.id}`)],
      },
      {
        key: `partnership:${partnership.id}`,
        networks: sorted(m.networksOf(partnership)),
        neighbours: [
          ...m.membersOf(partnership.id).map((x) => `party:${x}`),
          ...partnership.municipalities.map((c) => `municipality:${c}`),
        ],
      },
      {
        key: `table:${table.id}`,
        neighbours: [...m.seatedAt(table).map((x) => `party:${x}`), ...table.municipalities.map((c) => `municipality:${c}`)],
      },
      {
        key: `municipality:${place}`,
        neighbours: [
          ...w.partnerships.filter((p) => ps.has(p.id) && p.municipalities.includes(place)).map((p) => `partnership:${p.id}`),
          ...w.tables.filter((t) => t.municipalities.includes(place)).map((t) => `table:${t.id}`),
        ],
      },
    ];
    const got = await data<{ neighbourhoods: { node: Node; neighbours: Node[]; total: number }[] }>(
      `query($asOf: Date, $nodes: [NodePage!]!) {
        neighbourhoods(nodes: $nodes, asOf: $asOf) { node { key degree networks } neighbours { key degree networks } total }
      }`,
      {
        asOf,
        nodes: [
          { kind: 'PARTY', id: party, limit: 500 },
          { kind: 'PARTNERSHIP', id: partnership.id, limit: 500 },
          { kind: 'TABLE', id: table.id, limit: 500 },
          { kind: 'MUNICIPALITY', id: place, limit: 500 },
        ],
      },
    );
    // A node's degree: its links of that day (to a partnership of that day).
    const degree = (key: string) => {
      const [kind, id] = key.split(':') as [string, string];
      if (kind === 'party') return m.partnershipsOf(id).length + m.tablesOf(id).length;
      if (kind === 'partnership') return m.membersOf(id).length + w.partnerships.find((p) => p.id === id)!.municipalities.length;
      if (kind === 'table') {
        const t = w.tables.find((x) => x.id === id)!;
        return m.seatedAt(t).length + t.municipalities.length;
      }
      return (
        w.partnerships.filter((p) => ps.has(p.id) && p.municipalities.includes(id)).length +
        w.tables.filter((t) => t.municipalities.includes(id)).length
      );
    };
    expect(got.neighbourhoods.map((n) => n.node.key)).toEqual(expected.map((e) => e.key));
    got.neighbourhoods.forEach((n, i) => {
      const want = expected[i]!;
      expect(n.total).toBe(want.neighbours.length);
      expect(sorted(n.neighbours.map((x) => x.key))).toEqual(sorted(want.neighbours));
      expect(n.node.degree).toBe(degree(n.node.key));
      for (const x of n.neighbours) expect(x.degree).toBe(degree(x.key));
      if (want.networks) expect(n.node.networks).toEqual(want.networks);
    });
  });

  it.each(AS_OF)('tableGraph and networkGraph (asOf: %s) draw the seats and networks of that day', async (asOf) => {
    const m = model(w, asOf);
    const got = await data<{
      tableGraph: { nodes: { key: string }[]; edges: { source: string; target: string }[] };
      networkGraph: { networks: { key: string; partnerships: number }[]; pairs: unknown[] };
      networkOverlap: unknown[];
    }>(
      `query($asOf: Date) {
        tableGraph(asOf: $asOf) { nodes { key } edges { source target } }
        networkGraph(asOf: $asOf) { networks { key partnerships } pairs { a b shared jaccard } }
        networkOverlap(asOf: $asOf) { a b shared jaccard }
      }`,
      { asOf },
    );
    const seats = w.tables.flatMap((t) => m.seatedAt(t).map((party) => `party:${party}>table:${t.id}`));
    expect(sorted(got.tableGraph.edges.map((e) => `${e.source}>${e.target}`))).toEqual(sorted(seats));
    const seated = new Set(w.tables.flatMap((t) => m.seatedAt(t)));
    expect(sorted(got.tableGraph.nodes.map((n) => n.key))).toEqual(
      sorted([...w.tables.map((t) => `table:${t.id}`), ...[...seated].map((p) => `party:${p}`)]),
    );
    expect(got.networkGraph.networks).toEqual(
      NETWORKS.map((key) => ({ key, partnerships: m.partnerships.filter((p) => m.networksOf(p).includes(key)).length })),
    );
    expect(got.networkGraph.pairs).toEqual(got.networkOverlap);
  });

  it('activeCounts gives, per date in the order asked, the partnerships that pass the filter that day', async () => {
    const dates = [...AS_OF, ...DAYS, '2019-12-31', '2019-12-31'].reverse();
    const count = (d: string, passes: (p: World['partnerships'][number]) => boolean) => {
      const m = model(w, d);
      return m.partnerships.filter(passes).length;
    };
    const inNetworks = (d: string) => (p: World['partnerships'][number]) =>
      p.networks.some((n) => ['n1', 'n2'].includes(n.network) && validOn(d, n));
    const withSocial = (d: string) => (p: World['partnerships'][number]) =>
      w.memberships.some((x) => x.partnershipId === p.id && validOn(d, x) && domainOf(w.parties.indexOf(x.partyId)) === 'social');
    const got = await data<{ all: number[]; networks: number[]; social: number[]; none: number[] }>(
      `query($dates: [Date!]!) {
        all: activeCounts(dates: $dates)
        networks: activeCounts(dates: $dates, filter: { networks: ["n1", "n2"] })
        social: activeCounts(dates: $dates, filter: { domains: ["social"] })
        none: activeCounts(dates: [])
      }`,
      { dates },
    );
    expect(got.all).toEqual(dates.map((d) => count(d, () => true)));
    expect(got.networks).toEqual(dates.map((d) => count(d, inNetworks(d))));
    expect(got.social).toEqual(dates.map((d) => count(d, withSocial(d))));
    expect(got.none).toEqual([]);
    expect(new Set(got.all).size).toBeGreaterThan(2);
    // Each count is that of the partnerships list of the same date and filter.
    const { partnerships } = await data<{ partnerships: { totalCount: number } }>(
      'query { partnerships(asOf: "2021-12-31", filter: { networks: ["n1", "n2"] }) { totalCount } }',
    );
    expect(partnerships.totalCount).toBe(count('2021-12-31', inNetworks('2021-12-31')));
  });

  it('activeCounts takes at most 200 dates, each a date, and says which argument is wrong', async () => {
    const days = Array.from({ length: 201 }, (_, i) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10));
    const tooMany = await gql('query($dates: [Date!]!) { activeCounts(dates: $dates) }', { dates: days });
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dates' });
    const enough = await data<{ activeCounts: number[] }>('query($dates: [Date!]!) { activeCounts(dates: $dates) }', {
      dates: days.slice(0, 200),
    });
    expect(enough.activeCounts).toHaveLength(200);
    const wrong = await gql('query { activeCounts(dates: ["2021-12-31", "2021-02-30"]) }');
    expect(wrong.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dates.1' });
  });

  it('party, table and partnership without asOf answer for today', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const query = `query($asOf: Date) {
      party(id: "party-01", asOf: $asOf) { partnerships { id networks { key } } tables { id } duplicateTables { a b } domainLoad { load rank } }
      table(id: "tb-01", asOf: $asOf) { parties { id } }
      partnership(id: "ps-01", asOf: $asOf) { networks { key } members { party { id } } missingDomains }
    }`;
    expect(await data(query)).toEqual(await data(query, { asOf: today }));
  });
});
