/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Crowding($top: Int!) {\n    crowding(top: $top) {\n      code\n      name\n      province\n      location {\n        lat\n        lon\n      }\n      partnerships\n      networks\n      tables\n      parties\n      index\n    }\n    crowdingByProvince {\n      province\n      municipalities\n      partnerships\n      networks\n      tables\n      parties\n      index\n    }\n  }\n": typeof types.CrowdingDocument,
    "\n  query NetworkNames {\n    networks {\n      key\n      name\n    }\n  }\n": typeof types.NetworkNamesDocument,
    "\n  query Regions {\n    province: regions(type: PROVINCE) {\n      type\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n    ggd: regions(type: GGD) {\n      type\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n    zorgkantoor: regions(type: ZORGKANTOOR) {\n      type\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query RegionCrowding($type: RegionType!, $filter: PartnershipFilter) {\n    regionCrowding(type: $type, filter: $filter) {\n      region {\n        type\n        code\n        name\n      }\n      partnerships\n      networks\n      tables\n      parties\n      index\n    }\n  }\n": typeof types.RegionCrowdingDocument,
    "\n  query FilterOptions {\n    filterOptions {\n      networks {\n        key\n        name\n      }\n      themes\n      provinces\n      phases\n      domains\n    }\n  }\n": typeof types.FilterOptionsDocument,
    "\n  query MapPoints($filter: PartnershipFilter) {\n    mapPoints(filter: $filter) {\n      id\n      name\n      lat\n      lon\n      phase\n      networks\n    }\n    partnerships(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.MapPointsDocument,
    "\n  query MapSettings {\n    mapSettings {\n      tileUrl\n      tileAttribution\n    }\n  }\n": typeof types.MapSettingsDocument,
    "\n  query MapPartnership($id: ID!) {\n    partnership(id: $id) {\n      id\n      name\n      description\n      phase\n      startYear\n      website\n      source\n      location {\n        lat\n        lon\n      }\n      locationIsCentroid\n      networks {\n        key\n        name\n      }\n      members {\n        role\n        party {\n          id\n          name\n          domain\n        }\n      }\n      missingDomains\n      themes\n      municipalities {\n        code\n        name\n      }\n      tables {\n        id\n        name\n        level\n        theme\n      }\n      initiatives {\n        id\n        name\n        scalingStatus\n      }\n    }\n  }\n": typeof types.MapPartnershipDocument,
    "\n  query PeersNearby($id: ID!, $radiusKm: Float!, $limit: Int) {\n    peersNearby(partnershipId: $id, radiusKm: $radiusKm, limit: $limit) {\n      partnership {\n        id\n        name\n        phase\n        location {\n          lat\n          lon\n        }\n      }\n      distanceKm\n      sharedThemes\n      sharedParties\n    }\n  }\n": typeof types.PeersNearbyDocument,
    "\n  query Neighbourhoods($nodes: [NodePage!]!, $filter: PartnershipFilter) {\n    neighbourhoods(nodes: $nodes, filter: $filter) {\n      node {\n        ...GraphNodeFields\n      }\n      neighbours {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n      total\n    }\n  }\n": typeof types.NeighbourhoodsDocument,
    "\n  query NetworkGraph($basis: OverlapBasis!, $filter: PartnershipFilter) {\n    networkGraph(basis: $basis, filter: $filter) {\n      networks {\n        key\n        name\n        reportedCount\n        partnerships\n        size\n      }\n      pairs {\n        a\n        b\n        shared\n        jaccard\n      }\n    }\n  }\n": typeof types.NetworkGraphDocument,
    "\n  query NetworkSearch($text: String!) {\n    search(text: $text, limit: 10) {\n      kind\n      id\n      name\n    }\n  }\n": typeof types.NetworkSearchDocument,
    "\n  query TablesGraph($filter: PartnershipFilter, $minJaccard: Float!, $top: Int!) {\n    tableGraph(filter: $filter) {\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n    }\n    duplicateTables(minJaccard: $minJaccard) {\n      a\n      b\n      shared\n      jaccard\n      sharedMunicipalities\n    }\n    partyLoad(top: $top) {\n      party {\n        id\n      }\n      load\n    }\n  }\n": typeof types.TablesGraphDocument,
    "\n  fragment GraphNodeFields on GraphNode {\n    key\n    kind\n    id\n    name\n    degree\n    networks\n    phase\n    domain\n    level\n    theme\n    province\n  }\n": typeof types.GraphNodeFieldsFragmentDoc,
    "\n  fragment GraphEdgeFields on GraphEdge {\n    source\n    target\n    relation\n  }\n": typeof types.GraphEdgeFieldsFragmentDoc,
    "\n  query Overlap($basis: OverlapBasis!) {\n    networks {\n      key\n      name\n    }\n    networkIntersections(basis: $basis) {\n      networks\n      exclusive\n      intersection\n    }\n    networkOverlap(basis: $basis) {\n      a\n      b\n      shared\n      jaccard\n    }\n  }\n": typeof types.OverlapDocument,
    "\n  query Coverage {\n    coverage {\n      network\n      partnerships\n      missingCare\n      missingSocial\n      missingFinancier\n      missingCitizens\n    }\n  }\n": typeof types.CoverageDocument,
    "\n  query DashboardPartnerships($filter: PartnershipFilter, $first: Int!, $after: String) {\n    partnerships(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        networks {\n          key\n        }\n        missingDomains\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DashboardPartnershipsDocument,
    "\n  query DuplicateTables($minJaccard: Float!) {\n    duplicateTables(minJaccard: $minJaccard) {\n      a\n      b\n      shared\n      jaccard\n      sharedMunicipalities\n    }\n  }\n": typeof types.DuplicateTablesDocument,
    "\n  query TableIndex($limit: Int!) {\n    tables(limit: $limit) {\n      id\n      name\n      level\n      theme\n    }\n  }\n": typeof types.TableIndexDocument,
    "\n  query TablePairDetail($a: ID!, $b: ID!) {\n    a: table(id: $a) {\n      ...TableDetail\n    }\n    b: table(id: $b) {\n      ...TableDetail\n    }\n  }\n\n  fragment TableDetail on Table {\n    id\n    name\n    level\n    theme\n    municipalities {\n      code\n      name\n      province\n    }\n    parties {\n      id\n      name\n      domain\n    }\n    convenedBy {\n      id\n      name\n    }\n  }\n": typeof types.TablePairDetailDocument,
    "\n  query PartyLoad($top: Int!) {\n    partyLoad(top: $top) {\n      party {\n        id\n        name\n        domain\n      }\n      partnerships\n      tables\n      load\n    }\n  }\n": typeof types.PartyLoadDocument,
};
const documents: Documents = {
    "\n  query Crowding($top: Int!) {\n    crowding(top: $top) {\n      code\n      name\n      province\n      location {\n        lat\n        lon\n      }\n      partnerships\n      networks\n      tables\n      parties\n      index\n    }\n    crowdingByProvince {\n      province\n      municipalities\n      partnerships\n      networks\n      tables\n      parties\n      index\n    }\n  }\n": types.CrowdingDocument,
    "\n  query NetworkNames {\n    networks {\n      key\n      name\n    }\n  }\n": types.NetworkNamesDocument,
    "\n  query Regions {\n    province: regions(type: PROVINCE) {\n      type\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n    ggd: regions(type: GGD) {\n      type\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n    zorgkantoor: regions(type: ZORGKANTOOR) {\n      type\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n  }\n": types.RegionsDocument,
    "\n  query RegionCrowding($type: RegionType!, $filter: PartnershipFilter) {\n    regionCrowding(type: $type, filter: $filter) {\n      region {\n        type\n        code\n        name\n      }\n      partnerships\n      networks\n      tables\n      parties\n      index\n    }\n  }\n": types.RegionCrowdingDocument,
    "\n  query FilterOptions {\n    filterOptions {\n      networks {\n        key\n        name\n      }\n      themes\n      provinces\n      phases\n      domains\n    }\n  }\n": types.FilterOptionsDocument,
    "\n  query MapPoints($filter: PartnershipFilter) {\n    mapPoints(filter: $filter) {\n      id\n      name\n      lat\n      lon\n      phase\n      networks\n    }\n    partnerships(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n": types.MapPointsDocument,
    "\n  query MapSettings {\n    mapSettings {\n      tileUrl\n      tileAttribution\n    }\n  }\n": types.MapSettingsDocument,
    "\n  query MapPartnership($id: ID!) {\n    partnership(id: $id) {\n      id\n      name\n      description\n      phase\n      startYear\n      website\n      source\n      location {\n        lat\n        lon\n      }\n      locationIsCentroid\n      networks {\n        key\n        name\n      }\n      members {\n        role\n        party {\n          id\n          name\n          domain\n        }\n      }\n      missingDomains\n      themes\n      municipalities {\n        code\n        name\n      }\n      tables {\n        id\n        name\n        level\n        theme\n      }\n      initiatives {\n        id\n        name\n        scalingStatus\n      }\n    }\n  }\n": types.MapPartnershipDocument,
    "\n  query PeersNearby($id: ID!, $radiusKm: Float!, $limit: Int) {\n    peersNearby(partnershipId: $id, radiusKm: $radiusKm, limit: $limit) {\n      partnership {\n        id\n        name\n        phase\n        location {\n          lat\n          lon\n        }\n      }\n      distanceKm\n      sharedThemes\n      sharedParties\n    }\n  }\n": types.PeersNearbyDocument,
    "\n  query Neighbourhoods($nodes: [NodePage!]!, $filter: PartnershipFilter) {\n    neighbourhoods(nodes: $nodes, filter: $filter) {\n      node {\n        ...GraphNodeFields\n      }\n      neighbours {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n      total\n    }\n  }\n": types.NeighbourhoodsDocument,
    "\n  query NetworkGraph($basis: OverlapBasis!, $filter: PartnershipFilter) {\n    networkGraph(basis: $basis, filter: $filter) {\n      networks {\n        key\n        name\n        reportedCount\n        partnerships\n        size\n      }\n      pairs {\n        a\n        b\n        shared\n        jaccard\n      }\n    }\n  }\n": types.NetworkGraphDocument,
    "\n  query NetworkSearch($text: String!) {\n    search(text: $text, limit: 10) {\n      kind\n      id\n      name\n    }\n  }\n": types.NetworkSearchDocument,
    "\n  query TablesGraph($filter: PartnershipFilter, $minJaccard: Float!, $top: Int!) {\n    tableGraph(filter: $filter) {\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n    }\n    duplicateTables(minJaccard: $minJaccard) {\n      a\n      b\n      shared\n      jaccard\n      sharedMunicipalities\n    }\n    partyLoad(top: $top) {\n      party {\n        id\n      }\n      load\n    }\n  }\n": types.TablesGraphDocument,
    "\n  fragment GraphNodeFields on GraphNode {\n    key\n    kind\n    id\n    name\n    degree\n    networks\n    phase\n    domain\n    level\n    theme\n    province\n  }\n": types.GraphNodeFieldsFragmentDoc,
    "\n  fragment GraphEdgeFields on GraphEdge {\n    source\n    target\n    relation\n  }\n": types.GraphEdgeFieldsFragmentDoc,
    "\n  query Overlap($basis: OverlapBasis!) {\n    networks {\n      key\n      name\n    }\n    networkIntersections(basis: $basis) {\n      networks\n      exclusive\n      intersection\n    }\n    networkOverlap(basis: $basis) {\n      a\n      b\n      shared\n      jaccard\n    }\n  }\n": types.OverlapDocument,
    "\n  query Coverage {\n    coverage {\n      network\n      partnerships\n      missingCare\n      missingSocial\n      missingFinancier\n      missingCitizens\n    }\n  }\n": types.CoverageDocument,
    "\n  query DashboardPartnerships($filter: PartnershipFilter, $first: Int!, $after: String) {\n    partnerships(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        networks {\n          key\n        }\n        missingDomains\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.DashboardPartnershipsDocument,
    "\n  query DuplicateTables($minJaccard: Float!) {\n    duplicateTables(minJaccard: $minJaccard) {\n      a\n      b\n      shared\n      jaccard\n      sharedMunicipalities\n    }\n  }\n": types.DuplicateTablesDocument,
    "\n  query TableIndex($limit: Int!) {\n    tables(limit: $limit) {\n      id\n      name\n      level\n      theme\n    }\n  }\n": types.TableIndexDocument,
    "\n  query TablePairDetail($a: ID!, $b: ID!) {\n    a: table(id: $a) {\n      ...TableDetail\n    }\n    b: table(id: $b) {\n      ...TableDetail\n    }\n  }\n\n  fragment TableDetail on Table {\n    id\n    name\n    level\n    theme\n    municipalities {\n      code\n      name\n      province\n    }\n    parties {\n      id\n      name\n      domain\n    }\n    convenedBy {\n      id\n      name\n    }\n  }\n": types.TablePairDetailDocument,
    "\n  query PartyLoad($top: Int!) {\n    partyLoad(top: $top) {\n      party {\n        id\n        name\n        domain\n      }\n      partnerships\n      tables\n      load\n    }\n  }\n": types.PartyLoadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Crowding($top: Int!) {\n    crowding(top: $top) {\n      code\n      name\n      province\n      location {\n        lat\n        lon\n      }\n      partnerships\n      networks\n      tables\n      parties\n      index\n    }\n    crowdingByProvince {\n      province\n      municipalities\n      partnerships\n      networks\n      tables\n      parties\n      index\n    }\n  }\n"): typeof import('./graphql').CrowdingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkNames {\n    networks {\n      key\n      name\n    }\n  }\n"): typeof import('./graphql').NetworkNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions {\n    province: regions(type: PROVINCE) {\n      type\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n    ggd: regions(type: GGD) {\n      type\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n    zorgkantoor: regions(type: ZORGKANTOOR) {\n      type\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').RegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionCrowding($type: RegionType!, $filter: PartnershipFilter) {\n    regionCrowding(type: $type, filter: $filter) {\n      region {\n        type\n        code\n        name\n      }\n      partnerships\n      networks\n      tables\n      parties\n      index\n    }\n  }\n"): typeof import('./graphql').RegionCrowdingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterOptions {\n    filterOptions {\n      networks {\n        key\n        name\n      }\n      themes\n      provinces\n      phases\n      domains\n    }\n  }\n"): typeof import('./graphql').FilterOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPoints($filter: PartnershipFilter) {\n    mapPoints(filter: $filter) {\n      id\n      name\n      lat\n      lon\n      phase\n      networks\n    }\n    partnerships(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MapPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapSettings {\n    mapSettings {\n      tileUrl\n      tileAttribution\n    }\n  }\n"): typeof import('./graphql').MapSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPartnership($id: ID!) {\n    partnership(id: $id) {\n      id\n      name\n      description\n      phase\n      startYear\n      website\n      source\n      location {\n        lat\n        lon\n      }\n      locationIsCentroid\n      networks {\n        key\n        name\n      }\n      members {\n        role\n        party {\n          id\n          name\n          domain\n        }\n      }\n      missingDomains\n      themes\n      municipalities {\n        code\n        name\n      }\n      tables {\n        id\n        name\n        level\n        theme\n      }\n      initiatives {\n        id\n        name\n        scalingStatus\n      }\n    }\n  }\n"): typeof import('./graphql').MapPartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeersNearby($id: ID!, $radiusKm: Float!, $limit: Int) {\n    peersNearby(partnershipId: $id, radiusKm: $radiusKm, limit: $limit) {\n      partnership {\n        id\n        name\n        phase\n        location {\n          lat\n          lon\n        }\n      }\n      distanceKm\n      sharedThemes\n      sharedParties\n    }\n  }\n"): typeof import('./graphql').PeersNearbyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhoods($nodes: [NodePage!]!, $filter: PartnershipFilter) {\n    neighbourhoods(nodes: $nodes, filter: $filter) {\n      node {\n        ...GraphNodeFields\n      }\n      neighbours {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n      total\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkGraph($basis: OverlapBasis!, $filter: PartnershipFilter) {\n    networkGraph(basis: $basis, filter: $filter) {\n      networks {\n        key\n        name\n        reportedCount\n        partnerships\n        size\n      }\n      pairs {\n        a\n        b\n        shared\n        jaccard\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkSearch($text: String!) {\n    search(text: $text, limit: 10) {\n      kind\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').NetworkSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TablesGraph($filter: PartnershipFilter, $minJaccard: Float!, $top: Int!) {\n    tableGraph(filter: $filter) {\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n    }\n    duplicateTables(minJaccard: $minJaccard) {\n      a\n      b\n      shared\n      jaccard\n      sharedMunicipalities\n    }\n    partyLoad(top: $top) {\n      party {\n        id\n      }\n      load\n    }\n  }\n"): typeof import('./graphql').TablesGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphNodeFields on GraphNode {\n    key\n    kind\n    id\n    name\n    degree\n    networks\n    phase\n    domain\n    level\n    theme\n    province\n  }\n"): typeof import('./graphql').GraphNodeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphEdgeFields on GraphEdge {\n    source\n    target\n    relation\n  }\n"): typeof import('./graphql').GraphEdgeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overlap($basis: OverlapBasis!) {\n    networks {\n      key\n      name\n    }\n    networkIntersections(basis: $basis) {\n      networks\n      exclusive\n      intersection\n    }\n    networkOverlap(basis: $basis) {\n      a\n      b\n      shared\n      jaccard\n    }\n  }\n"): typeof import('./graphql').OverlapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage {\n    coverage {\n      network\n      partnerships\n      missingCare\n      missingSocial\n      missingFinancier\n      missingCitizens\n    }\n  }\n"): typeof import('./graphql').CoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPartnerships($filter: PartnershipFilter, $first: Int!, $after: String) {\n    partnerships(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        networks {\n          key\n        }\n        missingDomains\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardPartnershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicateTables($minJaccard: Float!) {\n    duplicateTables(minJaccard: $minJaccard) {\n      a\n      b\n      shared\n      jaccard\n      sharedMunicipalities\n    }\n  }\n"): typeof import('./graphql').DuplicateTablesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TableIndex($limit: Int!) {\n    tables(limit: $limit) {\n      id\n      name\n      level\n      theme\n    }\n  }\n"): typeof import('./graphql').TableIndexDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TablePairDetail($a: ID!, $b: ID!) {\n    a: table(id: $a) {\n      ...TableDetail\n    }\n    b: table(id: $b) {\n      ...TableDetail\n    }\n  }\n\n  fragment TableDetail on Table {\n    id\n    name\n    level\n    theme\n    municipalities {\n      code\n      name\n      province\n    }\n    parties {\n      id\n      name\n      domain\n    }\n    convenedBy {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').TablePairDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyLoad($top: Int!) {\n    partyLoad(top: $top) {\n      party {\n        id\n        name\n        domain\n      }\n      partnerships\n      tables\n      load\n    }\n  }\n"): typeof import('./graphql').PartyLoadDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
