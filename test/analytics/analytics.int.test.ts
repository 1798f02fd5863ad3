import { describe, expect, it } from 'vitest';
import { meridianKm } from '../helpers/fixture.js';
import { fixtureServer } from '../helpers/server.js';

const app = fixtureServer();
const { data } = app;

async function errorCode(query: string, variables?: Record<string, unknown>): Promise<{ code?: string; message: string }> {
  const { body } = await app.server.gql(query, variables);
  expect(body.errors).toHaveLength(1);
  return { code: body.errors![0]!.extensions?.code, message: body.errors![0]!.message };
}

describe('networkOverlap', () => {
  const q = 'query($basis: OverlapBasis!) { networkOverlap(basis: $basis) { a b shared jaccard } }';

  it('on partnerships: one row per pair that shares a partnership', async () => {
    expect(await data(q, { basis: 'PARTNERSHIPS' })).toEqual({ networkOverlap: [{ a: 'alpha', b: 'beta', shared: 1, jaccard: 1 / 3 }] });
  });

  it('on parties: a network’s set is the members of any of its partnerships', async () => {
    expect(await data(q, { basis: 'PARTIES' })).toEqual({
      networkOverlap: [
        { a: 'alpha', b: 'beta', shared: 4, jaccard: 1 },
        { a: 'alpha', b: 'gamma', shared: 1, jaccard: 0.25 },
        { a: 'beta', b: 'gamma', shared: 1, jaccard: 0.25 },
      ],
    });
  });

  it('on municipalities: where its partnerships are active', async () => {
    expect(await data(q, { basis: 'MUNICIPALITIES' })).toEqual({ networkOverlap: [{ a: 'alpha', b: 'beta', shared: 2, jaccard: 1 }] });
  });

  it('defaults to partnerships', async () => {
    expect(await data('{ networkOverlap { a b shared } }')).toEqual({ networkOverlap: [{ a: 'alpha', b: 'beta', shared: 1 }] });
  });
});

describe('networkIntersections', () => {
  it('counts each partnership once, in its exact combination, with intersections of supersets', async () => {
    expect(await data('{ networkIntersections { networks exclusive intersection } }')).toEqual({
      networkIntersections: [
        { networks: ['alpha'], exclusive: 1, intersection: 2 },
        { networks: ['alpha', 'beta'], exclusive: 1, intersection: 1 },
        { networks: ['beta'], exclusive: 1, intersection: 2 },
        { networks: ['gamma'], exclusive: 1, intersection: 1 },
      ],
    });
  });
});

describe('crowding', () => {
  it('ranks municipalities by partnerships + tables, parties counted once across both', async () => {
    expect(await data('{ crowding { code name province partnerships networks tables parties index } }')).toEqual({
      crowding: [
        { code: 'GM9001', name: 'Noordstad', province: 'Provincie A', partnerships: 2, networks: 2, tables: 2, parties: 4, index: 4 },
        { code: 'GM9002', name: 'Middendorp', province: 'Provincie A', partnerships: 2, networks: 2, tables: 1, parties: 3, index: 3 },
        { code: 'GM9003', name: 'Zuidhaven', province: 'Provincie B', partnerships: 1, networks: 1, tables: 1, parties: 3, index: 2 },
        { code: 'GM9004', name: 'Leegveld', province: 'Provincie B', partnerships: 0, networks: 0, tables: 0, parties: 0, index: 0 },
      ],
    });
  });

  it('takes the top N and filters by province', async () => {
    expect(await data('{ crowding(top: 1) { code } }')).toEqual({ crowding: [{ code: 'GM9001' }] });
    expect(await data('{ crowding(province: "Provincie B") { code index } }')).toEqual({
      crowding: [
        { code: 'GM9003', index: 2 },
        { code: 'GM9004', index: 0 },
      ],
    });
  });

  it('per province counts each partnership, table and party once', async () => {
    expect(await data('{ crowdingByProvince { province municipalities partnerships networks tables parties index } }')).toEqual({
      crowdingByProvince: [
        { province: 'Provincie A', municipalities: 2, partnerships: 3, networks: 2, tables: 2, parties: 4, index: 5 },
        { province: 'Provincie B', municipalities: 2, partnerships: 1, networks: 1, tables: 1, parties: 3, index: 2 },
      ],
    });
  });
});

