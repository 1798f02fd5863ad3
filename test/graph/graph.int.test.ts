import { describe, expect, it } from 'vitest';
import { fixtureServer } from '../helpers/server.js';

// Counts by hand from test/helpers/fixture.ts. Degree = links to
// partnerships, parties, tables and municipalities (MEMBER_OF, ACTIVE_IN,
// SITS_AT, COVERS), e.g. party a: p1, p2, p4 and tx, ty, tz = 6.

// Counting round trips (db.calls) needs GraphQL in this thread: workers have drivers of their own.
const app = fixtureServer({ GRAPHQL_WORKERS: '0' });
const { data } = app;

const NEIGHBOURHOODS = /* GraphQL */ `
  query ($nodes: [NodePage!]!, $filter: PartnershipFilter) {
    neighbourhoods(nodes: $nodes, filter: $filter) {
      node {
        key
      }
      neighbours {
        key
      }
      edges {
        source
        target
        relation
      }
      total
      offset
    }
  }
`;

type Hood = {
  node: { key: string };
  neighbours: { key: string }[];
  edges: { source: string; target: string; relation: string }[];
  total: number;
  offset: number;
};

const hoods = async (nodes: unknown[], filter?: unknown) =>
  (await data<{ neighbourhoods: Hood[] }>(NEIGHBOURHOODS, { nodes, filter })).neighbourhoods;
const keys = (hood: Hood | undefined) => hood?.neighbours.map((n) => n.key);

