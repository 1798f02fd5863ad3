// Networks mode of the network view, basis PARTIES: the national networks with
// how many partnerships that pass the filter each has, and the overlap between
// every two networks among those partnerships.
// A network's set is the parties that are members of any of its partnerships.
// With no filter the pairs equal networkOverlap(PARTIES) (DESIGN.md §4).
// One row: networks (by key, each with partnerships and the size of its set)
// and pairs (a < b, ordered by a, b).
MATCH (p:Partnership)
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
WITH collect(p) AS ps
CALL (ps) {
  MATCH (n:Network)
  WITH n ORDER BY n.key
  RETURN collect(n {.key, .name, .reportedCount, partnerships: size([x IN ps WHERE EXISTS { (x)-[:PART_OF]->(n) }])}) AS networks
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (element:Party)-[:MEMBER_OF]->(p)-[:PART_OF]->(n:Network)
  WITH element, collect(DISTINCT n.key) AS nets
  UNWIND nets AS a
  UNWIND nets AS b
  // a = b counts the size of a's set; a < b counts the intersection.
  WITH a, b, count(*) AS c
  WITH collect({a: a, b: b, c: c}) AS cells
  CALL (cells) {
    UNWIND [cell IN cells WHERE cell.a < cell.b] AS cell
    WITH cell,
         [x IN cells WHERE x.a = cell.a AND x.b = cell.a][0].c AS sizeA,
         [x IN cells WHERE x.a = cell.b AND x.b = cell.b][0].c AS sizeB
    ORDER BY cell.a, cell.b
    RETURN collect({a: cell.a, b: cell.b, shared: cell.c, jaccard: toFloat(cell.c) / (sizeA + sizeB - cell.c)}) AS pairs
  }
  RETURN [x IN cells WHERE x.a = x.b | {key: x.a, size: x.c}] AS sizes, pairs
}
RETURN networks, sizes, pairs
