// Governance tables with the parties seated at them on $asOf (DESIGN.md §9.3), for the tables network.
// Tables are filtered by id ($ids: null = any), by theme and by the provinces/municipalities/regions
// they cover, parties by domain. One row: the tables (by name, each with the province most
// of its municipalities are in) and the parties (by name), each party with the ids of the
// listed tables it sits at. Degrees count the links valid on $asOf, to nodes valid then.
MATCH (t:Table)
WHERE ($ids IS NULL OR t.id IN $ids)
  AND ($themes IS NULL OR t.theme IN $themes)
  AND ($provinces IS NULL OR EXISTS { MATCH (t)-[:COVERS]->(gm:Municipality) WHERE gm.province IN $provinces })
  AND ($municipalities IS NULL OR EXISTS { MATCH (t)-[:COVERS]->(gm:Municipality) WHERE gm.code IN $municipalities })
  AND ($regions IS NULL OR EXISTS { MATCH (t)-[:COVERS]->(:Municipality)-[:IN_REGION]->(rg:Region) WHERE rg.code IN $regions })
WITH t ORDER BY t.name, t.id LIMIT $limit
WITH t, COLLECT {
       MATCH (t)-[:COVERS]->(m:Municipality)
       WITH m.province AS province, count(*) AS n ORDER BY n DESC, province ASC
       RETURN province
     }[0] AS province
WITH collect(t) AS nodes,
     collect(t {.id, .name, .level, .theme, province: province, degree: COUNT { (t)-[link:MEMBER_OF|ACTIVE_IN|SITS_AT|COVERS]-() WHERE
#include fragments/valid-on(link)
     }}) AS tables
CALL (nodes) {
  UNWIND nodes AS t
  MATCH (party:Party)-[seat:SITS_AT]->(t)
  WHERE ($domains IS NULL OR party.domain IN $domains)
    AND
#include fragments/valid-on(seat)
  WITH party, collect(t.id) AS seatedAt
  ORDER BY party.name, party.id
  RETURN collect(party {.id, .name, .domain, seatedAt: seatedAt, degree: COUNT { (party)-[link:MEMBER_OF|ACTIVE_IN|SITS_AT|COVERS]-(x) WHERE
#include fragments/valid-on(link)
    AND
#include fragments/valid-on(x)
  }}) AS parties
}
RETURN tables, parties
