/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A party as a member of a partnership. */
export type MemberInput = {
  partyId: string;
  role?: string | null | undefined;
  /** The first day it holds (lid sinds); absent: unchanged, null: unknown. */
  validFrom?: string | null | undefined;
  /** The first day it no longer holds (gestopt op); absent: unchanged, null: still holds. */
  validTo?: string | null | undefined;
};

/** The dates of one of a partnership’s networks (it must be in its networks). */
export type NetworkDateInput = {
  /** Network key. */
  network: string;
  /** The first day it holds (lid sinds); absent: unchanged, null: unknown. */
  validFrom?: string | null | undefined;
  /** The first day it no longer holds (gestopt op); absent: unchanged, null: still holds. */
  validTo?: string | null | undefined;
};

/** What a node of the network view stands for. */
export type NodeKind =
  | 'MUNICIPALITY'
  | 'PARTNERSHIP'
  | 'PARTY'
  | 'TABLE';

/** A node whose neighbours to load, and which page of them. */
export type NodePage = {
  /** The id; the CBS code for municipalities. */
  id: string;
  kind: NodeKind;
  /** Neighbours to return (1–500). */
  limit?: number;
  /** Neighbours to skip. */
  offset?: number;
};

/** What a network’s set is made of. */
export type OverlapBasis =
  | 'MUNICIPALITIES'
  | 'PARTIES'
  | 'PARTNERSHIPS';

/** Every filter is optional; lists match any of their values; filters combine with AND. */
export type PartnershipFilter = {
  /** Has a member party in one of these domains. */
  domains?: Array<string> | null | undefined;
  /** Belongs to at least this many networks (2 = overlapping). */
  minNetworks?: number | null | undefined;
  /** Lacks one of these core domains: care, social, financier, citizens. */
  missingDomains?: Array<string> | null | undefined;
  /** CBS codes. */
  municipalities?: Array<string> | null | undefined;
  /** Network keys. */
  networks?: Array<string> | null | undefined;
  phases?: Array<number> | null | undefined;
  provinces?: Array<string> | null | undefined;
  /** Region codes (PV…, GG…, ZK…): active in a municipality of one of these regions. */
  regions?: Array<string> | null | undefined;
  /** Words in the name or description (case-insensitive). */
  text?: string | null | undefined;
  themes?: Array<string> | null | undefined;
};

/** Changes to a partnership: absent fields stay as they are; null empties an optional one. */
export type PartnershipUpdateInput = {
  approach?: string | null | undefined;
  description?: string | null | undefined;
  financing?: string | null | undefined;
  lat?: number | null | undefined;
  lon?: number | null | undefined;
  members?: Array<MemberInput> | null | undefined;
  municipalities?: Array<string> | null | undefined;
  name?: string | null | undefined;
  /** Dates of entries of networks (replaces them all; absent: unchanged, except for networks left out). */
  networkDates?: Array<NetworkDateInput> | null | undefined;
  networks?: Array<string> | null | undefined;
  phase?: number | null | undefined;
  source?: string | null | undefined;
  startYear?: number | null | undefined;
  themes?: Array<string> | null | undefined;
  /** The first day it was active; null: unknown. */
  validFrom?: string | null | undefined;
  /** The first day it no longer was active; null: still active. */
  validTo?: string | null | undefined;
  website?: string | null | undefined;
};

/** Changes to a party: absent fields stay as they are. */
export type PartyUpdateInput = {
  domain?: string | null | undefined;
  municipality?: string | null | undefined;
  name?: string | null | undefined;
};

export type ProposalStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

/** A division of the municipalities (1 January 2023): provinces (12), GGD regions (25), zorgkantoorregio’s (31). */
export type RegionType =
  | 'GGD'
  | 'PROVINCE'
  | 'ZORGKANTOOR';

export type SearchKind =
  | 'MUNICIPALITY'
  | 'PARTNERSHIP'
  | 'PARTY'
  | 'TABLE';

/** The dates of a seat at a table (the party must be in its seats). */
export type SeatDateInput = {
  partyId: string;
  /** The first day it holds (lid sinds); absent: unchanged, null: unknown. */
  validFrom?: string | null | undefined;
  /** The first day it no longer holds (gestopt op); absent: unchanged, null: still holds. */
  validTo?: string | null | undefined;
};

/** Changes to a governance table: absent fields stay as they are. */
export type TableUpdateInput = {
  convenedBy?: string | null | undefined;
  level?: string | null | undefined;
  municipalities?: Array<string> | null | undefined;
  name?: string | null | undefined;
  /** Dates of seats (replaces them all; absent: unchanged, except for parties no longer seated). */
  seatDates?: Array<SeatDateInput> | null | undefined;
  seats?: Array<string> | null | undefined;
  theme?: string | null | undefined;
};

export type PartnershipPairQueryVariables = Exact<{
  a: string;
  b: string;
  asOf?: string | null | undefined;
}>;


