import { describe, expect, it } from 'vitest';
import { NETWORKS, on, servedWorld, validOn, type World } from './dated-world.js';

/**
 * Time (DESIGN.md §9.3) on a seeded random graph whose partnerships, network
 * entries, memberships and seats carry random periods, drawn from a few days
 * so that many records start and stop on the same day: crowdingChange,
 * networkChange and the as-of analytics through the API, each against a plain
 * computation of its definition. A record counts on day d when
 * validFrom ≤ d < validTo; a missing bound is open.
 */

/** Crowding per municipality on day d (DESIGN.md §4), by index desc, then code. */
function crowdingOn(w: World, d: string) {
  const day = on(w, d);
  return w.municipalities
    .map((code) => {
      const ps = day.partnerships.filter((p) => p.municipalities.includes(code));
      const ts = w.tables.filter((t) => t.municipalities.includes(code));
      const parties = new Set([...ps.flatMap((p) => day.membersOf(p.id)), ...ts.flatMap((t) => day.seatedAt(t))]);
      const networks = new Set(ps.flatMap((p) => day.networksOf(p)));
      return {
        code,
        partnerships: ps.length,
        networks: networks.size,
        tables: ts.length,
        parties: parties.size,
        index: ps.length + ts.length,
      };
    })
    .sort((a, b) => b.index - a.index || (a.code < b.code ? -1 : 1));
}

function regionIndexOn(w: World, d: string) {
  const day = on(w, d);
  return new Map(
    w.regions.map((r) => {
      const ps = day.partnerships.filter((p) => p.municipalities.some((m) => r.municipalities.includes(m)));
      const ts = w.tables.filter((t) => t.municipalities.some((m) => r.municipalities.includes(m)));
      return [r.code, ps.length + ts.length];
    }),
  );
}

const byDelta = <T extends { code: string; delta: number }>(rows: T[]) =>
  [...rows].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.code < b.code ? -1 : 1));

/** Pairs of dates to compare: forwards, backwards, across many boundaries, on one boundary, and the same day. */
const PAIRS: [string, string][] = [
  ['2019-12-31', '2022-12-31'],
  ['2022-12-31', '2019-12-31'],
  ['2020-06-29', '2020-06-30'],
  ['2021-12-30', '2021-12-31'],
  ['2021-01-01', '2023-03-15'],
  ['2018-01-01', '2024-01-01'],
  ['2021-06-01', '2021-06-01'],
];

