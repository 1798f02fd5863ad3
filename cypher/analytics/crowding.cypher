// Crowding per municipality (DESIGN.md §4) on $asOf (§9.3): partnerships valid then
// that are active in it, the networks they belonged to then, governance tables covering
// it, and the parties that were members of those partnerships or seated at those tables.
// Every membership is checked where it is walked: taking back the few records not valid
// on $asOf instead (as party-load.cypher does) needs a count per party and municipality,
// which costs more here than reading the dates (measured: bench/RESULTS.md, time).
// Labels are left off where the relationship type already fixes them (only a
// Partnership is ACTIVE_IN, only a Party is a MEMBER_OF or SITS_AT, ...): each
// label test is a read per row, and the member rows are the bulk of the work.
MATCH (m:Municipality)
WHERE $province IS NULL OR m.province = $province
CALL (m) {
  MATCH (m)<-[:ACTIVE_IN]-(p)
  WHERE
#include fragments/valid-on(p)
  RETURN collect(p) AS ps
}
CALL (m) { MATCH (m)<-[:COVERS]-(t) RETURN collect(t) AS ts }
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
WITH m, size(ps) AS partnerships, networks, size(ts) AS tables, parties
RETURN m.code AS code, m.name AS name, m.province AS province, m.location AS location,
       partnerships, networks, tables, parties, partnerships + tables AS index
ORDER BY index DESC, code ASC
LIMIT $top
