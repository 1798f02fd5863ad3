// The neighbours of each requested node on $asOf (DESIGN.md §9.3), one page per node: the
// partnerships, parties, tables and municipalities linked to it by MEMBER_OF, ACTIVE_IN,
// SITS_AT or COVERS valid then that pass the filter, ordered by kind, then name, then id.
// A node's networks and degree count the links valid then, to neighbours valid then.
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
  // The neighbour is `p`, the name the partnership filter is written for.
  MATCH (c)-[r:MEMBER_OF|ACTIVE_IN|SITS_AT|COVERS]-(p)
  WHERE
#include fragments/valid-on(r)
  AND CASE
    WHEN p:Partnership THEN (
#include fragments/partnership-filter
    )
    WHEN p:Party THEN $domains IS NULL OR p.domain IN $domains
    WHEN p:Table THEN
      ($themes IS NULL OR p.theme IN $themes)
      AND ($provinces IS NULL OR EXISTS { MATCH (p)-[:COVERS]->(gm:Municipality) WHERE gm.province IN $provinces })
      AND ($municipalities IS NULL OR EXISTS { MATCH (p)-[:COVERS]->(gm:Municipality) WHERE gm.code IN $municipalities })
      AND ($regions IS NULL OR EXISTS { MATCH (p)-[:COVERS]->(:Municipality)-[:IN_REGION]->(rg:Region) WHERE rg.code IN $regions })
    ELSE
      ($provinces IS NULL OR p.province IN $provinces)
      AND ($municipalities IS NULL OR p.code IN $municipalities)
      AND ($regions IS NULL OR EXISTS { MATCH (p)-[:IN_REGION]->(rg:Region) WHERE rg.code IN $regions })
  END
  WITH p, r
  ORDER BY CASE WHEN p:Partnership THEN 0 WHEN p:Party THEN 1 WHEN p:Table THEN 2 ELSE 3 END, p.name, coalesce(p.id, p.code)
  RETURN collect({n: p, r: r}) AS found
}
CALL (ref, found) {
  UNWIND found[ref.offset..(ref.offset + ref.limit)] AS hit
  WITH hit.n AS n, hit.r AS r
  RETURN collect(n {
    kind: CASE WHEN n:Partnership THEN 'PARTNERSHIP' WHEN n:Party THEN 'PARTY' WHEN n:Table THEN 'TABLE' ELSE 'MUNICIPALITY' END,
    id: coalesce(n.id, n.code), .name, .phase, .domain, .level, .theme, .province,
    networks: [(n)-[link:PART_OF]->(net:Network) WHERE
#include fragments/valid-on(link)
      | net.key],
    // Only a Partnership is dated among the nodes: for the others valid-on(x) always holds.
    degree: COUNT { (n)-[link:MEMBER_OF|ACTIVE_IN|SITS_AT|COVERS]-(x) WHERE
#include fragments/valid-on(link)
      AND
#include fragments/valid-on(x)
      },
    relation: type(r), outgoing: endNode(r) = n
  }) AS neighbours
}
RETURN c {
    kind: ref.kind, id: ref.id, .name, .phase, .domain, .level, .theme, .province,
    networks: [(c)-[link:PART_OF]->(net:Network) WHERE
#include fragments/valid-on(link)
      | net.key],
    degree: COUNT { (c)-[link:MEMBER_OF|ACTIVE_IN|SITS_AT|COVERS]-(x) WHERE
#include fragments/valid-on(link)
      AND
#include fragments/valid-on(x)
      }
  } AS node,
  size(found) AS total, ref.offset AS offset, neighbours
