// Peers nearby (DESIGN.md §4, §9.4) on $asOf (§9.3): other partnerships valid then within
// $radiusKm of this one's location (great-circle, point.distance), with the themes and the
// parties they share (members of both then; each list by name) and their counts.
MATCH (me:Partnership {id: $id})
MATCH (other:Partnership)
WHERE other <> me AND point.distance(other.location, me.location) <= $radiusKm * 1000.0
  AND
#include fragments/valid-on(other)
WITH me, other, point.distance(other.location, me.location) / 1000.0 AS distanceKm
WITH other, distanceKm,
     COLLECT { MATCH (me)-[:WORKS_ON]->(t:Theme)<-[:WORKS_ON]-(other) WITH DISTINCT t RETURN t.name ORDER BY t.name } AS themesInCommon,
     COLLECT {
       MATCH (me)<-[mine:MEMBER_OF]-(party:Party)-[theirs:MEMBER_OF]->(other)
       WHERE
#include fragments/valid-on(mine)
         AND
#include fragments/valid-on(theirs)
       WITH DISTINCT party ORDER BY party.name, party.id
       RETURN party {.*}
     } AS partiesInCommon
RETURN other {.*} AS partnership, distanceKm, size(themesInCommon) AS sharedThemes, size(partiesInCommon) AS sharedParties,
       themesInCommon, partiesInCommon
ORDER BY sharedThemes DESC, distanceKm ASC, other.name ASC, other.id ASC
LIMIT $limit
