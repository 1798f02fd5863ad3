// The neighbours of each requested node, one page per node: the partnerships,
// parties, tables and municipalities linked to it by MEMBER_OF, ACTIVE_IN,
// SITS_AT or COVERS that pass the filter, ordered by kind, then name, then id.
// $nodes: [{kind, id, offset, limit}]. Unknown nodes give no row.
// Which filter applies to which kind: see server/src/graph/graph.service.ts.
UNWIND $nodes AS ref
CALL (ref) {
  OPTIONAL MATCH (p:Partnership {id: ref.id}) WHERE ref.kind = 'PARTNERSHIP'
  OPTIONAL MATCH (party:Party {id: ref.id}) WHERE ref.kind = 'PARTY'
  OPTIONAL MATCH (t:Table {id: ref.id}) WHERE ref.kind = 'TABLE'
  OPTIONAL MATCH (m:Municipality {code: ref.id}) WHERE ref.kind = 'MUNICIPALITY'
  RETURN coalesce(p, party, t, m) AS c
}
WITH ref, c WHERE c IS NOT NULL
CALL (c) {
  MATCH (c)-[r:MEMBER_OF|ACTIVE_IN|SITS_AT|COVERS]-(n)
  WHERE CASE
    WHEN n:Partnership THEN
      ($networks IS NULL OR EXISTS { MATCH (n)-[:PART_OF]->(net:Network) WHERE net.key IN $networks })
      AND ($themes IS NULL OR EXISTS { MATCH (n)-[:WORKS_ON]->(th:Theme) WHERE th.name IN $themes })
      AND ($phases IS NULL OR n.phase IN $phases)
      AND ($domains IS NULL OR EXISTS { MATCH (n)<-[:MEMBER_OF]-(member:Party) WHERE member.domain IN $domains })
      AND ($provinces IS NULL OR EXISTS { MATCH (n)-[:ACTIVE_IN]->(gm:Municipality) WHERE gm.province IN $provinces })
      AND ($municipalities IS NULL OR EXISTS { MATCH (n)-[:ACTIVE_IN]->(gm:Municipality) WHERE gm.code IN $municipalities })
      AND ($regions IS NULL OR EXISTS { MATCH (n)-[:ACTIVE_IN]->(:Municipality)-[:IN_REGION]->(rg:Region) WHERE rg.code IN $regions })
      AND ($text IS NULL OR toLower(n.name) CONTAINS $text OR toLower(coalesce(n.description, '')) CONTAINS $text)
      AND ($minNetworks IS NULL OR COUNT { (n)-[:PART_OF]->(:Network) } >= $minNetworks)
      AND ($missingDomains IS NULL OR any(d IN $missingDomains WHERE NOT EXISTS {
            MATCH (n)<-[:MEMBER_OF]-(member:Party)
            WHERE member.domain = d OR (d = 'financier' AND member.domain STARTS WITH 'financier-') }))
    WHEN n:Party THEN $domains IS NULL OR n.domain IN $domains
    WHEN n:Table THEN
      ($themes IS NULL OR n.theme IN $themes)
      AND ($provinces IS NULL OR EXISTS { MATCH (n)-[:COVERS]->(gm:Municipality) WHERE gm.province IN $provinces })
      AND ($municipalities IS NULL OR EXISTS { MATCH (n)-[:COVERS]->(gm:Municipality) WHERE gm.code IN $municipalities })
      AND ($regions IS NULL OR EXISTS { MATCH (n)-[:COVERS]->(:Municipality)-[:IN_REGION]->(rg:Region) WHERE rg.code IN $regions })
    ELSE
      ($provinces IS NULL OR n.province IN $provinces)
      AND ($municipalities IS NULL OR n.code IN $municipalities)
      AND ($regions IS NULL OR EXISTS { MATCH (n)-[:IN_REGION]->(rg:Region) WHERE rg.code IN $regions })
  END
  WITH n, r
  ORDER BY CASE WHEN n:Partnership THEN 0 WHEN n:Party THEN 1 WHEN n:Table THEN 2 ELSE 3 END, n.name, coalesce(n.id, n.code)
  RETURN collect({n: n, r: r}) AS found
}
CALL (ref, found) {
  UNWIND found[ref.offset..(ref.offset + ref.limit)] AS hit
  WITH hit.n AS n, hit.r AS r
  RETURN collect(n {
    kind: CASE WHEN n:Partnership THEN 'PARTNERSHIP' WHEN n:Party THEN 'PARTY' WHEN n:Table THEN 'TABLE' ELSE 'MUNICIPALITY' END,
    id: coalesce(n.id, n.code), .name, .phase, .domain, .level, .theme, .province,
    networks: [(n)-[:PART_OF]->(net:Network) | net.key],
    degree: COUNT { (n)-[:MEMBER_OF|ACTIVE_IN|SITS_AT|COVERS]-() },
    relation: type(r), outgoing: endNode(r) = n
  }) AS neighbours
}
RETURN c {
    kind: ref.kind, id: ref.id, .name, .phase, .domain, .level, .theme, .province,
    networks: [(c)-[:PART_OF]->(net:Network) | net.key],
    degree: COUNT { (c)-[:MEMBER_OF|ACTIVE_IN|SITS_AT|COVERS]-() }
  } AS node,
  size(found) AS total, ref.offset AS offset, neighbours
