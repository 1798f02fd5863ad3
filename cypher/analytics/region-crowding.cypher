// Crowding per region of one type (DESIGN.md §9.1) on $asOf (§9.3): municipality
// crowding (§4) over the union of the region's municipalities, each partnership,
// table, network and party counted once per region. Only the partnerships
// that pass the partnership filter count (null parameters = any; it holds the
// partnership's validity on $asOf); tables count whatever the filter, as in
// crowding per municipality.
MATCH (r:Region {type: $type})
CALL (r) {
  MATCH (r)<-[:IN_REGION]-(m:Municipality)<-[:ACTIVE_IN]-(p)
  WHERE
#include fragments/partnership-filter
  RETURN collect(DISTINCT p) AS ps
}
CALL (r) {
  MATCH (r)<-[:IN_REGION]-(:Municipality)<-[:COVERS]-(t)
  RETURN collect(DISTINCT t) AS ts
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)-[link:PART_OF]->(n)
  WHERE
#include fragments/valid-on(link)
  RETURN count(DISTINCT n) AS networks
}
CALL {
  WITH ps, ts
  // UNION keeps each party once. Each branch imports only its own list: a variable both
  // import would be part of the UNION's distinct rows (and the lists are large).
  CALL {
    WITH ps
    UNWIND ps AS p
    MATCH (p)<-[link:MEMBER_OF]-(party)
    WHERE
#include fragments/valid-on(link)
    RETURN party
    UNION
    WITH ts
    UNWIND ts AS t
    MATCH (t)<-[link:SITS_AT]-(party)
    WHERE
#include fragments/valid-on(link)
    RETURN party
  }
  RETURN count(party) AS parties
}
WITH r, size(ps) AS partnerships, networks, size(ts) AS tables, parties
RETURN r {.type, .code, .name} AS region, partnerships, networks, tables, parties, partnerships + tables AS index
ORDER BY index DESC, region.code ASC
