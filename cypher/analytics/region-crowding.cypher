// Crowding per region of one type (DESIGN.md §9.1): municipality crowding
// (§4) over the union of the region's municipalities, each partnership,
// table, network and party counted once per region. Only the partnerships
// that pass the partnership filter count (null parameters = any); tables
// count whatever the filter, as in crowding per municipality.
MATCH (r:Region {type: $type})
CALL (r) {
  MATCH (r)<-[:IN_REGION]-(m:Municipality)<-[:ACTIVE_IN]-(p)
  WHERE ($networks IS NULL OR EXISTS { MATCH (p)-[:PART_OF]->(net:Network) WHERE net.key IN $networks })
    AND ($themes IS NULL OR EXISTS { MATCH (p)-[:WORKS_ON]->(th:Theme) WHERE th.name IN $themes })
    AND ($phases IS NULL OR p.phase IN $phases)
    AND ($domains IS NULL OR EXISTS { MATCH (p)<-[:MEMBER_OF]-(member:Party) WHERE member.domain IN $domains })
    AND ($provinces IS NULL OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(gm:Municipality) WHERE gm.province IN $provinces })
    AND ($municipalities IS NULL OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(gm:Municipality) WHERE gm.code IN $municipalities })
    AND ($regions IS NULL OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(:Municipality)-[:IN_REGION]->(rg:Region) WHERE rg.code IN $regions })
    AND ($text IS NULL OR toLower(p.name) CONTAINS $text OR toLower(coalesce(p.description, '')) CONTAINS $text)
    AND ($minNetworks IS NULL OR COUNT { (p)-[:PART_OF]->(:Network) } >= $minNetworks)
    AND ($missingDomains IS NULL OR any(d IN $missingDomains WHERE NOT EXISTS {
          MATCH (p)<-[:MEMBER_OF]-(member:Party)
          WHERE member.domain = d OR (d = 'financier' AND member.domain STARTS WITH 'financier-') }))
  RETURN collect(DISTINCT p) AS ps
}
CALL (r) {
  MATCH (r)<-[:IN_REGION]-(:Municipality)<-[:COVERS]-(t)
  RETURN collect(DISTINCT t) AS ts
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)-[:PART_OF]->(n)
  RETURN count(DISTINCT n) AS networks
}
CALL (ps, ts) {
  // UNION keeps each party once.
  CALL (ps, ts) {
    UNWIND ps AS p MATCH (p)<-[:MEMBER_OF]-(party) RETURN party
    UNION
    UNWIND ts AS t MATCH (t)<-[:SITS_AT]-(party) RETURN party
  }
  RETURN count(party) AS parties
}
WITH r, size(ps) AS partnerships, networks, size(ts) AS tables, parties
RETURN r {.type, .code, .name} AS region, partnerships, networks, tables, parties, partnerships + tables AS index
ORDER BY index DESC, region.code ASC
