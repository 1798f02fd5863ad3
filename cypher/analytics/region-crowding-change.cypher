// crowdingChange per region of one type (DESIGN.md §9.3): the region crowding index
// (§9.1: distinct partnerships active in any of its municipalities + distinct tables
// covering any of them) on $from and on $to, and its change. Tables are not dated.
MATCH (r:Region {type: $type})
CALL (r) {
  OPTIONAL MATCH (r)<-[:IN_REGION]-(:Municipality)<-[:ACTIVE_IN]-(p)
  WITH DISTINCT p
  RETURN count(CASE WHEN
#include fragments/valid-on(p, $from)
           THEN p END) AS partnershipsBefore,
         count(CASE WHEN
#include fragments/valid-on(p, $to)
           THEN p END) AS partnershipsAfter
}
CALL (r) {
  OPTIONAL MATCH (r)<-[:IN_REGION]-(:Municipality)<-[:COVERS]-(t)
  RETURN count(DISTINCT t) AS tables
}
WITH r, partnershipsBefore + tables AS before, partnershipsAfter + tables AS after
RETURN r.code AS code, r.name AS name, before, after, after - before AS delta
ORDER BY abs(delta) DESC, code ASC
