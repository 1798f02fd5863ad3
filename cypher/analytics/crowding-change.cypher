// crowdingChange per municipality (DESIGN.md §9.3): the crowding index (§4: partnerships
// active in it + governance tables covering it) on $from and on $to, and its change.
// Only the index is counted, not the networks and parties crowding also reports. Tables
// are not dated, so they count the same on both dates.
MATCH (m:Municipality)
CALL (m) {
  OPTIONAL MATCH (m)<-[:ACTIVE_IN]-(p)
  RETURN count(CASE WHEN
#include fragments/valid-on(p, $from)
           THEN p END) AS partnershipsBefore,
         count(CASE WHEN
#include fragments/valid-on(p, $to)
           THEN p END) AS partnershipsAfter
}
WITH m, partnershipsBefore, partnershipsAfter, COUNT { (m)<-[:COVERS]-() } AS tables
WITH m, partnershipsBefore + tables AS before, partnershipsAfter + tables AS after
RETURN m.code AS code, m.name AS name, before, after, after - before AS delta
ORDER BY abs(delta) DESC, code ASC
