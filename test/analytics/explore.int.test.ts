import { describe, expect, it } from 'vitest';
import { fixtureServer } from '../helpers/server.js';

// Counting round trips (db.calls) needs GraphQL in this thread: workers have drivers of their own.
const app = fixtureServer({ GRAPHQL_WORKERS: '0' });
const { data } = app;

describe('detail queries', () => {
  it('partnership(id) with its neighbours', async () => {
    expect(
      await data(`{ partnership(id: "p1") {
        id name phase startYear approach financing location { lat lon } locationIsCentroid source
        networks { key partnershipCount } members { role party { id domain } } municipalities { code }
        themes tables { id } initiatives { id scalingStatus } missingDomains } }`),
    ).toEqual({
      partnership: {
        id: 'p1',
        name: 'Samen Gezond Noord',
        phase: 3,
        startYear: 2020,
        approach: 'bottom-up',
        financing: 'mixed',
        location: { lat: 52, lon: 5 },
        locationIsCentroid: false,
        source: 'test',
        networks: [
          { key: 'alpha', partnershipCount: 2 },
          { key: 'beta', partnershipCount: 2 },
        ],
        members: [
          { role: 'deelnemer', party: { id: 'd', domain: 'citizens' } },
          { role: 'deelnemer', party: { id: 'c', domain: 'financier-municipality' } },
          { role: 'trekker', party: { id: 'a', domain: 'care' } },
          { role: 'deelnemer', party: { id: 'b', domain: 'social' } },
        ],
        municipalities: [{ code: 'GM9001' }],
        themes: ['Leefstijl', 'Valpreventie'],
        tables: [{ id: 'ty' }, { id: 'tx' }],
        initiatives: [{ id: 'i1', scalingStatus: 'scaling' }],
        missingDomains: [],
      },
    });
  });

  it('party, table and municipality with their neighbours; unknown ids give null', async () => {
    expect(await data('{ party(id: "c") { name partnerships { id } tables { id } } }')).toEqual({
      party: { name: 'Gemeente Noord', partnerships: [{ id: 'p3' }, { id: 'p1' }, { id: 'p2' }], tables: [{ id: 'ty' }, { id: 'tx' }] },
    });
    expect(await data('{ table(id: "tx") { name level theme convenedBy { id } parties { id } municipalities { code } } }')).toEqual({
      table: {
        name: 'Regietafel Noord',
        level: 'regional',
        theme: 'Leefstijl',
        convenedBy: { id: 'c' },
        parties: [{ id: 'c' }, { id: 'a' }, { id: 'b' }],
        municipalities: [{ code: 'GM9002' }, { code: 'GM9001' }],
      },
    });
    expect(await data('{ municipality(code: "GM9002") { name province location { lat } partnerships { id } tables { id } } }')).toEqual({
      municipality: {
        name: 'Middendorp',
        province: 'Provincie A',
        location: { lat: 52.1 },
        partnerships: [{ id: 'p3' }, { id: 'p2' }],
        tables: [{ id: 'tx' }],
      },
    });
    expect(
      await data('{ partnership(id: "x") { id } party(id: "x") { id } table(id: "x") { id } municipality(code: "x") { code } }'),
    ).toEqual({
      partnership: null,
      party: null,
      table: null,
      municipality: null,
    });
  });
});

