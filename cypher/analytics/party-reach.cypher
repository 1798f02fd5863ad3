// Party reach (DESIGN.md §9.4) on $asOf: per party, the distinct partnerships it is a member of
// (those that pass the partnership filter; all when none is given), the networks those
// belong to and the municipalities they are active in. The parties that bridge networks
// come first: networks desc, then partnerships desc, then name (then id).
MATCH (party:Party)
OPTIONAL MATCH (party)-[member:MEMBER_OF]->(p:Partnership)
WHERE
#include fragments/valid-on(member)
AND
#include fragments/partnership-filter
WITH party, collect(DISTINCT p) AS ps
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)-[link:PART_OF]->(n:Network)
  WHERE
#include fragments/valid-on(link)
  RETURN count(DISTINCT n) AS networks
}
CALL (ps) { UNWIND ps AS p MATCH (p)-[:ACTIVE_IN]->(m:Municipality) RETURN count(DISTINCT m) AS municipalities }
WITH party, networks, size(ps) AS partnerships, municipalities
ORDER BY networks DESC, partnerships DESC, party.name ASC, party.id ASC
LIMIT $top
RETURN party {.*} AS party, networks, partnerships, municipalities