describe.each([20_211_231, 5])('time on a random dated graph (seed %i)', (seed) => {
  const { world: w, data } = servedWorld(seed);

  it.each(PAIRS)('crowdingChange(from: %s, to: %s) is the crowding index on each date, by |delta| desc, then code', async (from, to) => {
    const before = new Map(crowdingOn(w, from).map((r) => [r.code, r.index]));
    const after = new Map(crowdingOn(w, to).map((r) => [r.code, r.index]));
    const expected = byDelta(
      w.municipalities.map((code, i) => ({
        code,
        name: `Gemeente ${i}`,
        before: before.get(code)!,
        after: after.get(code)!,
        delta: after.get(code)! - before.get(code)!,
      })),
    );
    const got = await data<{ crowdingChange: unknown[] }>(
      'query($from: Date!, $to: Date!) { crowdingChange(from: $from, to: $to) { code name before after delta } }',
      { from, to },
    );
    expect(got.crowdingChange).toEqual(expected);
    if (from !== to && from.slice(0, 4) !== to.slice(0, 4)) expect(expected.some((r) => r.delta !== 0)).toBe(true);
  });

  it.each(PAIRS)('crowdingChange(from: %s, to: %s, type: GGD) counts each partnership and table once per region', async (from, to) => {
    const [before, after] = [regionIndexOn(w, from), regionIndexOn(w, to)];
    const expected = byDelta(
      w.regions.map((r) => {
        const [b, a] = [before.get(r.code)!, after.get(r.code)!];
        return { code: r.code, name: r.name, before: b, after: a, delta: a - b };
      }),
    );
    const got = await data<{ crowdingChange: unknown[] }>(
      'query($from: Date!, $to: Date!) { crowdingChange(from: $from, to: $to, type: GGD) { code name before after delta } }',
      { from, to },
    );
    expect(got.crowdingChange).toEqual(expected);
  });

  it.each(PAIRS)('networkChange(from: %s, to: %s) counts who joined and who left each network', async (from, to) => {
    const inOn = (d: string, network: string) =>
      new Set(
        on(w, d)
          .partnerships.filter((p) => p.networks.some((n) => n.network === network && validOn(d, n)))
          .map((p) => p.id),
      );
    const expected = NETWORKS.map((network) => {
      const [a, b] = [inOn(from, network), inOn(to, network)];
      return {
        network,
        joined: [...b].filter((id) => !a.has(id)).length,
        left: [...a].filter((id) => !b.has(id)).length,
        before: a.size,
        after: b.size,
      };
    });
    const got = await data<{ networkChange: unknown[] }>(
      'query($from: Date!, $to: Date!) { networkChange(from: $from, to: $to) { network joined left before after } }',
      { from, to },
    );
    expect(got.networkChange).toEqual(expected);
    // The counts on `to` are those of networks(asOf: to).
    const { networks } = await data<{ networks: { partnershipCount: number }[] }>(
      'query($to: Date!) { networks(asOf: $to) { partnershipCount } }',
      { to },
    );
    expect(networks.map((n) => n.partnershipCount)).toEqual(expected.map((n) => n.after));
  });

  /** Days around the boundaries: before, on and after several of them. */
  const AS_OF = [
    '2018-12-31',
    '2019-01-01',
    '2020-06-29',
    '2020-06-30',
    '2021-12-31',
    '2022-07-01',
    '2023-03-14',
    '2023-03-15',
    '2030-01-01',
  ];

  it.each(AS_OF)('crowding(asOf: %s) counts the partnerships, networks, tables and parties of that day', async (asOf) => {
    const got = await data<{ crowding: unknown[] }>(
      'query($asOf: Date) { crowding(top: 1000, asOf: $asOf) { code partnerships networks tables parties index } }',
      { asOf },
    );
    expect(got.crowding).toEqual(crowdingOn(w, asOf));
  });

  it.each(AS_OF)('networkOverlap(PARTIES, asOf: %s) and partyLoad use the memberships and seats of that day', async (asOf) => {
    const day = on(w, asOf);
    const sets = new Map(NETWORKS.map((n) => [n, new Set<string>()]));
    for (const p of day.partnerships) for (const n of day.networksOf(p)) day.membersOf(p.id).forEach((party) => sets.get(n)!.add(party));
    const pairs = NETWORKS.flatMap((a, i) =>
      NETWORKS.slice(i + 1).map((b) => {
        const shared = [...sets.get(a)!].filter((x) => sets.get(b)!.has(x)).length;
        return { a, b, shared, jaccard: shared / (sets.get(a)!.size + sets.get(b)!.size - shared) };
      }),
    ).filter((pair) => pair.shared > 0);
    const load = w.parties
      .map((id) => {
        const partnerships = day.partnerships.filter((p) => day.membersOf(p.id).includes(id)).length;
        const tables = w.tables.filter((t) => day.seatedAt(t).includes(id)).length;
        return { id, partnerships, tables, load: partnerships + tables };
      })
      .sort((a, b) => b.load - a.load || (a.id < b.id ? -1 : 1));
    const got = await data<{
      networkOverlap: unknown[];
      partyLoad: { party: { id: string }; partnerships: number; tables: number; load: number }[];
    }>(
      'query($asOf: Date) { networkOverlap(basis: PARTIES, asOf: $asOf) { a b shared jaccard } partyLoad(top: 1000, asOf: $asOf) { party { id } partnerships tables load } }',
      { asOf },
    );
    expect(got.networkOverlap).toEqual(pairs);
    expect(got.partyLoad.map((r) => ({ id: r.party.id, partnerships: r.partnerships, tables: r.tables, load: r.load }))).toEqual(load);
  });

  it.each(AS_OF)('duplicateTables(asOf: %s) compares the seats of that day', async (asOf) => {
    const day = on(w, asOf);
    const expected = w.tables
      .flatMap((x, i) =>
        w.tables.slice(i + 1).map((y) => {
          const [a, b] = [new Set(day.seatedAt(x)), new Set(day.seatedAt(y))];
          const shared = [...a].filter((p) => b.has(p)).length;
          const sharedMunicipalities = x.municipalities.filter((m) => y.municipalities.includes(m)).length;
          return { a: x.id, b: y.id, shared, jaccard: shared / (a.size + b.size - shared), sharedMunicipalities };
        }),
      )
      .filter((pair) => pair.shared > 0 && pair.jaccard >= 0.5)
      .sort((p, q) => q.jaccard - p.jaccard || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));
    const got = await data<{ duplicateTables: unknown[] }>(
      'query($asOf: Date) { duplicateTables(minJaccard: 0.5, asOf: $asOf) { a b shared jaccard sharedMunicipalities } }',
      { asOf },
    );
    expect(got.duplicateTables).toEqual(expected);
  });

  it.each(AS_OF)('partnerships, mapPoints and networks (asOf: %s) list what was valid that day', async (asOf) => {
    const day = on(w, asOf);
    const ids = day.partnerships.map((p) => p.id).sort();
    const got = await data<{
      partnerships: { totalCount: number; nodes: { id: string; networks: { key: string }[]; members: { party: { id: string } }[] }[] };
      mapPoints: { id: string; networks: string[] }[];
      networks: { key: string; partnershipCount: number }[];
    }>(
      `query($asOf: Date) {
        partnerships(first: 1000, asOf: $asOf) { totalCount nodes { id networks { key } members { party { id } } } }
        mapPoints(asOf: $asOf) { id networks }
        networks(asOf: $asOf) { key partnershipCount }
      }`,
      { asOf },
    );
    expect(got.partnerships.totalCount).toBe(ids.length);
    expect(got.partnerships.nodes.map((n) => n.id).sort()).toEqual(ids);
    for (const node of got.partnerships.nodes) {
      const p = w.partnerships.find((x) => x.id === node.id)!;
      expect(node.networks.map((n) => n.key).sort()).toEqual(day.networksOf(p).sort());
      expect(node.members.map((m) => m.party.id).sort()).toEqual(day.membersOf(p.id).sort());
    }
    expect(got.mapPoints.map((p) => [p.id, [...p.networks].sort()])).toEqual(
      day.partnerships.map((p) => [p.id, day.networksOf(p).sort()]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
    expect(got.networks).toEqual(
      NETWORKS.map((key) => ({ key, partnershipCount: day.partnerships.filter((p) => day.networksOf(p).includes(key)).length })),
    );
  });
});
