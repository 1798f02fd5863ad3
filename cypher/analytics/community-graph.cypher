// The partnership–party graph for community detection: the partnerships that pass the
// partnership filter, each with its networks and the ids of its member parties, and those
// parties. One row: partnerships (by id) and parties (by id).
MATCH (p:Partnership)
WHERE
#include fragments/partnership-filter
WITH p ORDER BY p.id
WITH collect(p) AS ps
CALL (ps) {
  UNWIND ps AS p
  RETURN collect(p {.id, .name, networks: [(p)-[:PART_OF]->(n:Network) | n.key], members: [(party:Party)-[:MEMBER_OF]->(p) | party.id]}) AS partnerships
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (party:Party)-[:MEMBER_OF]->(p)
  WITH DISTINCT party ORDER BY party.id
  RETURN collect(party {.id, .name, .domain}) AS parties
}
RETURN partnerships, parties