export type PartnershipPairQuery = { a: { id: string, name: string, phase: number | null, startYear: number | null, themes: Array<string>, networks: Array<{ key: string, name: string }>, members: Array<{ role: string | null, party: { id: string, name: string, domain: string } }>, tables: Array<{ id: string, name: string, theme: string | null }>, municipalities: Array<{ code: string, name: string }> } | null, b: { id: string, name: string, phase: number | null, startYear: number | null, themes: Array<string>, networks: Array<{ key: string, name: string }>, members: Array<{ role: string | null, party: { id: string, name: string, domain: string } }>, tables: Array<{ id: string, name: string, theme: string | null }>, municipalities: Array<{ code: string, name: string }> } | null };

export type PartnershipSideFragment = { id: string, name: string, phase: number | null, startYear: number | null, themes: Array<string>, networks: Array<{ key: string, name: string }>, members: Array<{ role: string | null, party: { id: string, name: string, domain: string } }>, tables: Array<{ id: string, name: string, theme: string | null }>, municipalities: Array<{ code: string, name: string }> };

export type CrowdingQueryVariables = Exact<{
  top: number;
  asOf?: string | null | undefined;
}>;


export type CrowdingQuery = { crowding: Array<{ code: string, name: string, province: string, partnerships: number, networks: number, tables: number, parties: number, index: number, provinceMedian: number, relativeIndex: number | null, location: { lat: number, lon: number } | null }>, crowdingByProvince: Array<{ province: string, municipalities: number, partnerships: number, networks: number, tables: number, parties: number, index: number }> };

export type NetworkNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkNamesQuery = { networks: Array<{ key: string, name: string }> };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { province: Array<{ type: RegionType, code: string, name: string, municipalities: Array<{ code: string }> }>, ggd: Array<{ type: RegionType, code: string, name: string, municipalities: Array<{ code: string }> }>, zorgkantoor: Array<{ type: RegionType, code: string, name: string, municipalities: Array<{ code: string }> }> };

