import { dateParam } from '@dsv/neo4j';
import { today } from '@dsv/server/dates';
import type { GqlRequest } from '../servers/http.js';

/** Runs one named statement of `cypher/` with the bare driver and returns its rows as plain objects. */
export type RunCypher = (name: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** One thing the client asks, three ways: our GraphQL, the same Cypher bare, and (lists/details) @neo4j/graphql. */
export interface Operation {
  key: string;
  kind: 'analytic' | 'list-detail';
  /** (a) our GraphQL server. */
  ours: GqlRequest;
  /** (b) the statements our server runs for it, through the bare driver, in the same order and grouping. */
  bare: (run: RunCypher) => Promise<unknown>;
  /** (c) the same question to @neo4j/graphql. */
  neo4jGraphql?: GqlRequest;
}

/** The partnership the peers and detail operations ask about, and the list's filter. */
export interface Fixed {
  partnershipId: string;
  networks: string[];
  phases: number[];
}

const OVERLAP = 'query Overlap($basis: OverlapBasis!) { networkOverlap(basis: $basis) { a b shared jaccard } }';
const PEERS =
  'query Peers($id: ID!, $r: Float!) { peersNearby(partnershipId: $id, radiusKm: $r, limit: 50) { distanceKm sharedThemes sharedParties partnership { id name } } }';
const LIST = `query List($filter: PartnershipFilter) {
  partnerships(filter: $filter, first: 50) { totalCount pageInfo { hasNextPage endCursor } nodes { id name phase startYear networks { key name } } }
}`;
const DETAIL = `query Detail($id: ID!) {
  partnership(id: $id) {
    id name description phase startYear approach financing website source
    networks { key name reportedCount }
    members { role party { id name domain municipality } }
  }
}`;
const N_LIST = `query List($where: PartnershipWhere) {
  partnershipsConnection(where: $where, first: 50, sort: [{ name: ASC }]) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name phase startYear networks { key name } } }
  }
}`;
const N_DETAIL = `query Detail($id: ID!) {
  partnerships(where: { id: { eq: $id } }) {
    id name description phase startYear approach financing website source
    networks { key name reportedCount }
    membersConnection { edges { properties { role } node { id name domain municipality } } }
  }
}`;

/** As the server's asOf when none is given (DESIGN.md §9.3): today, in the Netherlands. */
const asOfToday = () => dateParam(today());
const REPORT_DAY = '2021-12-31';

/** The filter parameters of `explore/partnerships` as the server passes them (PartnershipService.filterParams), but asOf. */
const noFilter = {
  networks: null,
  themes: null,
  phases: null,
  domains: null,
  provinces: null,
  municipalities: null,
  regions: null,
  text: null,
  minNetworks: null,
  missingDomains: null,
};

/** The `$include` our server derives from a selection set (partnership.relations.ts): which relations come with the nodes. */
const include = (asked: string[]) =>
  Object.fromEntries(
    ['networks', 'members', 'municipalities', 'themes', 'tables', 'initiatives', 'domains'].map((k) => [k, asked.includes(k)]),
  );

export function operations(fixed: Fixed): Operation[] {
  const overlap = (basis: string): Operation => ({
    key: `networkOverlap ${basis}`,
    kind: 'analytic',
    ours: { query: OVERLAP, variables: { basis } },
    bare: (run) => run(`analytics/overlap-${basis.toLowerCase()}`, { ...noFilter, asOf: asOfToday() }),
  });
  const peers = (r: number): Operation => ({
    key: `peersNearby ${r} km`,
    kind: 'analytic',
    ours: { query: PEERS, variables: { id: fixed.partnershipId, r } },
    bare: (run) => run('analytics/peers-nearby', { id: fixed.partnershipId, radiusKm: r, limit: 50, asOf: asOfToday() }),
  });
  return [
    overlap('PARTNERSHIPS'),
    overlap('PARTIES'),
    overlap('MUNICIPALITIES'),
    {
      key: 'crowding',
      kind: 'analytic',
      ours: { query: '{ crowding(top: 50) { code name province partnerships networks tables parties index } }' },
      bare: (run) => run('analytics/crowding', { top: 50, province: null, asOf: asOfToday() }),
    },
    {
      key: `crowding asOf ${REPORT_DAY}`,
      kind: 'analytic',
      ours: {
        query: 'query($asOf: Date) { crowding(top: 50, asOf: $asOf) { code name province partnerships networks tables parties index } }',
        variables: { asOf: REPORT_DAY },
      },
      bare: (run) => run('analytics/crowding', { top: 50, province: null, asOf: dateParam(REPORT_DAY) }),
    },
    {
      key: 'networks',
      kind: 'analytic',
      ours: { query: '{ networks { key name reportedCount partnershipCount } }' },
      bare: (run) => run('networks/list', { asOf: asOfToday() }),
    },
    {
      key: `networks asOf ${REPORT_DAY}`,
      kind: 'analytic',
      ours: {
        query: 'query($asOf: Date) { networks(asOf: $asOf) { key name reportedCount partnershipCount } }',
        variables: { asOf: REPORT_DAY },
      },
      bare: (run) => run('networks/list', { asOf: dateParam(REPORT_DAY) }),
    },
    {
      key: 'regionCrowding GGD',
      kind: 'analytic',
      ours: { query: '{ regionCrowding(type: GGD) { region { code name } partnerships networks tables parties index } }' },
      bare: (run) => run('analytics/region-crowding', { ...noFilter, type: 'GGD', asOf: asOfToday() }),
    },
    peers(5),
    peers(25),
    peers(50),
    {
      key: 'duplicateTables',
      kind: 'analytic',
      ours: { query: '{ duplicateTables(minJaccard: 0.5) { a b shared jaccard sharedMunicipalities } }' },
      // The server's default limit is MAX_LIST (1000).
      bare: (run) => run('analytics/duplicate-tables', { minJaccard: 0.5, limit: 1000, asOf: asOfToday() }),
    },
    {
      key: 'partyLoad',
      kind: 'analytic',
      ours: { query: '{ partyLoad(top: 50) { party { id name domain } partnerships tables load } }' },
      bare: (run) => run('analytics/party-load', { top: 50, asOf: asOfToday() }),
    },
    {
      key: 'partnerships page',
      kind: 'list-detail',
      ours: { query: LIST, variables: { filter: { networks: fixed.networks, phases: fixed.phases } } },
      // One statement: the page with its nodes' networks.
      bare: (run) =>
        run('explore/partnerships', {
          ...noFilter,
          networks: fixed.networks,
          phases: fixed.phases,
          asOf: asOfToday(),
          offset: 0,
          first: 50,
          include: include(['networks']),
        }),
      neo4jGraphql: {
        query: N_LIST,
        variables: { where: { networks: { some: { key: { in: fixed.networks } } }, phase: { in: fixed.phases } } },
      },
    },
    {
      key: 'partnership(id)',
      kind: 'list-detail',
      ours: { query: DETAIL, variables: { id: fixed.partnershipId } },
      // One statement: the node with its networks and members.
      bare: (run) =>
        run('explore/partnership-detail', { id: fixed.partnershipId, asOf: asOfToday(), include: include(['networks', 'members']) }),
      neo4jGraphql: { query: N_DETAIL, variables: { id: fixed.partnershipId } },
    },
  ];
}