describe('partnerships list', () => {
  const q =
    'query($f: PartnershipFilter, $first: Int, $after: String) { partnerships(filter: $f, first: $first, after: $after) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }';
  type Page = {
    partnerships: { totalCount: number; nodes: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
  };
  const ids = async (f: Record<string, unknown>) => (await data<Page>(q, { f })).partnerships.nodes.map((n) => n.id);

  it('filters by network, theme, phase, domain, province, municipality and text', async () => {
    expect(await ids({ networks: ['alpha'] })).toEqual(['p1', 'p2']);
    expect(await ids({ themes: ['Eenzaamheid'] })).toEqual(['p3']);
    expect(await ids({ phases: [1, 4] })).toEqual(['p3', 'p4']);
    expect(await ids({ domains: ['citizens'] })).toEqual(['p1']);
    expect(await ids({ provinces: ['Provincie B'] })).toEqual(['p4']);
    expect(await ids({ municipalities: ['GM9002'] })).toEqual(['p3', 'p2']);
    expect(await ids({ text: 'NOORD' })).toEqual(['p1']);
    expect(await ids({ networks: ['alpha', 'beta'], themes: ['Valpreventie'] })).toEqual(['p3', 'p1']);
  });

  it('pages by name with a cursor', async () => {
    const first = (await data<Page>(q, { first: 2 })).partnerships;
    expect(first.nodes.map((n) => n.id)).toEqual(['p3', 'p5']);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await data<Page>(q, { first: 2, after: first.pageInfo.endCursor })).partnerships;
    expect(second.nodes.map((n) => n.id)).toEqual(['p1', 'p2']);
    const third = (await data<Page>(q, { first: 2, after: second.pageInfo.endCursor })).partnerships;
    expect(third).toMatchObject({ nodes: [{ id: 'p4' }], pageInfo: { hasNextPage: false } });
  });

  it('rejects a page size over the cap and a forged cursor', async () => {
    const big = await app.server.gql(q, { first: 1001 });
    expect(big.body.errors?.[0]).toMatchObject({
      message: 'Argument "first" must be a whole number from 1 to 1000 (got 1001).',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const forged = await app.server.gql(q, { after: 'bm9wZQ' });
    expect(forged.body.errors?.[0]).toMatchObject({
      message: 'Argument "after" is not a cursor this API gave out.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('search', () => {
  it('finds partnerships, parties, tables and municipalities by word prefixes', async () => {
    const { search } = await data<{ search: { kind: string; id: string }[] }>('{ search(text: "noord") { kind id name } }');
    expect(search.map((h) => `${h.kind}:${h.id}`).sort()).toEqual(
      ['MUNICIPALITY:GM9001', 'PARTNERSHIP:p1', 'PARTY:a', 'PARTY:b', 'PARTY:c', 'PARTY:d', 'TABLE:tx', 'TABLE:ty'].sort(),
    );
    const { search: two } = await data<{ search: { id: string }[] }>('{ search(text: "gezond lev") { id } }');
    expect(two).toEqual([{ id: 'p3' }]);
    const { search: town } = await data<{ search: { kind: string; id: string }[] }>('{ search(text: "Middendorp") { kind id } }');
    expect(town).toContainEqual({ kind: 'MUNICIPALITY', id: 'GM9002' });
  });

  it('treats Lucene syntax as plain words', async () => {
    expect(await data('{ search(text: "noord) OR *:* \\\\") { id } }')).toEqual({ search: [] });
  });
});

describe('database round trips', () => {
  // The page statement returns the relations its nodes select; only the
  // members' parties, were they asked for deeper, would need a loader.
  it('a page of partnerships with nested fields is one query for 2 or 5 rows', async () => {
    const query = (first: number) =>
      `{ partnerships(first: ${first}) { nodes { id networks { key } members { party { id } } themes missingDomains } } }`;
    const before2 = app.db.calls;
    await data(query(2));
    const for2 = app.db.calls - before2;
    const before5 = app.db.calls;
    await data(query(5));
    const for5 = app.db.calls - before5;
    expect(for2).toBe(1);
    expect(for5).toBe(1);
  });

  it('each analytic is one query', async () => {
    for (const q of [
      '{ networkOverlap { a } }',
      '{ crowding { code } }',
      '{ duplicateTables { a } }',
      '{ partyLoad { load } }',
      '{ peersNearby(partnershipId: "p1", radiusKm: 50) { distanceKm } }',
    ]) {
      const before = app.db.calls;
      await data(q);
      expect(app.db.calls - before).toBe(1);
    }
  });
});