export type RegionCrowdingQueryVariables = Exact<{
  type: RegionType;
  filter?: PartnershipFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type RegionCrowdingQuery = { regionCrowding: Array<{ partnerships: number, networks: number, tables: number, parties: number, index: number, region: { type: RegionType, code: string, name: string } }> };

export type FilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterOptionsQuery = { filterOptions: { themes: Array<string>, provinces: Array<string>, phases: Array<number>, domains: Array<string>, networks: Array<{ key: string, name: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { email: string, role: string, partnerships: Array<{ id: string, name: string }> } | null, signInOptions: { oidc: string | null, publicRead: boolean } };

export type PartnershipRecordQueryVariables = Exact<{
  id: string;
}>;


export type PartnershipRecordQuery = { partnership: { id: string, version: number, name: string, description: string | null, startYear: number | null, phase: number | null, approach: string | null, financing: string | null, website: string | null, source: string, validFrom: string | null, validTo: string | null, locationIsCentroid: boolean, themes: Array<string>, location: { lat: number, lon: number } | null, networks: Array<{ key: string }>, networkDates: Array<{ network: string, validFrom: string | null, validTo: string | null }>, municipalities: Array<{ code: string }>, members: Array<{ role: string | null, validFrom: string | null, validTo: string | null, party: { id: string } }> } | null };

export type PartyRecordQueryVariables = Exact<{
  id: string;
}>;


export type PartyRecordQuery = { party: { id: string, version: number, name: string, domain: string, municipality: string | null } | null };

export type TableRecordQueryVariables = Exact<{
  id: string;
}>;


export type TableRecordQuery = { table: { id: string, version: number, name: string, level: string | null, theme: string | null, municipalities: Array<{ code: string }>, convenedBy: { id: string } | null, parties: Array<{ id: string }>, seatDates: Array<{ partyId: string, validFrom: string | null, validTo: string | null }> } | null };

export type UpdatePartnershipMutationVariables = Exact<{
  id: string;
  version: number;
  input: PartnershipUpdateInput;
}>;


export type UpdatePartnershipMutation = { updatePartnership: { id: string, version: number } };

export type ArchivePartnershipMutationVariables = Exact<{
  id: string;
  version: number;
  reason?: string | null | undefined;
  validTo?: string | null | undefined;
}>;


export type ArchivePartnershipMutation = { archivePartnership: { id: string, version: number } };

export type UpdatePartyMutationVariables = Exact<{
  id: string;
  version: number;
  input: PartyUpdateInput;
}>;


export type UpdatePartyMutation = { updateParty: { id: string, version: number } };

export type UpdateTableMutationVariables = Exact<{
  id: string;
  version: number;
  input: TableUpdateInput;
}>;


export type UpdateTableMutation = { updateTable: { id: string, version: number } };

export type ChangesQueryVariables = Exact<{
  entityId?: string | null | undefined;
  by?: string | null | undefined;
  since?: string | null | undefined;
  network?: string | null | undefined;
  region?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangesQuery = { changes: Array<{ id: string, at: string, by: string | null, action: string, entity: string, entityId: string, field: string | null, before: string | null, after: string | null, source: string | null, comment: string | null }> };

export type ProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalsQuery = { proposals: Array<{ id: string, entity: string, entityId: string, by: string, at: string, baseVersion: number, changes: Array<{ field: string, before: string | null, after: string | null }> }> };

export type ReviewProposalMutationVariables = Exact<{
  id: string;
  accept: boolean;
  comment?: string | null | undefined;
}>;


export type ReviewProposalMutation = { reviewProposal: { id: string, status: ProposalStatus } };

export type MapPointsQueryVariables = Exact<{
  filter?: PartnershipFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type MapPointsQuery = { mapPoints: Array<{ id: string, name: string, lat: number, lon: number, phase: number | null, networks: Array<string> }>, partnerships: { totalCount: number } };

export type MapSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MapSettingsQuery = { mapSettings: { tileUrl: string | null, tileAttribution: string } };

export type MapPartnershipQueryVariables = Exact<{
  id: string;
  asOf?: string | null | undefined;
}>;


export type MapPartnershipQuery = { partnership: { id: string, name: string, description: string | null, phase: number | null, startYear: number | null, website: string | null, source: string, locationIsCentroid: boolean, missingDomains: Array<string>, themes: Array<string>, location: { lat: number, lon: number } | null, networks: Array<{ key: string, name: string }>, members: Array<{ role: string | null, party: { id: string, name: string, domain: string } }>, municipalities: Array<{ code: string, name: string }>, tables: Array<{ id: string, name: string, level: string | null, theme: string | null }>, initiatives: Array<{ id: string, name: string, scalingStatus: string | null }> } | null };

export type PeersNearbyQueryVariables = Exact<{
  id: string;
  radiusKm: number;
  limit?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type PeersNearbyQuery = { peersNearby: Array<{ distanceKm: number, sharedThemes: number, sharedParties: number, themesInCommon: Array<string>, partnership: { id: string, name: string, phase: number | null, location: { lat: number, lon: number } | null, networks: Array<{ key: string }> }, partiesInCommon: Array<{ id: string, name: string }> }> };

export type BridgePartiesQueryVariables = Exact<{
  top: number;
  filter?: PartnershipFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type BridgePartiesQuery = { partyReach: Array<{ networks: number, party: { id: string } }> };

export type CommunityMembersQueryVariables = Exact<{
  filter?: PartnershipFilter | null | undefined;
  seed: number;
  asOf?: string | null | undefined;
}>;


export type CommunityMembersQuery = { communities: { communities: Array<{ id: number, partnerships: Array<{ id: string }>, parties: Array<{ id: string }> }> } };

export type NeighbourhoodsQueryVariables = Exact<{
  nodes: Array<NodePage> | NodePage;
  filter?: PartnershipFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type NeighbourhoodsQuery = { neighbourhoods: Array<{ total: number, node: { key: string, kind: NodeKind, id: string, name: string, degree: number, networks: Array<string>, phase: number | null, domain: string | null, level: string | null, theme: string | null, province: string | null }, neighbours: Array<{ key: string, kind: NodeKind, id: string, name: string, degree: number, networks: Array<string>, phase: number | null, domain: string | null, level: string | null, theme: string | null, province: string | null }>, edges: Array<{ source: string, target: string, relation: string }> }> };

export type NetworkGraphQueryVariables = Exact<{
  basis: OverlapBasis;
  filter?: PartnershipFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type NetworkGraphQuery = { networkGraph: { networks: Array<{ key: string, name: string, reportedCount: number | null, partnerships: number, size: number }>, pairs: Array<{ a: string, b: string, shared: number, jaccard: number }> } };

export type NetworkSearchQueryVariables = Exact<{
  text: string;
}>;


export type NetworkSearchQuery = { search: Array<{ kind: SearchKind, id: string, name: string }> };

export type TablesGraphQueryVariables = Exact<{
  filter?: PartnershipFilter | null | undefined;
  minJaccard: number;
  top: number;
  asOf?: string | null | undefined;
}>;


export type TablesGraphQuery = { tableGraph: { nodes: Array<{ key: string, kind: NodeKind, id: string, name: string, degree: number, networks: Array<string>, phase: number | null, domain: string | null, level: string | null, theme: string | null, province: string | null }>, edges: Array<{ source: string, target: string, relation: string }> }, duplicateTables: Array<{ a: string, b: string, shared: number, jaccard: number, sharedMunicipalities: number }>, partyLoad: Array<{ load: number, party: { id: string } }> };

export type DuplicatesGraphQueryVariables = Exact<{
  filter?: PartnershipFilter | null | undefined;
  minJaccard: number;
  withParties: boolean;
  top: number;
  asOf?: string | null | undefined;
}>;


export type DuplicatesGraphQuery = { duplicateTableGraph: { nodes: Array<{ key: string, kind: NodeKind, id: string, name: string, degree: number, networks: Array<string>, phase: number | null, domain: string | null, level: string | null, theme: string | null, province: string | null }>, edges: Array<{ weight: number | null, shared: number | null, source: string, target: string, relation: string }> }, partyLoad: Array<{ load: number, party: { id: string } }> };

export type GraphNodeFieldsFragment = { key: string, kind: NodeKind, id: string, name: string, degree: number, networks: Array<string>, phase: number | null, domain: string | null, level: string | null, theme: string | null, province: string | null };

export type GraphEdgeFieldsFragment = { source: string, target: string, relation: string };

export type OverlapQueryVariables = Exact<{
  basis: OverlapBasis;
  filter?: PartnershipFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type OverlapQuery = { networks: Array<{ key: string, name: string }>, networkIntersections: Array<{ networks: Array<string>, exclusive: number, intersection: number }>, networkOverlap: Array<{ a: string, b: string, shared: number, jaccard: number }> };

export type CoverageQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type CoverageQuery = { coverage: Array<{ network: string, partnerships: number, missingCare: number, missingSocial: number, missingFinancier: number, missingCitizens: number }> };

export type DashboardPartnershipsQueryVariables = Exact<{
  filter?: PartnershipFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type DashboardPartnershipsQuery = { partnerships: { totalCount: number, nodes: Array<{ id: string, name: string, missingDomains: Array<string>, networks: Array<{ key: string }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PartyReachQueryVariables = Exact<{
  top: number;
  filter?: PartnershipFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type PartyReachQuery = { partyReach: Array<{ networks: number, partnerships: number, municipalities: number, party: { id: string, name: string, domain: string } }> };

export type CommunitiesQueryVariables = Exact<{
  filter?: PartnershipFilter | null | undefined;
  seed: number;
  asOf?: string | null | undefined;
}>;


export type CommunitiesQuery = { communities: { seed: number, modularity: number, communities: Array<{ id: number, partnerships: Array<{ id: string, name: string, networks: Array<string> }>, parties: Array<{ id: string, name: string, domain: string | null }>, networks: Array<{ network: string, partnerships: number }> }> } };

export type PartyPageQueryVariables = Exact<{
  id: string;
  asOf?: string | null | undefined;
}>;


export type PartyPageQuery = { party: { id: string, name: string, domain: string, domainLoad: { domain: string, partnerships: number, tables: number, load: number, parties: number, rank: number, median: number, highest: number }, tables: Array<{ id: string, name: string, level: string | null, theme: string | null, provinces: Array<string> }>, partnerships: Array<{ id: string, name: string, networks: Array<{ key: string }>, municipalities: Array<{ code: string, province: string }> }> } | null };

export type PartyDuplicatesQueryVariables = Exact<{
  id: string;
  minJaccard: number;
  asOf?: string | null | undefined;
}>;


export type PartyDuplicatesQuery = { party: { id: string, duplicateTables: Array<{ a: string, b: string, shared: number, jaccard: number, sharedMunicipalities: number }> } | null };

export type DuplicateTablesQueryVariables = Exact<{
  minJaccard: number;
  asOf?: string | null | undefined;
}>;


export type DuplicateTablesQuery = { duplicateTables: Array<{ a: string, b: string, shared: number, jaccard: number, sharedMunicipalities: number }> };

export type TableIndexQueryVariables = Exact<{
  limit: number;
}>;


export type TableIndexQuery = { tables: Array<{ id: string, name: string, level: string | null, theme: string | null }> };

export type TablePairDetailQueryVariables = Exact<{
  a: string;
  b: string;
  asOf?: string | null | undefined;
}>;


export type TablePairDetailQuery = { a: { id: string, name: string, level: string | null, theme: string | null, municipalities: Array<{ code: string, name: string, province: string }>, parties: Array<{ id: string, name: string, domain: string }>, convenedBy: { id: string, name: string } | null } | null, b: { id: string, name: string, level: string | null, theme: string | null, municipalities: Array<{ code: string, name: string, province: string }>, parties: Array<{ id: string, name: string, domain: string }>, convenedBy: { id: string, name: string } | null } | null };

export type TableDetailFragment = { id: string, name: string, level: string | null, theme: string | null, municipalities: Array<{ code: string, name: string, province: string }>, parties: Array<{ id: string, name: string, domain: string }>, convenedBy: { id: string, name: string } | null };

export type PartyLoadQueryVariables = Exact<{
  top: number;
  asOf?: string | null | undefined;
}>;


export type PartyLoadQuery = { partyLoad: Array<{ partnerships: number, tables: number, load: number, party: { id: string, name: string, domain: string } }> };

export type ActiveCountsQueryVariables = Exact<{
  dates: Array<string> | string;
  filter?: PartnershipFilter | null | undefined;
}>;


export type ActiveCountsQuery = { activeCounts: Array<number>, dataInfo: { illustrative: boolean } };

export type NetworkChangeQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type NetworkChangeQuery = { dataInfo: { illustrative: boolean }, networks: Array<{ key: string, name: string }>, networkChange: Array<{ network: string, before: number, after: number, joined: number, left: number }> };

export type CrowdingChangeQueryVariables = Exact<{
  from: string;
  to: string;
  type?: RegionType | null | undefined;
}>;


export type CrowdingChangeQuery = { crowdingChange: Array<{ code: string, name: string, before: number, after: number, delta: number }> };

export type ChangedPartnershipsQueryVariables = Exact<{
  asOf: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ChangedPartnershipsQuery = { partnerships: { nodes: Array<{ id: string, name: string, validFrom: string | null, validTo: string | null, networks: Array<{ key: string }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PartnershipSideFragmentDoc = new TypedDocumentString(`
    fragment PartnershipSide on Partnership {
  id
  name
  phase
  startYear
  networks {
    key
    name
  }
  themes
  members {
    role
    party {
      id
      name
      domain
    }
  }
  tables {
    id
    name
    theme
  }
  municipalities {
    code
    name
  }
}
    `, {"fragmentName":"PartnershipSide"}) as unknown as TypedDocumentString<PartnershipSideFragment, unknown>;
export const GraphNodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment GraphNodeFields on GraphNode {
  key
  kind
  id
  name
  degree
  networks
  phase
  domain
  level
  theme
  province
}
    `, {"fragmentName":"GraphNodeFields"}) as unknown as TypedDocumentString<GraphNodeFieldsFragment, unknown>;
export const GraphEdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment GraphEdgeFields on GraphEdge {
  source
  target
  relation
}
    `, {"fragmentName":"GraphEdgeFields"}) as unknown as TypedDocumentString<GraphEdgeFieldsFragment, unknown>;
export const TableDetailFragmentDoc = new TypedDocumentString(`
    fragment TableDetail on Table {
  id
  name
  level
  theme
  municipalities {
    code
    name
    province
  }
  parties {
    id
    name
    domain
  }
  convenedBy {
    id
    name
  }
}
    `, {"fragmentName":"TableDetail"}) as unknown as TypedDocumentString<TableDetailFragment, unknown>;
export const PartnershipPairDocument = new TypedDocumentString(`
    query PartnershipPair($a: ID!, $b: ID!, $asOf: Date) {
  a: partnership(id: $a, asOf: $asOf) {
    ...PartnershipSide
  }
  b: partnership(id: $b, asOf: $asOf) {
    ...PartnershipSide
  }
}
    fragment PartnershipSide on Partnership {
  id
  name
  phase
  startYear
  networks {
    key
    name
  }
  themes
  members {
    role
    party {
      id
      name
      domain
    }
  }
  tables {
    id
    name
    theme
  }
  municipalities {
    code
    name
  }
}`) as unknown as TypedDocumentString<PartnershipPairQuery, PartnershipPairQueryVariables>;
export const CrowdingDocument = new TypedDocumentString(`
    query Crowding($top: Int!, $asOf: Date) {
  crowding(top: $top, asOf: $asOf) {
    code
    name
    province
    location {
      lat
      lon
    }
    partnerships
    networks
    tables
    parties
    index
    provinceMedian
    relativeIndex
  }
  crowdingByProvince(asOf: $asOf) {
    province
    municipalities
    partnerships
    networks
    tables
    parties
    index
  }
}
    `) as unknown as TypedDocumentString<CrowdingQuery, CrowdingQueryVariables>;
export const NetworkNamesDocument = new TypedDocumentString(`
    query NetworkNames {
  networks {
    key
    name
  }
}
    `) as unknown as TypedDocumentString<NetworkNamesQuery, NetworkNamesQueryVariables>;
export const RegionsDocument = new TypedDocumentString(`
    query Regions {
  province: regions(type: PROVINCE) {
    type
    code
    name
    municipalities {
      code
    }
  }
  ggd: regions(type: GGD) {
    type
    code
    name
    municipalities {
      code
    }
  }
  zorgkantoor: regions(type: ZORGKANTOOR) {
    type
    code
    name
    municipalities {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RegionsQuery, RegionsQueryVariables>;
export const RegionCrowdingDocument = new TypedDocumentString(`
    query RegionCrowding($type: RegionType!, $filter: PartnershipFilter, $asOf: Date) {
  regionCrowding(type: $type, filter: $filter, asOf: $asOf) {
    region {
      type
      code
      name
    }
    partnerships
    networks
    tables
    parties
    index
  }
}
    `) as unknown as TypedDocumentString<RegionCrowdingQuery, RegionCrowdingQueryVariables>;
export const FilterOptionsDocument = new TypedDocumentString(`
    query FilterOptions {
  filterOptions {
    networks {
      key
      name
    }
    themes
    provinces
    phases
    domains
  }
}
    `) as unknown as TypedDocumentString<FilterOptionsQuery, FilterOptionsQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    email
    role
    partnerships {
      id
      name
    }
  }
  signInOptions {
    oidc
    publicRead
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const PartnershipRecordDocument = new TypedDocumentString(`
    query PartnershipRecord($id: ID!) {
  partnership(id: $id) {
    id
    version
    name
    description
    startYear
    phase
    approach
    financing
    website
    source
    validFrom
    validTo
    location {
      lat
      lon
    }
    locationIsCentroid
    themes
    networks(recorded: true) {
      key
    }
    networkDates {
      network
      validFrom
      validTo
    }
    municipalities {
      code
    }
    members(recorded: true) {
      role
      validFrom
      validTo
      party {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipRecordQuery, PartnershipRecordQueryVariables>;
export const PartyRecordDocument = new TypedDocumentString(`
    query PartyRecord($id: ID!) {
  party(id: $id) {
    id
    version
    name
    domain
    municipality
  }
}
    `) as unknown as TypedDocumentString<PartyRecordQuery, PartyRecordQueryVariables>;
export const TableRecordDocument = new TypedDocumentString(`
    query TableRecord($id: ID!) {
  table(id: $id) {
    id
    version
    name
    level
    theme
    municipalities {
      code
    }
    convenedBy {
      id
    }
    parties(recorded: true) {
      id
    }
    seatDates {
      partyId
      validFrom
      validTo
    }
  }
}
    `) as unknown as TypedDocumentString<TableRecordQuery, TableRecordQueryVariables>;
export const UpdatePartnershipDocument = new TypedDocumentString(`
    mutation UpdatePartnership($id: ID!, $version: Int!, $input: PartnershipUpdateInput!) {
  updatePartnership(id: $id, version: $version, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdatePartnershipMutation, UpdatePartnershipMutationVariables>;
export const ArchivePartnershipDocument = new TypedDocumentString(`
    mutation ArchivePartnership($id: ID!, $version: Int!, $reason: String, $validTo: Date) {
  archivePartnership(
    id: $id
    version: $version
    reason: $reason
    validTo: $validTo
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ArchivePartnershipMutation, ArchivePartnershipMutationVariables>;
export const UpdatePartyDocument = new TypedDocumentString(`
    mutation UpdateParty($id: ID!, $version: Int!, $input: PartyUpdateInput!) {
  updateParty(id: $id, version: $version, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdatePartyMutation, UpdatePartyMutationVariables>;
export const UpdateTableDocument = new TypedDocumentString(`
    mutation UpdateTable($id: ID!, $version: Int!, $input: TableUpdateInput!) {
  updateTable(id: $id, version: $version, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateTableMutation, UpdateTableMutationVariables>;
export const ChangesDocument = new TypedDocumentString(`
    query Changes($entityId: ID, $by: String, $since: DateTime, $network: String, $region: ID, $first: Int) {
  changes(
    entityId: $entityId
    by: $by
    since: $since
    network: $network
    region: $region
    first: $first
  ) {
    id
    at
    by
    action
    entity
    entityId
    field
    before
    after
    source
    comment
  }
}
    `) as unknown as TypedDocumentString<ChangesQuery, ChangesQueryVariables>;
export const ProposalsDocument = new TypedDocumentString(`
    query Proposals {
  proposals(status: PENDING) {
    id
    entity
    entityId
    by
    at
    baseVersion
    changes {
      field
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsQuery, ProposalsQueryVariables>;
export const ReviewProposalDocument = new TypedDocumentString(`
    mutation ReviewProposal($id: ID!, $accept: Boolean!, $comment: String) {
  reviewProposal(id: $id, accept: $accept, comment: $comment) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReviewProposalMutation, ReviewProposalMutationVariables>;
export const MapPointsDocument = new TypedDocumentString(`
    query MapPoints($filter: PartnershipFilter, $asOf: Date) {
  mapPoints(filter: $filter, asOf: $asOf) {
    id
    name
    lat
    lon
    phase
    networks
  }
  partnerships(filter: $filter, asOf: $asOf, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MapPointsQuery, MapPointsQueryVariables>;
export const MapSettingsDocument = new TypedDocumentString(`
    query MapSettings {
  mapSettings {
    tileUrl
    tileAttribution
  }
}
    `) as unknown as TypedDocumentString<MapSettingsQuery, MapSettingsQueryVariables>;
export const MapPartnershipDocument = new TypedDocumentString(`
    query MapPartnership($id: ID!, $asOf: Date) {
  partnership(id: $id, asOf: $asOf) {
    id
    name
    description
    phase
    startYear
    website
    source
    location {
      lat
      lon
    }
    locationIsCentroid
    networks {
      key
      name
    }
    members {
      role
      party {
        id
        name
        domain
      }
    }
    missingDomains
    themes
    municipalities {
      code
      name
    }
    tables {
      id
      name
      level
      theme
    }
    initiatives {
      id
      name
      scalingStatus
    }
  }
}
    `) as unknown as TypedDocumentString<MapPartnershipQuery, MapPartnershipQueryVariables>;
export const PeersNearbyDocument = new TypedDocumentString(`
    query PeersNearby($id: ID!, $radiusKm: Float!, $limit: Int, $asOf: Date) {
  peersNearby(partnershipId: $id, radiusKm: $radiusKm, limit: $limit, asOf: $asOf) {
    partnership {
      id
      name
      phase
      location {
        lat
        lon
      }
      networks {
        key
      }
    }
    distanceKm
    sharedThemes
    sharedParties
    themesInCommon
    partiesInCommon {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PeersNearbyQuery, PeersNearbyQueryVariables>;
export const BridgePartiesDocument = new TypedDocumentString(`
    query BridgeParties($top: Int!, $filter: PartnershipFilter, $asOf: Date) {
  partyReach(top: $top, filter: $filter, asOf: $asOf) {
    party {
      id
    }
    networks
  }
}
    `) as unknown as TypedDocumentString<BridgePartiesQuery, BridgePartiesQueryVariables>;
export const CommunityMembersDocument = new TypedDocumentString(`
    query CommunityMembers($filter: PartnershipFilter, $seed: Int!, $asOf: Date) {
  communities(filter: $filter, seed: $seed, asOf: $asOf) {
    communities {
      id
      partnerships {
        id
      }
      parties {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityMembersQuery, CommunityMembersQueryVariables>;
export const NeighbourhoodsDocument = new TypedDocumentString(`
    query Neighbourhoods($nodes: [NodePage!]!, $filter: PartnershipFilter, $asOf: Date) {
  neighbourhoods(nodes: $nodes, filter: $filter, asOf: $asOf) {
    node {
      ...GraphNodeFields
    }
    neighbours {
      ...GraphNodeFields
    }
    edges {
      ...GraphEdgeFields
    }
    total
  }
}
    fragment GraphNodeFields on GraphNode {
  key
  kind
  id
  name
  degree
  networks
  phase
  domain
  level
  theme
  province
}
fragment GraphEdgeFields on GraphEdge {
  source
  target
  relation
}`) as unknown as TypedDocumentString<NeighbourhoodsQuery, NeighbourhoodsQueryVariables>;
export const NetworkGraphDocument = new TypedDocumentString(`
    query NetworkGraph($basis: OverlapBasis!, $filter: PartnershipFilter, $asOf: Date) {
  networkGraph(basis: $basis, filter: $filter, asOf: $asOf) {
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
}
    `) as unknown as TypedDocumentString<NetworkGraphQuery, NetworkGraphQueryVariables>;
export const NetworkSearchDocument = new TypedDocumentString(`
    query NetworkSearch($text: String!) {
  search(text: $text, limit: 10) {
    kind
    id
    name
  }
}
    `) as unknown as TypedDocumentString<NetworkSearchQuery, NetworkSearchQueryVariables>;
export const TablesGraphDocument = new TypedDocumentString(`
    query TablesGraph($filter: PartnershipFilter, $minJaccard: Float!, $top: Int!, $asOf: Date) {
  tableGraph(filter: $filter, asOf: $asOf) {
    nodes {
      ...GraphNodeFields
    }
    edges {
      ...GraphEdgeFields
    }
  }
  duplicateTables(minJaccard: $minJaccard, asOf: $asOf) {
    a
    b
    shared
    jaccard
    sharedMunicipalities
  }
  partyLoad(top: $top, asOf: $asOf) {
    party {
      id
    }
    load
  }
}
    fragment GraphNodeFields on GraphNode {
  key
  kind
  id
  name
  degree
  networks
  phase
  domain
  level
  theme
  province
}
fragment GraphEdgeFields on GraphEdge {
  source
  target
  relation
}`) as unknown as TypedDocumentString<TablesGraphQuery, TablesGraphQueryVariables>;
export const DuplicatesGraphDocument = new TypedDocumentString(`
    query DuplicatesGraph($filter: PartnershipFilter, $minJaccard: Float!, $withParties: Boolean!, $top: Int!, $asOf: Date) {
  duplicateTableGraph(
    filter: $filter
    minJaccard: $minJaccard
    withParties: $withParties
    asOf: $asOf
  ) {
    nodes {
      ...GraphNodeFields
    }
    edges {
      ...GraphEdgeFields
      weight
      shared
    }
  }
  partyLoad(top: $top, asOf: $asOf) {
    party {
      id
    }
    load
  }
}
    fragment GraphNodeFields on GraphNode {
  key
  kind
  id
  name
  degree
  networks
  phase
  domain
  level
  theme
  province
}
fragment GraphEdgeFields on GraphEdge {
  source
  target
  relation
}`) as unknown as TypedDocumentString<DuplicatesGraphQuery, DuplicatesGraphQueryVariables>;
export const OverlapDocument = new TypedDocumentString(`
    query Overlap($basis: OverlapBasis!, $filter: PartnershipFilter, $asOf: Date) {
  networks(asOf: $asOf) {
    key
    name
  }
  networkIntersections(basis: $basis, filter: $filter, asOf: $asOf) {
    networks
    exclusive
    intersection
  }
  networkOverlap(basis: $basis, filter: $filter, asOf: $asOf) {
    a
    b
    shared
    jaccard
  }
}
    `) as unknown as TypedDocumentString<OverlapQuery, OverlapQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage($asOf: Date) {
  coverage(asOf: $asOf) {
    network
    partnerships
    missingCare
    missingSocial
    missingFinancier
    missingCitizens
  }
}
    `) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const DashboardPartnershipsDocument = new TypedDocumentString(`
    query DashboardPartnerships($filter: PartnershipFilter, $first: Int!, $after: String, $asOf: Date) {
  partnerships(filter: $filter, first: $first, after: $after, asOf: $asOf) {
    totalCount
    nodes {
      id
      name
      networks {
        key
      }
      missingDomains
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardPartnershipsQuery, DashboardPartnershipsQueryVariables>;
export const PartyReachDocument = new TypedDocumentString(`
    query PartyReach($top: Int!, $filter: PartnershipFilter, $asOf: Date) {
  partyReach(top: $top, filter: $filter, asOf: $asOf) {
    party {
      id
      name
      domain
    }
    networks
    partnerships
    municipalities
  }
}
    `) as unknown as TypedDocumentString<PartyReachQuery, PartyReachQueryVariables>;
export const CommunitiesDocument = new TypedDocumentString(`
    query Communities($filter: PartnershipFilter, $seed: Int!, $asOf: Date) {
  communities(filter: $filter, seed: $seed, asOf: $asOf) {
    seed
    modularity
    communities {
      id
      partnerships {
        id
        name
        networks
      }
      parties {
        id
        name
        domain
      }
      networks {
        network
        partnerships
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunitiesQuery, CommunitiesQueryVariables>;
export const PartyPageDocument = new TypedDocumentString(`
    query PartyPage($id: ID!, $asOf: Date) {
  party(id: $id, asOf: $asOf) {
    id
    name
    domain
    domainLoad {
      domain
      partnerships
      tables
      load
      parties
      rank
      median
      highest
    }
    tables {
      id
      name
      level
      theme
      provinces
    }
    partnerships {
      id
      name
      networks {
        key
      }
      municipalities {
        code
        province
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartyPageQuery, PartyPageQueryVariables>;
export const PartyDuplicatesDocument = new TypedDocumentString(`
    query PartyDuplicates($id: ID!, $minJaccard: Float!, $asOf: Date) {
  party(id: $id, asOf: $asOf) {
    id
    duplicateTables(minJaccard: $minJaccard) {
      a
      b
      shared
      jaccard
      sharedMunicipalities
    }
  }
}
    `) as unknown as TypedDocumentString<PartyDuplicatesQuery, PartyDuplicatesQueryVariables>;
export const DuplicateTablesDocument = new TypedDocumentString(`
    query DuplicateTables($minJaccard: Float!, $asOf: Date) {
  duplicateTables(minJaccard: $minJaccard, asOf: $asOf) {
    a
    b
    shared
    jaccard
    sharedMunicipalities
  }
}
    `) as unknown as TypedDocumentString<DuplicateTablesQuery, DuplicateTablesQueryVariables>;
export const TableIndexDocument = new TypedDocumentString(`
    query TableIndex($limit: Int!) {
  tables(limit: $limit) {
    id
    name
    level
    theme
  }
}
    `) as unknown as TypedDocumentString<TableIndexQuery, TableIndexQueryVariables>;
export const TablePairDetailDocument = new TypedDocumentString(`
    query TablePairDetail($a: ID!, $b: ID!, $asOf: Date) {
  a: table(id: $a, asOf: $asOf) {
    ...TableDetail
  }
  b: table(id: $b, asOf: $asOf) {
    ...TableDetail
  }
}
    fragment TableDetail on Table {
  id
  name
  level
  theme
  municipalities {
    code
    name
    province
  }
  parties {
    id
    name
    domain
  }
  convenedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<TablePairDetailQuery, TablePairDetailQueryVariables>;
export const PartyLoadDocument = new TypedDocumentString(`
    query PartyLoad($top: Int!, $asOf: Date) {
  partyLoad(top: $top, asOf: $asOf) {
    party {
      id
      name
      domain
    }
    partnerships
    tables
    load
  }
}
    `) as unknown as TypedDocumentString<PartyLoadQuery, PartyLoadQueryVariables>;
export const ActiveCountsDocument = new TypedDocumentString(`
    query ActiveCounts($dates: [Date!]!, $filter: PartnershipFilter) {
  dataInfo {
    illustrative
  }
  activeCounts(dates: $dates, filter: $filter)
}
    `) as unknown as TypedDocumentString<ActiveCountsQuery, ActiveCountsQueryVariables>;
export const NetworkChangeDocument = new TypedDocumentString(`
    query NetworkChange($from: Date!, $to: Date!) {
  dataInfo {
    illustrative
  }
  networks {
    key
    name
  }
  networkChange(from: $from, to: $to) {
    network
    before
    after
    joined
    left
  }
}
    `) as unknown as TypedDocumentString<NetworkChangeQuery, NetworkChangeQueryVariables>;
export const CrowdingChangeDocument = new TypedDocumentString(`
    query CrowdingChange($from: Date!, $to: Date!, $type: RegionType) {
  crowdingChange(from: $from, to: $to, type: $type) {
    code
    name
    before
    after
    delta
  }
}
    `) as unknown as TypedDocumentString<CrowdingChangeQuery, CrowdingChangeQueryVariables>;
export const ChangedPartnershipsDocument = new TypedDocumentString(`
    query ChangedPartnerships($asOf: Date!, $first: Int!, $after: String) {
  partnerships(asOf: $asOf, first: $first, after: $after) {
    nodes {
      id
      name
      validFrom
      validTo
      networks {
        key
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<ChangedPartnershipsQuery, ChangedPartnershipsQueryVariables>;