describe('neighbourhoods', () => {
  it('expands a partnership to its member parties (by name) and its municipality, with edges in relationship direction', async () => {
    const [hood] = await hoods([{ kind: 'PARTNERSHIP', id: 'p1' }]);
    expect(hood).toEqual({
      node: { key: 'partnership:p1' },
      neighbours: [{ key: 'party:d' }, { key: 'party:c' }, { key: 'party:a' }, { key: 'party:b' }, { key: 'municipality:GM9001' }],
      edges: [
        { source: 'party:d', target: 'partnership:p1', relation: 'MEMBER_OF' },
        { source: 'party:c', target: 'partnership:p1', relation: 'MEMBER_OF' },
        { source: 'party:a', target: 'partnership:p1', relation: 'MEMBER_OF' },
        { source: 'party:b', target: 'partnership:p1', relation: 'MEMBER_OF' },
        { source: 'partnership:p1', target: 'municipality:GM9001', relation: 'ACTIVE_IN' },
      ],
      total: 5,
      offset: 0,
    });
  });

  it('gives every field of a node for its kind', async () => {
    const [p1, tx] = (
      await data<{ neighbourhoods: { node: unknown; neighbours: unknown[] }[] }>(
        `{ neighbourhoods(nodes: [{ kind: PARTNERSHIP, id: "p1", limit: 1 }, { kind: TABLE, id: "tx", offset: 4 }]) {
          node { key kind id name degree networks phase domain level theme province }
          neighbours { key kind id name degree networks phase domain level theme province } } }`,
      )
    ).neighbourhoods;
    const none = { phase: null, domain: null, level: null, theme: null, province: null, networks: [] };
    expect(p1).toEqual({
      node: {
        ...none,
        key: 'partnership:p1',
        kind: 'PARTNERSHIP',
        id: 'p1',
        name: 'Samen Gezond Noord',
        degree: 5,
        networks: ['alpha', 'beta'],
        phase: 3,
      },
      neighbours: [{ ...none, key: 'party:d', kind: 'PARTY', id: 'd', name: 'Bewoners Noord', degree: 2, domain: 'citizens' }],
    });
    expect(tx).toEqual({
      node: {
        ...none,
        key: 'table:tx',
        kind: 'TABLE',
        id: 'tx',
        name: 'Regietafel Noord',
        degree: 5,
        level: 'regional',
        theme: 'Leefstijl',
      },
      neighbours: [
        { ...none, key: 'municipality:GM9001', kind: 'MUNICIPALITY', id: 'GM9001', name: 'Noordstad', degree: 4, province: 'Provincie A' },
      ],
    });
  });

  it('pages through a big neighbourhood: partnerships, then tables, each by name', async () => {
    const pages = await hoods([0, 2, 4, 6].map((offset) => ({ kind: 'PARTY', id: 'a', offset, limit: 2 })));
    expect(pages.map(keys)).toEqual([['partnership:p1', 'partnership:p2'], ['partnership:p4', 'table:ty'], ['table:tx', 'table:tz'], []]);
    expect(pages.map((p) => [p.total, p.offset])).toEqual([
      [6, 0],
      [6, 2],
      [6, 4],
      [6, 6],
    ]);
  });

  it('answers several nodes in one database round trip, in the order asked, leaving out unknown ones', async () => {
    const before = app.db.calls;
    const result = await hoods([
      { kind: 'TABLE', id: 'tz' },
      { kind: 'PARTNERSHIP', id: 'nope' },
      { kind: 'PARTY', id: 'tz' },
      { kind: 'MUNICIPALITY', id: 'GM9004' },
    ]);
    expect(app.db.calls - before).toBe(1);
    expect(result.map((h) => [h.node.key, keys(h), h.total])).toEqual([
      ['table:tz', ['party:f', 'party:a', 'party:e', 'municipality:GM9003'], 4],
      ['municipality:GM9004', [], 0],
    ]);
  });

  it('applies the shared filters per kind of neighbour', async () => {
    // Networks only filter partnerships: tables stay.
    expect(keys((await hoods([{ kind: 'MUNICIPALITY', id: 'GM9001' }], { networks: ['beta'] }))[0])).toEqual([
      'partnership:p1',
      'table:ty',
      'table:tx',
    ]);
    // Domains filter parties (and partnerships by their members).
    expect(keys((await hoods([{ kind: 'PARTNERSHIP', id: 'p1' }], { domains: ['care'] }))[0])).toEqual(['party:a', 'municipality:GM9001']);
    // Provinces filter partnerships by where they are active and tables by what they cover.
    expect(keys((await hoods([{ kind: 'PARTY', id: 'a' }], { provinces: ['Provincie B'] }))[0])).toEqual(['partnership:p4', 'table:tz']);
    // Themes filter partnerships by theme and tables by their theme.
    expect(keys((await hoods([{ kind: 'PARTY', id: 'c' }], { themes: ['Eenzaamheid'] }))[0])).toEqual(['partnership:p3']);
    // Municipalities filter municipality neighbours too.
    expect(keys((await hoods([{ kind: 'TABLE', id: 'tx' }], { municipalities: ['GM9002'] }))[0])).toEqual([
      'party:c',
      'party:a',
      'party:b',
      'municipality:GM9002',
    ]);
  });

  it('refuses pages it cannot serve', async () => {
    const codes = async (nodes: unknown[]) => (await app.server.gql(NEIGHBOURHOODS, { nodes })).body.errors?.map((e) => e.extensions?.code);
    expect(await codes([{ kind: 'PARTY', id: 'a', limit: 0 }])).toEqual(['BAD_USER_INPUT']);
    expect(await codes([{ kind: 'PARTY', id: 'a', limit: 501 }])).toEqual(['BAD_USER_INPUT']);
    expect(await codes([{ kind: 'PARTY', id: 'a', offset: -1 }])).toEqual(['BAD_USER_INPUT']);
    expect(await codes(Array.from({ length: 201 }, () => ({ kind: 'PARTY', id: 'a' })))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('tableGraph', () => {
  const TABLE_GRAPH = /* GraphQL */ `
    query ($filter: PartnershipFilter) {
      tableGraph(filter: $filter) {
        nodes {
          key
          degree
        }
        edges {
          source
          target
          relation
        }
      }
    }
  `;
  type Slice = { nodes: { key: string; degree: number }[]; edges: { source: string; target: string; relation: string }[] };
  const slice = async (filter?: unknown) => (await data<{ tableGraph: Slice }>(TABLE_GRAPH, { filter })).tableGraph;
  const seat = (party: string, table: string) => ({ source: `party:${party}`, target: `table:${table}`, relation: 'SITS_AT' });

  it('lists the tables, then their seated parties, each by name, with one edge per seat', async () => {
    expect(await slice()).toEqual({
      nodes: [
        { key: 'table:ty', degree: 5 },
        { key: 'table:tx', degree: 5 },
        { key: 'table:tz', degree: 4 },
        { key: 'party:f', degree: 2 },
        { key: 'party:d', degree: 2 },
        { key: 'party:c', degree: 5 },
        { key: 'party:a', degree: 6 },
        { key: 'party:b', degree: 4 },
        { key: 'party:e', degree: 1 },
      ],
      edges: [
        seat('f', 'tz'),
        seat('d', 'ty'),
        seat('c', 'ty'),
        seat('c', 'tx'),
        seat('a', 'ty'),
        seat('a', 'tx'),
        seat('a', 'tz'),
        seat('b', 'ty'),
        seat('b', 'tx'),
        seat('e', 'tz'),
      ],
    });
  });

  it('filters tables by theme and coverage, parties by domain', async () => {
    const nodeKeys = async (filter: unknown) => (await slice(filter)).nodes.map((n) => n.key);
    expect(await nodeKeys({ themes: ['Eenzaamheid'] })).toEqual(['table:tz', 'party:f', 'party:a', 'party:e']);
    expect(await nodeKeys({ provinces: ['Provincie A'] })).toEqual(['table:ty', 'table:tx', 'party:d', 'party:c', 'party:a', 'party:b']);
    expect(await nodeKeys({ municipalities: ['GM9002'] })).toEqual(['table:tx', 'party:c', 'party:a', 'party:b']);
    const care = await slice({ domains: ['care', 'social'] });
    expect(care.nodes.map((n) => n.key)).toEqual(['table:ty', 'table:tx', 'table:tz', 'party:a', 'party:b']);
    expect(care.edges).toEqual([seat('a', 'ty'), seat('a', 'tx'), seat('a', 'tz'), seat('b', 'ty'), seat('b', 'tx')]);
  });
});

describe('networkGraph', () => {
  const NETWORK_GRAPH = /* GraphQL */ `
    query ($basis: OverlapBasis!, $filter: PartnershipFilter) {
      networkGraph(basis: $basis, filter: $filter) {
        networks {
          key
          name
          reportedCount
          partnerships
          size
        }
        pairs {
          a
          b
          shared
          jaccard
        }
      }
      networkOverlap(basis: $basis) {
        a
        b
        shared
        jaccard
      }
    }
  `;
  type Result = {
    networkGraph: {
      networks: { key: string; name: string; partnerships: number; size: number }[];
      pairs: { a: string; b: string; shared: number; jaccard: number }[];
    };
    networkOverlap: unknown[];
  };
  const graph = (basis: string, filter?: unknown) => data<Result>(NETWORK_GRAPH, { basis, filter });
  const counts = (r: Result) => r.networkGraph.networks.map((n) => [n.key, n.partnerships, n.size]);

  it('without a filter has every network and exactly the pairs of networkOverlap, for each basis', async () => {
    const byBasis = {
      PARTNERSHIPS: {
        counts: [
          ['alpha', 2, 2],
          ['beta', 2, 2],
          ['gamma', 1, 1],
        ],
        pairs: [{ a: 'alpha', b: 'beta', shared: 1, jaccard: 1 / 3 }],
      },
      PARTIES: {
        counts: [
          ['alpha', 2, 4],
          ['beta', 2, 4],
          ['gamma', 1, 1],
        ],
        pairs: [
          { a: 'alpha', b: 'beta', shared: 4, jaccard: 1 },
          { a: 'alpha', b: 'gamma', shared: 1, jaccard: 0.25 },
          { a: 'beta', b: 'gamma', shared: 1, jaccard: 0.25 },
        ],
      },
      MUNICIPALITIES: {
        counts: [
          ['alpha', 2, 2],
          ['beta', 2, 2],
          ['gamma', 1, 1],
        ],
        pairs: [{ a: 'alpha', b: 'beta', shared: 2, jaccard: 1 }],
      },
    };
    for (const [basis, expected] of Object.entries(byBasis)) {
      const result = await graph(basis);
      expect(counts(result)).toEqual(expected.counts);
      expect(result.networkGraph.pairs).toEqual(expected.pairs);
      expect(result.networkGraph.pairs).toEqual(result.networkOverlap);
    }
    const { networkGraph } = await graph('PARTNERSHIPS');
    expect(networkGraph.networks.map((n) => n.name)).toEqual(['Alfa-netwerk', 'Bèta-netwerk', 'Gamma-netwerk']);
  });

  it('counts only the partnerships that pass the filter', async () => {
    // Phase 3 is p1 alone, in alpha and beta.
    const phase3 = await graph('PARTIES', { phases: [3] });
    expect(counts(phase3)).toEqual([
      ['alpha', 1, 4],
      ['beta', 1, 4],
      ['gamma', 0, 0],
    ]);
    expect(phase3.networkGraph.pairs).toEqual([{ a: 'alpha', b: 'beta', shared: 4, jaccard: 1 }]);
    // A network filter keeps the partnerships of that network, with the other networks they belong to.
    const beta = await graph('PARTNERSHIPS', { networks: ['beta'] });
    expect(counts(beta)).toEqual([
      ['alpha', 1, 1],
      ['beta', 2, 2],
      ['gamma', 0, 0],
    ]);
    expect(beta.networkGraph.pairs).toEqual([{ a: 'alpha', b: 'beta', shared: 1, jaccard: 0.5 }]);
    const nothing = await graph('MUNICIPALITIES', { text: 'bestaat niet' });
    expect(counts(nothing)).toEqual([
      ['alpha', 0, 0],
      ['beta', 0, 0],
      ['gamma', 0, 0],
    ]);
    expect(nothing.networkGraph.pairs).toEqual([]);
  });
});
