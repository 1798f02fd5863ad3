// The partnership–party graph for community detection on $asOf: the partnerships that pass the
// partnership filter, each with its networks and the ids of its member parties, and those
// parties. One row: partnerships (by id) and parties (by id).
MATCH (p:Partnership)
WHERE
#include fragments/partnership-filter
WITH p ORDER BY p.id
WITH collect(p) AS ps
CALL (ps) {
  UNWIND ps AS p
  RETURN collect(p {.id, .name,
    networks: [(p)-[link:PART_OF]->(n:Network) WHERE
#include fragments/valid-on(link)
      | n.key],
    members: [(party:Party)-[member:MEMBER_OF]->(p) WHERE
#include fragments/valid-on(member)
      | party.id]}) AS partnerships
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (party:Party)-[member:MEMBER_OF]->(p)
  WHERE
#include fragments/valid-on(member)
  WITH DISTINCT party ORDER BY party.id
  RETURN collect(party {.id, .name, .domain}) AS parties
}
RETURN partnerships, parties