describe('peersNearby', () => {
  const q =
    'query($id: ID!, $r: Float!, $limit: Int) { peersNearby(partnershipId: $id, radiusKm: $r, limit: $limit) { partnership { id } distanceKm sharedThemes sharedParties } }';

  it('orders by shared themes, then distance', async () => {
    const { peersNearby } = await data<{
      peersNearby: { partnership: { id: string }; distanceKm: number; sharedThemes: number; sharedParties: number }[];
    }>(q, { id: 'p1', r: 50 });
    expect(peersNearby.map((p) => [p.partnership.id, p.sharedThemes, p.sharedParties])).toEqual([
      ['p3', 2, 2],
      ['p2', 1, 2],
    ]);
    expect(peersNearby[0]!.distanceKm).toBeCloseTo(meridianKm(52.0, 52.3), 3);
    expect(peersNearby[1]!.distanceKm).toBeCloseTo(meridianKm(52.0, 52.1), 3);
  });

  it('keeps to the radius and the limit', async () => {
    const near = await data<{ peersNearby: { partnership: { id: string } }[] }>(q, { id: 'p1', r: 20 });
    expect(near.peersNearby.map((p) => p.partnership.id)).toEqual(['p2']);
    const one = await data<{ peersNearby: { partnership: { id: string } }[] }>(q, { id: 'p1', r: 200, limit: 1 });
    expect(one.peersNearby.map((p) => p.partnership.id)).toEqual(['p3']);
  });

  it('rejects an unknown partnership, one without location, and a bad radius', async () => {
    expect(await errorCode(q, { id: 'nope', r: 10 })).toEqual({ code: 'NOT_FOUND', message: 'Partnership "nope" not found' });
    expect(await errorCode(q, { id: 'p5', r: 10 })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Partnership "p5" has no location, so it has no peers nearby.',
    });
    expect(await errorCode(q, { id: 'p1', r: 0 })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Argument "radiusKm" must be more than 0 and at most 500 (got 0).',
    });
    expect(await errorCode(q, { id: 'p1', r: 10, limit: 501 })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Argument "limit" must be a whole number from 1 to 500 (got 501).',
    });
  });
});

describe('duplicateTables', () => {
  it('lists pairs at or above the threshold by Jaccard', async () => {
    expect(await data('{ duplicateTables { a b shared jaccard sharedMunicipalities } }')).toEqual({
      duplicateTables: [{ a: 'tx', b: 'ty', shared: 3, jaccard: 0.75, sharedMunicipalities: 1 }],
    });
    expect(await data('{ duplicateTables(minJaccard: 0.2) { a b shared jaccard sharedMunicipalities } }')).toEqual({
      duplicateTables: [
        { a: 'tx', b: 'ty', shared: 3, jaccard: 0.75, sharedMunicipalities: 1 },
        { a: 'tx', b: 'tz', shared: 1, jaccard: 0.2, sharedMunicipalities: 0 },
      ],
    });
  });

  it('rejects a threshold outside (0, 1]', async () => {
    expect(await errorCode('{ duplicateTables(minJaccard: 1.5) { a } }')).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Argument "minJaccard" must be more than 0 and at most 1 (got 1.5).',
    });
  });
});

describe('partyLoad', () => {
  it('ranks parties by partnerships + tables, then name', async () => {
    const { partyLoad } = await data<{ partyLoad: { party: { id: string }; partnerships: number; tables: number; load: number }[] }>(
      '{ partyLoad { party { id } partnerships tables load } }',
    );
    expect(partyLoad.map((r) => [r.party.id, r.partnerships, r.tables, r.load])).toEqual([
      ['a', 3, 3, 6],
      ['c', 3, 2, 5],
      ['b', 2, 2, 4],
      ['f', 1, 1, 2],
      ['d', 1, 1, 2],
      ['e', 0, 1, 1],
    ]);
    expect(await data('{ partyLoad(top: 2) { party { name } } }')).toEqual({
      partyLoad: [{ party: { name: 'Huisarts Noord' } }, { party: { name: 'Gemeente Noord' } }],
    });
  });
});

describe('domain coverage', () => {
  it('lists the core domains a partnership lacks; any financier counts', async () => {
    const { partnerships } = await data<{ partnerships: { nodes: { id: string; missingDomains: string[] }[] } }>(
      '{ partnerships { nodes { id missingDomains } } }',
    );
    expect(Object.fromEntries(partnerships.nodes.map((n) => [n.id, n.missingDomains]))).toEqual({
      p1: [],
      p2: ['social', 'citizens'],
      p3: ['care', 'citizens'],
      p4: ['social', 'financier', 'citizens'],
      p5: ['care', 'social', 'financier', 'citizens'],
    });
  });
});
