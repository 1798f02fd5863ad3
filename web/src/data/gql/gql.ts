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
    "\n  query PartnershipPair($a: ID!, $b: ID!, $asOf: Date) {\n    a: partnership(id: $a, asOf: $asOf) {\n      ...PartnershipSide\n    }\n    b: partnership(id: $b, asOf: $asOf) {\n      ...PartnershipSide\n    }\n  }\n\n  fragment PartnershipSide on Partnership {\n    id\n    name\n    phase\n    startYear\n    networks {\n      key\n      name\n    }\n    themes\n    members {\n      role\n      party {\n        id\n        name\n        domain\n      }\n    }\n    tables {\n      id\n      name\n      theme\n    }\n    municipalities {\n      code\n      name\n    }\n  }\n": typeof types.PartnershipPairDocument,
    "\n  query Crowding($top: Int!, $asOf: Date) {\n    crowding(top: $top, asOf: $asOf) {\n      code\n      name\n      province\n      location {\n        lat\n        lon\n      }\n      partnerships\n      networks\n      tables\n      parties\n      index\n      provinceMedian\n      relativeIndex\n    }\n    crowdingByProvince(asOf: $asOf) {\n      province\n      municipalities\n      partnerships\n      networks\n      tables\n      parties\n      index\n    }\n  }\n": typeof types.CrowdingDocument,
    "\n  query NetworkNames {\n    networks {\n      key\n      name\n    }\n  }\n": typeof types.NetworkNamesDocument,
    "\n  query Regions {\n    province: regions(type: PROVINCE) {\n      type\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n    ggd: regions(type: GGD) {\n      type\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n    zorgkantoor: regions(type: ZORGKANTOOR) {\n      type\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query RegionCrowding($type: RegionType!, $filter: PartnershipFilter, $asOf: Date) {\n    regionCrowding(type: $type, filter: $filter, asOf: $asOf) {\n      region {\n        type\n        code\n        name\n      }\n      partnerships\n      networks\n      tables\n      parties\n      index\n    }\n  }\n": typeof types.RegionCrowdingDocument,
    "\n  query FilterOptions {\n    filterOptions {\n      networks {\n        key\n        name\n      }\n      themes\n      provinces\n      phases\n      domains\n    }\n  }\n": typeof types.FilterOptionsDocument,
    "\n  query Me {\n    me {\n      email\n      role\n      partnerships {\n        id\n        name\n      }\n    }\n    signInOptions {\n      oidc\n      publicRead\n    }\n  }\n": typeof types.MeDocument,
    "\n  query PartnershipRecord($id: ID!) {\n    partnership(id: $id) {\n      id\n      version\n      name\n      description\n      startYear\n      phase\n      approach\n      financing\n      website\n      source\n      validFrom\n      validTo\n      location {\n        lat\n        lon\n      }\n      locationIsCentroid\n      themes\n      networks(recorded: true) {\n        key\n      }\n      networkDates {\n        network\n        validFrom\n        validTo\n      }\n      municipalities {\n        code\n      }\n      members(recorded: true) {\n        role\n        validFrom\n        validTo\n        party {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PartnershipRecordDocument,
    "\n  query PartyRecord($id: ID!) {\n    party(id: $id) {\n      id\n      version\n      name\n      domain\n      municipality\n    }\n  }\n": typeof types.PartyRecordDocument,
    "\n  query TableRecord($id: ID!) {\n    table(id: $id) {\n      id\n      version\n      name\n      level\n      theme\n      municipalities {\n        code\n      }\n      convenedBy {\n        id\n      }\n      parties(recorded: true) {\n        id\n      }\n      seatDates {\n        partyId\n        validFrom\n        validTo\n      }\n    }\n  }\n": typeof types.TableRecordDocument,
    "\n  mutation UpdatePartnership($id: ID!, $version: Int!, $input: PartnershipUpdateInput!) {\n    updatePartnership(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdatePartnershipDocument,
    "\n  mutation ArchivePartnership($id: ID!, $version: Int!, $reason: String, $validTo: Date) {\n    archivePartnership(id: $id, version: $version, reason: $reason, validTo: $validTo) {\n      id\n      version\n    }\n  }\n": typeof types.ArchivePartnershipDocument,
    "\n  mutation UpdateParty($id: ID!, $version: Int!, $input: PartyUpdateInput!) {\n    updateParty(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdatePartyDocument,
    "\n  mutation UpdateTable($id: ID!, $version: Int!, $input: TableUpdateInput!) {\n    updateTable(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateTableDocument,
    "\n  query Changes($entityId: ID, $by: String, $since: DateTime, $network: String, $region: ID, $first: Int) {\n    changes(entityId: $entityId, by: $by, since: $since, network: $network, region: $region, first: $first) {\n      id\n      at\n      by\n      action\n      entity\n      entityId\n      field\n      before\n      after\n      source\n      comment\n    }\n  }\n": typeof types.ChangesDocument,
    "\n  query Proposals {\n    proposals(status: PENDING) {\n      id\n      entity\n      entityId\n      by\n      at\n      baseVersion\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": typeof types.ProposalsDocument,
    "\n  mutation ReviewProposal($id: ID!, $accept: Boolean!, $comment: String) {\n    reviewProposal(id: $id, accept: $accept, comment: $comment) {\n      id\n      status\n    }\n  }\n": typeof types.ReviewProposalDocument,
    "\n  query MapPoints($filter: PartnershipFilter, $asOf: Date) {\n    mapPoints(filter: $filter, asOf: $asOf) {\n      id\n      name\n      lat\n      lon\n      phase\n      networks\n    }\n    partnerships(filter: $filter, asOf: $asOf, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.MapPointsDocument,
    "\n  query MapSettings {\n    mapSettings {\n      tileUrl\n      tileAttribution\n    }\n  }\n": typeof types.MapSettingsDocument,
    "\n  query MapPartnership($id: ID!, $asOf: Date) {\n    partnership(id: $id, asOf: $asOf) {\n      id\n      name\n      description\n      phase\n      startYear\n      website\n      source\n      location {\n        lat\n        lon\n      }\n      locationIsCentroid\n      networks {\n        key\n        name\n      }\n      members {\n        role\n        party {\n          id\n          name\n          domain\n        }\n      }\n      missingDomains\n      themes\n      municipalities {\n        code\n        name\n      }\n      tables {\n        id\n        name\n        level\n        theme\n      }\n      initiatives {\n        id\n        name\n        scalingStatus\n      }\n    }\n  }\n": typeof types.MapPartnershipDocument,
    "\n  query PeersNearby($id: ID!, $radiusKm: Float!, $limit: Int, $asOf: Date) {\n    peersNearby(partnershipId: $id, radiusKm: $radiusKm, limit: $limit, asOf: $asOf) {\n      partnership {\n        id\n        name\n        phase\n        location {\n          lat\n          lon\n        }\n        networks {\n          key\n        }\n      }\n      distanceKm\n      sharedThemes\n      sharedParties\n      themesInCommon\n      partiesInCommon {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PeersNearbyDocument,
    "\n  query BridgeParties($top: Int!, $filter: PartnershipFilter, $asOf: Date) {\n    partyReach(top: $top, filter: $filter, asOf: $asOf) {\n      party {\n        id\n      }\n      networks\n    }\n  }\n": typeof types.BridgePartiesDocument,
    "\n  query CommunityMembers($filter: PartnershipFilter, $seed: Int!, $asOf: Date) {\n    communities(filter: $filter, seed: $seed, asOf: $asOf) {\n      communities {\n        id\n        partnerships {\n          id\n        }\n        parties {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CommunityMembersDocument,
    "\n  query Neighbourhoods($nodes: [NodePage!]!, $filter: PartnershipFilter, $asOf: Date) {\n    neighbourhoods(nodes: $nodes, filter: $filter, asOf: $asOf) {\n      node {\n        ...GraphNodeFields\n      }\n      neighbours {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n      total\n    }\n  }\n": typeof types.NeighbourhoodsDocument,
    "\n  query NetworkGraph($basis: OverlapBasis!, $filter: PartnershipFilter, $asOf: Date) {\n    networkGraph(basis: $basis, filter: $filter, asOf: $asOf) {\n      networks {\n        key\n        name\n        reportedCount\n        partnerships\n        size\n      }\n      pairs {\n        a\n        b\n        shared\n        jaccard\n      }\n    }\n  }\n": typeof types.NetworkGraphDocument,
    "\n  query NetworkSearch($text: String!) {\n    search(text: $text, limit: 10) {\n      kind\n      id\n      name\n    }\n  }\n": typeof types.NetworkSearchDocument,
    "\n  query TablesGraph($filter: PartnershipFilter, $minJaccard: Float!, $top: Int!, $asOf: Date) {\n    tableGraph(filter: $filter, asOf: $asOf) {\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n    }\n    duplicateTables(minJaccard: $minJaccard, asOf: $asOf) {\n      a\n      b\n      shared\n      jaccard\n      sharedMunicipalities\n    }\n    partyLoad(top: $top, asOf: $asOf) {\n      party {\n        id\n      }\n      load\n    }\n  }\n": typeof types.TablesGraphDocument,
    "\n  query DuplicatesGraph($filter: PartnershipFilter, $minJaccard: Float!, $withParties: Boolean!, $top: Int!, $asOf: Date) {\n    duplicateTableGraph(filter: $filter, minJaccard: $minJaccard, withParties: $withParties, asOf: $asOf) {\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n        weight\n        shared\n      }\n    }\n    partyLoad(top: $top, asOf: $asOf) {\n      party {\n        id\n      }\n      load\n    }\n  }\n": typeof types.DuplicatesGraphDocument,
    "\n  fragment GraphNodeFields on GraphNode {\n    key\n    kind\n    id\n    name\n    degree\n    networks\n    phase\n    domain\n    level\n    theme\n    province\n  }\n": typeof types.GraphNodeFieldsFragmentDoc,
    "\n  fragment GraphEdgeFields on GraphEdge {\n    source\n    target\n    relation\n  }\n": typeof types.GraphEdgeFieldsFragmentDoc,
    "\n  query Overlap($basis: OverlapBasis!, $filter: PartnershipFilter, $asOf: Date) {\n    networks(asOf: $asOf) {\n      key\n      name\n    }\n    networkIntersections(basis: $basis, filter: $filter, asOf: $asOf) {\n      networks\n      exclusive\n      intersection\n    }\n    networkOverlap(basis: $basis, filter: $filter, asOf: $asOf) {\n      a\n      b\n      shared\n      jaccard\n    }\n  }\n": typeof types.OverlapDocument,
    "\n  query Coverage($asOf: Date) {\n    coverage(asOf: $asOf) {\n      network\n      partnerships\n      missingCare\n      missingSocial\n      missingFinancier\n      missingCitizens\n    }\n  }\n": typeof types.CoverageDocument,
    "\n  query DashboardPartnerships($filter: PartnershipFilter, $first: Int!, $after: String, $asOf: Date) {\n    partnerships(filter: $filter, first: $first, after: $after, asOf: $asOf) {\n      totalCount\n      nodes {\n        id\n        name\n        networks {\n          key\n        }\n        missingDomains\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DashboardPartnershipsDocument,
    "\n  query PartyReach($top: Int!, $filter: PartnershipFilter, $asOf: Date) {\n    partyReach(top: $top, filter: $filter, asOf: $asOf) {\n      party {\n        id\n        name\n        domain\n      }\n      networks\n      partnerships\n      municipalities\n    }\n  }\n": typeof types.PartyReachDocument,
    "\n  query Communities($filter: PartnershipFilter, $seed: Int!, $asOf: Date) {\n    communities(filter: $filter, seed: $seed, asOf: $asOf) {\n      seed\n      modularity\n      communities {\n        id\n        partnerships {\n          id\n          name\n          networks\n        }\n        parties {\n          id\n          name\n          domain\n        }\n        networks {\n          network\n          partnerships\n        }\n      }\n    }\n  }\n": typeof types.CommunitiesDocument,
    "\n  query PartyPage($id: ID!, $asOf: Date) {\n    party(id: $id, asOf: $asOf) {\n      id\n      name\n      domain\n      domainLoad {\n        domain\n        partnerships\n        tables\n        load\n        parties\n        rank\n        median\n        highest\n      }\n      tables {\n        id\n        name\n        level\n        theme\n        provinces\n      }\n      partnerships {\n        id\n        name\n        networks {\n          key\n        }\n        municipalities {\n          code\n          province\n        }\n      }\n    }\n  }\n": typeof types.PartyPageDocument,
    "\n  query PartyDuplicates($id: ID!, $minJaccard: Float!, $asOf: Date) {\n    party(id: $id, asOf: $asOf) {\n      id\n      duplicateTables(minJaccard: $minJaccard) {\n        a\n        b\n        shared\n        jaccard\n        sharedMunicipalities\n      }\n    }\n  }\n": typeof types.PartyDuplicatesDocument,
    "\n  query DuplicateTables($minJaccard: Float!, $asOf: Date) {\n    duplicateTables(minJaccard: $minJaccard, asOf: $asOf) {\n      a\n      b\n      shared\n      jaccard\n      sharedMunicipalities\n    }\n  }\n": typeof types.DuplicateTablesDocument,
    "\n  query TableIndex($limit: Int!) {\n    tables(limit: $limit) {\n      id\n      name\n      level\n      theme\n    }\n  }\n": typeof types.TableIndexDocument,
    "\n  query TablePairDetail($a: ID!, $b: ID!, $asOf: Date) {\n    a: table(id: $a, asOf: $asOf) {\n      ...TableDetail\n    }\n    b: table(id: $b, asOf: $asOf) {\n      ...TableDetail\n    }\n  }\n\n  fragment TableDetail on Table {\n    id\n    name\n    level\n    theme\n    municipalities {\n      code\n      name\n      province\n    }\n    parties {\n      id\n      name\n      domain\n    }\n    convenedBy {\n      id\n      name\n    }\n  }\n": typeof types.TablePairDetailDocument,
    "\n  query PartyLoad($top: Int!, $asOf: Date) {\n    partyLoad(top: $top, asOf: $asOf) {\n      party {\n        id\n        name\n        domain\n      }\n      partnerships\n      tables\n      load\n    }\n  }\n": typeof types.PartyLoadDocument,
    "\n  query ActiveCounts($dates: [Date!]!, $filter: PartnershipFilter) {\n    dataInfo {\n      illustrative\n    }\n    activeCounts(dates: $dates, filter: $filter)\n  }\n": typeof types.ActiveCountsDocument,
    "\n  query NetworkChange($from: Date!, $to: Date!) {\n    dataInfo {\n      illustrative\n    }\n    networks {\n      key\n      name\n    }\n    networkChange(from: $from, to: $to) {\n      network\n      before\n      after\n      joined\n      left\n    }\n  }\n": typeof types.NetworkChangeDocument,
    "\n  query CrowdingChange($from: Date!, $to: Date!, $type: RegionType) {\n    crowdingChange(from: $from, to: $to, type: $type) {\n      code\n      name\n      before\n      after\n      delta\n    }\n  }\n": typeof types.CrowdingChangeDocument,
    "\n  query ChangedPartnerships($asOf: Date!, $first: Int!, $after: String) {\n    partnerships(asOf: $asOf, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        validFrom\n        validTo\n        networks {\n          key\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ChangedPartnershipsDocument,
};
const documents: Documents = {
    "\n  query PartnershipPair($a: ID!, $b: ID!, $asOf: Date) {\n    a: partnership(id: $a, asOf: $asOf) {\n      ...PartnershipSide\n    }\n    b: partnership(id: $b, asOf: $asOf) {\n      ...PartnershipSide\n    }\n  }\n\n  fragment PartnershipSide on Partnership {\n    id\n    name\n    phase\n    startYear\n    networks {\n      key\n      name\n    }\n    themes\n    members {\n      role\n      party {\n        id\n        name\n        domain\n      }\n    }\n    tables {\n      id\n      name\n      theme\n    }\n    municipalities {\n      code\n      name\n    }\n  }\n": types.PartnershipPairDocument,
    "\n  query Crowding($top: Int!, $asOf: Date) {\n    crowding(top: $top, asOf: $asOf) {\n      code\n      name\n      province\n      location {\n        lat\n        lon\n      }\n      partnerships\n      networks\n      tables\n      parties\n      index\n      provinceMedian\n      relativeIndex\n    }\n    crowdingByProvince(asOf: $asOf) {\n      province\n      municipalities\n      partnerships\n      networks\n      tables\n      parties\n      index\n    }\n  }\n": types.CrowdingDocument,
    "\n  query NetworkNames {\n    networks {\n      key\n      name\n    }\n  }\n": types.NetworkNamesDocument,
    "\n  query Regions {\n    province: regions(type: PROVINCE) {\n      type\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n    ggd: regions(type: GGD) {\n      type\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n    zorgkantoor: regions(type: ZORGKANTOOR) {\n      type\n      code\n      name\n      municipalities {\n        code\n      }\n    }\n  }\n": types.RegionsDocument,
    "\n  query RegionCrowding($type: RegionType!, $filter: PartnershipFilter, $asOf: Date) {\n    regionCrowding(type: $type, filter: $filter, asOf: $asOf) {\n      region {\n        type\n        code\n        name\n      }\n      partnerships\n      networks\n      tables\n      parties\n      index\n    }\n  }\n": types.RegionCrowdingDocument,
    "\n  query FilterOptions {\n    filterOptions {\n      networks {\n        key\n        name\n      }\n      themes\n      provinces\n      phases\n      domains\n    }\n  }\n": types.FilterOptionsDocument,
    "\n  query Me {\n    me {\n      email\n      role\n      partnerships {\n        id\n        name\n      }\n    }\n    signInOptions {\n      oidc\n      publicRead\n    }\n  }\n": types.MeDocument,
    "\n  query PartnershipRecord($id: ID!) {\n    partnership(id: $id) {\n      id\n      version\n      name\n      description\n      startYear\n      phase\n      approach\n      financing\n      website\n      source\n      validFrom\n      validTo\n      location {\n        lat\n        lon\n      }\n      locationIsCentroid\n      themes\n      networks(recorded: true) {\n        key\n      }\n      networkDates {\n        network\n        validFrom\n        validTo\n      }\n      municipalities {\n        code\n      }\n      members(recorded: true) {\n        role\n        validFrom\n        validTo\n        party {\n          id\n        }\n      }\n    }\n  }\n": types.PartnershipRecordDocument,
    "\n  query PartyRecord($id: ID!) {\n    party(id: $id) {\n      id\n      version\n      name\n      domain\n      municipality\n    }\n  }\n": types.PartyRecordDocument,
    "\n  query TableRecord($id: ID!) {\n    table(id: $id) {\n      id\n      version\n      name\n      level\n      theme\n      municipalities {\n        code\n      }\n      convenedBy {\n        id\n      }\n      parties(recorded: true) {\n        id\n      }\n      seatDates {\n        partyId\n        validFrom\n        validTo\n      }\n    }\n  }\n": types.TableRecordDocument,
    "\n  mutation UpdatePartnership($id: ID!, $version: Int!, $input: PartnershipUpdateInput!) {\n    updatePartnership(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdatePartnershipDocument,
    "\n  mutation ArchivePartnership($id: ID!, $version: Int!, $reason: String, $validTo: Date) {\n    archivePartnership(id: $id, version: $version, reason: $reason, validTo: $validTo) {\n      id\n      version\n    }\n  }\n": types.ArchivePartnershipDocument,
    "\n  mutation UpdateParty($id: ID!, $version: Int!, $input: PartyUpdateInput!) {\n    updateParty(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdatePartyDocument,
    "\n  mutation UpdateTable($id: ID!, $version: Int!, $input: TableUpdateInput!) {\n    updateTable(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateTableDocument,
    "\n  query Changes($entityId: ID, $by: String, $since: DateTime, $network: String, $region: ID, $first: Int) {\n    changes(entityId: $entityId, by: $by, since: $since, network: $network, region: $region, first: $first) {\n      id\n      at\n      by\n      action\n      entity\n      entityId\n      field\n      before\n      after\n      source\n      comment\n    }\n  }\n": types.ChangesDocument,
    "\n  query Proposals {\n    proposals(status: PENDING) {\n      id\n      entity\n      entityId\n      by\n      at\n      baseVersion\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": types.ProposalsDocument,
    "\n  mutation ReviewProposal($id: ID!, $accept: Boolean!, $comment: String) {\n    reviewProposal(id: $id, accept: $accept, comment: $comment) {\n      id\n      status\n    }\n  }\n": types.ReviewProposalDocument,
    "\n  query MapPoints($filter: PartnershipFilter, $asOf: Date) {\n    mapPoints(filter: $filter, asOf: $asOf) {\n      id\n      name\n      lat\n      lon\n      phase\n      networks\n    }\n    partnerships(filter: $filter, asOf: $asOf, first: 1) {\n      totalCount\n    }\n  }\n": types.MapPointsDocument,
    "\n  query MapSettings {\n    mapSettings {\n      tileUrl\n      tileAttribution\n    }\n  }\n": types.MapSettingsDocument,
    "\n  query MapPartnership($id: ID!, $asOf: Date) {\n    partnership(id: $id, asOf: $asOf) {\n      id\n      name\n      description\n      phase\n      startYear\n      website\n      source\n      location {\n        lat\n        lon\n      }\n      locationIsCentroid\n      networks {\n        key\n        name\n      }\n      members {\n        role\n        party {\n          id\n          name\n          domain\n        }\n      }\n      missingDomains\n      themes\n      municipalities {\n        code\n        name\n      }\n      tables {\n        id\n        name\n        level\n        theme\n      }\n      initiatives {\n        id\n        name\n        scalingStatus\n      }\n    }\n  }\n": types.MapPartnershipDocument,
    "\n  query PeersNearby($id: ID!, $radiusKm: Float!, $limit: Int, $asOf: Date) {\n    peersNearby(partnershipId: $id, radiusKm: $radiusKm, limit: $limit, asOf: $asOf) {\n      partnership {\n        id\n        name\n        phase\n        location {\n          lat\n          lon\n        }\n        networks {\n          key\n        }\n      }\n      distanceKm\n      sharedThemes\n      sharedParties\n      themesInCommon\n      partiesInCommon {\n        id\n        name\n      }\n    }\n  }\n": types.PeersNearbyDocument,
    "\n  query BridgeParties($top: Int!, $filter: PartnershipFilter, $asOf: Date) {\n    partyReach(top: $top, filter: $filter, asOf: $asOf) {\n      party {\n        id\n      }\n      networks\n    }\n  }\n": types.BridgePartiesDocument,
    "\n  query CommunityMembers($filter: PartnershipFilter, $seed: Int!, $asOf: Date) {\n    communities(filter: $filter, seed: $seed, asOf: $asOf) {\n      communities {\n        id\n        partnerships {\n          id\n        }\n        parties {\n          id\n        }\n      }\n    }\n  }\n": types.CommunityMembersDocument,
    "\n  query Neighbourhoods($nodes: [NodePage!]!, $filter: PartnershipFilter, $asOf: Date) {\n    neighbourhoods(nodes: $nodes, filter: $filter, asOf: $asOf) {\n      node {\n        ...GraphNodeFields\n      }\n      neighbours {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n      total\n    }\n  }\n": types.NeighbourhoodsDocument,
    "\n  query NetworkGraph($basis: OverlapBasis!, $filter: PartnershipFilter, $asOf: Date) {\n    networkGraph(basis: $basis, filter: $filter, asOf: $asOf) {\n      networks {\n        key\n        name\n        reportedCount\n        partnerships\n        size\n      }\n      pairs {\n        a\n        b\n        shared\n        jaccard\n      }\n    }\n  }\n": types.NetworkGraphDocument,
    "\n  query NetworkSearch($text: String!) {\n    search(text: $text, limit: 10) {\n      kind\n      id\n      name\n    }\n  }\n": types.NetworkSearchDocument,
    "\n  query TablesGraph($filter: PartnershipFilter, $minJaccard: Float!, $top: Int!, $asOf: Date) {\n    tableGraph(filter: $filter, asOf: $asOf) {\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n    }\n    duplicateTables(minJaccard: $minJaccard, asOf: $asOf) {\n      a\n      b\n      shared\n      jaccard\n      sharedMunicipalities\n    }\n    partyLoad(top: $top, asOf: $asOf) {\n      party {\n        id\n      }\n      load\n    }\n  }\n": types.TablesGraphDocument,
    "\n  query DuplicatesGraph($filter: PartnershipFilter, $minJaccard: Float!, $withParties: Boolean!, $top: Int!, $asOf: Date) {\n    duplicateTableGraph(filter: $filter, minJaccard: $minJaccard, withParties: $withParties, asOf: $asOf) {\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n        weight\n        shared\n      }\n    }\n    partyLoad(top: $top, asOf: $asOf) {\n      party {\n        id\n      }\n      load\n    }\n  }\n": types.DuplicatesGraphDocument,
    "\n  fragment GraphNodeFields on GraphNode {\n    key\n    kind\n    id\n    name\n    degree\n    networks\n    phase\n    domain\n    level\n    theme\n    province\n  }\n": types.GraphNodeFieldsFragmentDoc,
    "\n  fragment GraphEdgeFields on GraphEdge {\n    source\n    target\n    relation\n  }\n": types.GraphEdgeFieldsFragmentDoc,
    "\n  query Overlap($basis: OverlapBasis!, $filter: PartnershipFilter, $asOf: Date) {\n    networks(asOf: $asOf) {\n      key\n      name\n    }\n    networkIntersections(basis: $basis, filter: $filter, asOf: $asOf) {\n      networks\n      exclusive\n      intersection\n    }\n    networkOverlap(basis: $basis, filter: $filter, asOf: $asOf) {\n      a\n      b\n      shared\n      jaccard\n    }\n  }\n": types.OverlapDocument,
    "\n  query Coverage($asOf: Date) {\n    coverage(asOf: $asOf) {\n      network\n      partnerships\n      missingCare\n      missingSocial\n      missingFinancier\n      missingCitizens\n    }\n  }\n": types.CoverageDocument,
    "\n  query DashboardPartnerships($filter: PartnershipFilter, $first: Int!, $after: String, $asOf: Date) {\n    partnerships(filter: $filter, first: $first, after: $after, asOf: $asOf) {\n      totalCount\n      nodes {\n        id\n        name\n        networks {\n          key\n        }\n        missingDomains\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.DashboardPartnershipsDocument,
    "\n  query PartyReach($top: Int!, $filter: PartnershipFilter, $asOf: Date) {\n    partyReach(top: $top, filter: $filter, asOf: $asOf) {\n      party {\n        id\n        name\n        domain\n      }\n      networks\n      partnerships\n      municipalities\n    }\n  }\n": types.PartyReachDocument,
    "\n  query Communities($filter: PartnershipFilter, $seed: Int!, $asOf: Date) {\n    communities(filter: $filter, seed: $seed, asOf: $asOf) {\n      seed\n      modularity\n      communities {\n        id\n        partnerships {\n          id\n          name\n          networks\n        }\n        parties {\n          id\n          name\n          domain\n        }\n        networks {\n          network\n          partnerships\n        }\n      }\n    }\n  }\n": types.CommunitiesDocument,
    "\n  query PartyPage($id: ID!, $asOf: Date) {\n    party(id: $id, asOf: $asOf) {\n      id\n      name\n      domain\n      domainLoad {\n        domain\n        partnerships\n        tables\n        load\n        parties\n        rank\n        median\n        highest\n      }\n      tables {\n        id\n        name\n        level\n        theme\n        provinces\n      }\n      partnerships {\n        id\n        name\n        networks {\n          key\n        }\n        municipalities {\n          code\n          province\n        }\n      }\n    }\n  }\n": types.PartyPageDocument,
    "\n  query PartyDuplicates($id: ID!, $minJaccard: Float!, $asOf: Date) {\n    party(id: $id, asOf: $asOf) {\n      id\n      duplicateTables(minJaccard: $minJaccard) {\n        a\n        b\n        shared\n        jaccard\n        sharedMunicipalities\n      }\n    }\n  }\n": types.PartyDuplicatesDocument,
    "\n  query DuplicateTables($minJaccard: Float!, $asOf: Date) {\n    duplicateTables(minJaccard: $minJaccard, asOf: $asOf) {\n      a\n      b\n      shared\n      jaccard\n      sharedMunicipalities\n    }\n  }\n": types.DuplicateTablesDocument,
    "\n  query TableIndex($limit: Int!) {\n    tables(limit: $limit) {\n      id\n      name\n      level\n      theme\n    }\n  }\n": types.TableIndexDocument,
    "\n  query TablePairDetail($a: ID!, $b: ID!, $asOf: Date) {\n    a: table(id: $a, asOf: $asOf) {\n      ...TableDetail\n    }\n    b: table(id: $b, asOf: $asOf) {\n      ...TableDetail\n    }\n  }\n\n  fragment TableDetail on Table {\n    id\n    name\n    level\n    theme\n    municipalities {\n      code\n      name\n      province\n    }\n    parties {\n      id\n      name\n      domain\n    }\n    convenedBy {\n      id\n      name\n    }\n  }\n": types.TablePairDetailDocument,
    "\n  query PartyLoad($top: Int!, $asOf: Date) {\n    partyLoad(top: $top, asOf: $asOf) {\n      party {\n        id\n        name\n        domain\n      }\n      partnerships\n      tables\n      load\n    }\n  }\n": types.PartyLoadDocument,
    "\n  query ActiveCounts($dates: [Date!]!, $filter: PartnershipFilter) {\n    dataInfo {\n      illustrative\n    }\n    activeCounts(dates: $dates, filter: $filter)\n  }\n": types.ActiveCountsDocument,
    "\n  query NetworkChange($from: Date!, $to: Date!) {\n    dataInfo {\n      illustrative\n    }\n    networks {\n      key\n      name\n    }\n    networkChange(from: $from, to: $to) {\n      network\n      before\n      after\n      joined\n      left\n    }\n  }\n": types.NetworkChangeDocument,
    "\n  query CrowdingChange($from: Date!, $to: Date!, $type: RegionType) {\n    crowdingChange(from: $from, to: $to, type: $type) {\n      code\n      name\n      before\n      after\n      delta\n    }\n  }\n": types.CrowdingChangeDocument,
    "\n  query ChangedPartnerships($asOf: Date!, $first: Int!, $after: String) {\n    partnerships(asOf: $asOf, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        validFrom\n        validTo\n        networks {\n          key\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ChangedPartnershipsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipPair($a: ID!, $b: ID!, $asOf: Date) {\n    a: partnership(id: $a, asOf: $asOf) {\n      ...PartnershipSide\n    }\n    b: partnership(id: $b, asOf: $asOf) {\n      ...PartnershipSide\n    }\n  }\n\n  fragment PartnershipSide on Partnership {\n    id\n    name\n    phase\n    startYear\n    networks {\n      key\n      name\n    }\n    themes\n    members {\n      role\n      party {\n        id\n        name\n        domain\n      }\n    }\n    tables {\n      id\n      name\n      theme\n    }\n    municipalities {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').PartnershipPairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Crowding($top: Int!, $asOf: Date) {\n    crowding(top: $top, asOf: $asOf) {\n      code\n      name\n      province\n      location {\n        lat\n        lon\n      }\n      partnerships\n      networks\n      tables\n      parties\n      index\n      provinceMedian\n      relativeIndex\n    }\n    crowdingByProvince(asOf: $asOf) {\n      province\n      municipalities\n      partnerships\n      networks\n      tables\n      parties\n      index\n    }\n  }\n"): typeof import('./graphql').CrowdingDocument;
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
export function graphql(source: "\n  query RegionCrowding($type: RegionType!, $filter: PartnershipFilter, $asOf: Date) {\n    regionCrowding(type: $type, filter: $filter, asOf: $asOf) {\n      region {\n        type\n        code\n        name\n      }\n      partnerships\n      networks\n      tables\n      parties\n      index\n    }\n  }\n"): typeof import('./graphql').RegionCrowdingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterOptions {\n    filterOptions {\n      networks {\n        key\n        name\n      }\n      themes\n      provinces\n      phases\n      domains\n    }\n  }\n"): typeof import('./graphql').FilterOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      email\n      role\n      partnerships {\n        id\n        name\n      }\n    }\n    signInOptions {\n      oidc\n      publicRead\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipRecord($id: ID!) {\n    partnership(id: $id) {\n      id\n      version\n      name\n      description\n      startYear\n      phase\n      approach\n      financing\n      website\n      source\n      validFrom\n      validTo\n      location {\n        lat\n        lon\n      }\n      locationIsCentroid\n      themes\n      networks(recorded: true) {\n        key\n      }\n      networkDates {\n        network\n        validFrom\n        validTo\n      }\n      municipalities {\n        code\n      }\n      members(recorded: true) {\n        role\n        validFrom\n        validTo\n        party {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnershipRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyRecord($id: ID!) {\n    party(id: $id) {\n      id\n      version\n      name\n      domain\n      municipality\n    }\n  }\n"): typeof import('./graphql').PartyRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TableRecord($id: ID!) {\n    table(id: $id) {\n      id\n      version\n      name\n      level\n      theme\n      municipalities {\n        code\n      }\n      convenedBy {\n        id\n      }\n      parties(recorded: true) {\n        id\n      }\n      seatDates {\n        partyId\n        validFrom\n        validTo\n      }\n    }\n  }\n"): typeof import('./graphql').TableRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnership($id: ID!, $version: Int!, $input: PartnershipUpdateInput!) {\n    updatePartnership(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdatePartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchivePartnership($id: ID!, $version: Int!, $reason: String, $validTo: Date) {\n    archivePartnership(id: $id, version: $version, reason: $reason, validTo: $validTo) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ArchivePartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateParty($id: ID!, $version: Int!, $input: PartyUpdateInput!) {\n    updateParty(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdatePartyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTable($id: ID!, $version: Int!, $input: TableUpdateInput!) {\n    updateTable(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Changes($entityId: ID, $by: String, $since: DateTime, $network: String, $region: ID, $first: Int) {\n    changes(entityId: $entityId, by: $by, since: $since, network: $network, region: $region, first: $first) {\n      id\n      at\n      by\n      action\n      entity\n      entityId\n      field\n      before\n      after\n      source\n      comment\n    }\n  }\n"): typeof import('./graphql').ChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposals {\n    proposals(status: PENDING) {\n      id\n      entity\n      entityId\n      by\n      at\n      baseVersion\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewProposal($id: ID!, $accept: Boolean!, $comment: String) {\n    reviewProposal(id: $id, accept: $accept, comment: $comment) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReviewProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPoints($filter: PartnershipFilter, $asOf: Date) {\n    mapPoints(filter: $filter, asOf: $asOf) {\n      id\n      name\n      lat\n      lon\n      phase\n      networks\n    }\n    partnerships(filter: $filter, asOf: $asOf, first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MapPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapSettings {\n    mapSettings {\n      tileUrl\n      tileAttribution\n    }\n  }\n"): typeof import('./graphql').MapSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPartnership($id: ID!, $asOf: Date) {\n    partnership(id: $id, asOf: $asOf) {\n      id\n      name\n      description\n      phase\n      startYear\n      website\n      source\n      location {\n        lat\n        lon\n      }\n      locationIsCentroid\n      networks {\n        key\n        name\n      }\n      members {\n        role\n        party {\n          id\n          name\n          domain\n        }\n      }\n      missingDomains\n      themes\n      municipalities {\n        code\n        name\n      }\n      tables {\n        id\n        name\n        level\n        theme\n      }\n      initiatives {\n        id\n        name\n        scalingStatus\n      }\n    }\n  }\n"): typeof import('./graphql').MapPartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeersNearby($id: ID!, $radiusKm: Float!, $limit: Int, $asOf: Date) {\n    peersNearby(partnershipId: $id, radiusKm: $radiusKm, limit: $limit, asOf: $asOf) {\n      partnership {\n        id\n        name\n        phase\n        location {\n          lat\n          lon\n        }\n        networks {\n          key\n        }\n      }\n      distanceKm\n      sharedThemes\n      sharedParties\n      themesInCommon\n      partiesInCommon {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PeersNearbyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BridgeParties($top: Int!, $filter: PartnershipFilter, $asOf: Date) {\n    partyReach(top: $top, filter: $filter, asOf: $asOf) {\n      party {\n        id\n      }\n      networks\n    }\n  }\n"): typeof import('./graphql').BridgePartiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityMembers($filter: PartnershipFilter, $seed: Int!, $asOf: Date) {\n    communities(filter: $filter, seed: $seed, asOf: $asOf) {\n      communities {\n        id\n        partnerships {\n          id\n        }\n        parties {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommunityMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhoods($nodes: [NodePage!]!, $filter: PartnershipFilter, $asOf: Date) {\n    neighbourhoods(nodes: $nodes, filter: $filter, asOf: $asOf) {\n      node {\n        ...GraphNodeFields\n      }\n      neighbours {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n      total\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkGraph($basis: OverlapBasis!, $filter: PartnershipFilter, $asOf: Date) {\n    networkGraph(basis: $basis, filter: $filter, asOf: $asOf) {\n      networks {\n        key\n        name\n        reportedCount\n        partnerships\n        size\n      }\n      pairs {\n        a\n        b\n        shared\n        jaccard\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkSearch($text: String!) {\n    search(text: $text, limit: 10) {\n      kind\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').NetworkSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TablesGraph($filter: PartnershipFilter, $minJaccard: Float!, $top: Int!, $asOf: Date) {\n    tableGraph(filter: $filter, asOf: $asOf) {\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n      }\n    }\n    duplicateTables(minJaccard: $minJaccard, asOf: $asOf) {\n      a\n      b\n      shared\n      jaccard\n      sharedMunicipalities\n    }\n    partyLoad(top: $top, asOf: $asOf) {\n      party {\n        id\n      }\n      load\n    }\n  }\n"): typeof import('./graphql').TablesGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicatesGraph($filter: PartnershipFilter, $minJaccard: Float!, $withParties: Boolean!, $top: Int!, $asOf: Date) {\n    duplicateTableGraph(filter: $filter, minJaccard: $minJaccard, withParties: $withParties, asOf: $asOf) {\n      nodes {\n        ...GraphNodeFields\n      }\n      edges {\n        ...GraphEdgeFields\n        weight\n        shared\n      }\n    }\n    partyLoad(top: $top, asOf: $asOf) {\n      party {\n        id\n      }\n      load\n    }\n  }\n"): typeof import('./graphql').DuplicatesGraphDocument;
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
export function graphql(source: "\n  query Overlap($basis: OverlapBasis!, $filter: PartnershipFilter, $asOf: Date) {\n    networks(asOf: $asOf) {\n      key\n      name\n    }\n    networkIntersections(basis: $basis, filter: $filter, asOf: $asOf) {\n      networks\n      exclusive\n      intersection\n    }\n    networkOverlap(basis: $basis, filter: $filter, asOf: $asOf) {\n      a\n      b\n      shared\n      jaccard\n    }\n  }\n"): typeof import('./graphql').OverlapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage($asOf: Date) {\n    coverage(asOf: $asOf) {\n      network\n      partnerships\n      missingCare\n      missingSocial\n      missingFinancier\n      missingCitizens\n    }\n  }\n"): typeof import('./graphql').CoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPartnerships($filter: PartnershipFilter, $first: Int!, $after: String, $asOf: Date) {\n    partnerships(filter: $filter, first: $first, after: $after, asOf: $asOf) {\n      totalCount\n      nodes {\n        id\n        name\n        networks {\n          key\n        }\n        missingDomains\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardPartnershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyReach($top: Int!, $filter: PartnershipFilter, $asOf: Date) {\n    partyReach(top: $top, filter: $filter, asOf: $asOf) {\n      party {\n        id\n        name\n        domain\n      }\n      networks\n      partnerships\n      municipalities\n    }\n  }\n"): typeof import('./graphql').PartyReachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Communities($filter: PartnershipFilter, $seed: Int!, $asOf: Date) {\n    communities(filter: $filter, seed: $seed, asOf: $asOf) {\n      seed\n      modularity\n      communities {\n        id\n        partnerships {\n          id\n          name\n          networks\n        }\n        parties {\n          id\n          name\n          domain\n        }\n        networks {\n          network\n          partnerships\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyPage($id: ID!, $asOf: Date) {\n    party(id: $id, asOf: $asOf) {\n      id\n      name\n      domain\n      domainLoad {\n        domain\n        partnerships\n        tables\n        load\n        parties\n        rank\n        median\n        highest\n      }\n      tables {\n        id\n        name\n        level\n        theme\n        provinces\n      }\n      partnerships {\n        id\n        name\n        networks {\n          key\n        }\n        municipalities {\n          code\n          province\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartyPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyDuplicates($id: ID!, $minJaccard: Float!, $asOf: Date) {\n    party(id: $id, asOf: $asOf) {\n      id\n      duplicateTables(minJaccard: $minJaccard) {\n        a\n        b\n        shared\n        jaccard\n        sharedMunicipalities\n      }\n    }\n  }\n"): typeof import('./graphql').PartyDuplicatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicateTables($minJaccard: Float!, $asOf: Date) {\n    duplicateTables(minJaccard: $minJaccard, asOf: $asOf) {\n      a\n      b\n      shared\n      jaccard\n      sharedMunicipalities\n    }\n  }\n"): typeof import('./graphql').DuplicateTablesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TableIndex($limit: Int!) {\n    tables(limit: $limit) {\n      id\n      name\n      level\n      theme\n    }\n  }\n"): typeof import('./graphql').TableIndexDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TablePairDetail($a: ID!, $b: ID!, $asOf: Date) {\n    a: table(id: $a, asOf: $asOf) {\n      ...TableDetail\n    }\n    b: table(id: $b, asOf: $asOf) {\n      ...TableDetail\n    }\n  }\n\n  fragment TableDetail on Table {\n    id\n    name\n    level\n    theme\n    municipalities {\n      code\n      name\n      province\n    }\n    parties {\n      id\n      name\n      domain\n    }\n    convenedBy {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').TablePairDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyLoad($top: Int!, $asOf: Date) {\n    partyLoad(top: $top, asOf: $asOf) {\n      party {\n        id\n        name\n        domain\n      }\n      partnerships\n      tables\n      load\n    }\n  }\n"): typeof import('./graphql').PartyLoadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveCounts($dates: [Date!]!, $filter: PartnershipFilter) {\n    dataInfo {\n      illustrative\n    }\n    activeCounts(dates: $dates, filter: $filter)\n  }\n"): typeof import('./graphql').ActiveCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkChange($from: Date!, $to: Date!) {\n    dataInfo {\n      illustrative\n    }\n    networks {\n      key\n      name\n    }\n    networkChange(from: $from, to: $to) {\n      network\n      before\n      after\n      joined\n      left\n    }\n  }\n"): typeof import('./graphql').NetworkChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrowdingChange($from: Date!, $to: Date!, $type: RegionType) {\n    crowdingChange(from: $from, to: $to, type: $type) {\n      code\n      name\n      before\n      after\n      delta\n    }\n  }\n"): typeof import('./graphql').CrowdingChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangedPartnerships($asOf: Date!, $first: Int!, $after: String) {\n    partnerships(asOf: $asOf, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        validFrom\n        validTo\n        networks {\n          key\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').ChangedPartnershipsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
