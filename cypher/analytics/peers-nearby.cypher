// Peers nearby (DESIGN.md §4): other partnerships within $radiusKm of this
// one's location (great-circle, point.distance), with shared themes and parties.
MATCH (me:Partnership {id: $id})
MATCH (other:Partnership)
WHERE other <> me AND point.distance(other.location, me.location) <= $radiusKm * 1000.0
WITH me, other, point.distance(other.location, me.location) / 1000.0 AS distanceKm
WITH other, distanceKm,
     COUNT { MATCH (me)-[:WORKS_ON]->(t:Theme)<-[:WORKS_ON]-(other) RETURN DISTINCT t } AS sharedThemes,
     COUNT { MATCH (me)<-[:MEMBER_OF]-(party:Party)-[:MEMBER_OF]->(other) RETURN DISTINCT party } AS sharedParties
RETURN other {.*} AS partnership, distanceKm, sharedThemes, sharedParties
ORDER BY sharedThemes DESC, distanceKm ASC, other.name ASC, other.id ASC
LIMIT $limit
