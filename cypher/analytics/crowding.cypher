// Crowding per municipality (DESIGN.md §4) on $asOf (§9.3): partnerships valid then
// that are active in it, the networks they belonged to then, governance tables covering
// it, and the parties that were members of those partnerships or seated at those tables.
//
// Shaped for speed (bench/RESULTS.md, "As of a date"; tier L, 1 M memberships):
// - Each partnership's valid members and networks are listed once, then handed to every
//   municipality it is active in (about two each), instead of walking its members once per
//   municipality. Each table's seats likewise.
// - Reading the two dates of every membership walked was most of the extra cost (on 1 M
//   memberships about 370 ms). Instead the range indexes find the few records NOT valid on
//   $asOf (fragments/not-valid-on: some 50,000 memberships, 4,000-12,000 partnerships, up to
//   12,000 seats) and the walks leave out what is in those lists (about 150 ms per 1 M).
// - The per-municipality union of party lists is one distinct count per municipality.
// Against the statement as it was before dates (test/bench/cypher/undated-crowding), p50, as
// of today / 2021-12-31: 2.72x / 2.15x reading the dates where walked; 1.34x / 1.15x now. Tried
// and slower: per-partnership lists of gone members taken out by a list comprehension, the
// list test only on partnerships with a gone member, one row per party and municipality.
// The lists of records not valid are imported into the subquery rather than carried in rows:
// an eager step holding rows counts a list once per row against the transaction's memory.
// Labels are left off where the relationship type already fixes them (only a Partnership
// is ACTIVE_IN, only a Party is a MEMBER_OF or SITS_AT, ...).
CALL () {
  MATCH ()-[link:MEMBER_OF]->()
  WHERE
#include fragments/not-valid-on(link)
  RETURN collect(link) AS goneMembers
}
CALL () {
  MATCH ()-[link:SITS_AT]->()
  WHERE
#include fragments/not-valid-on(link)
  RETURN collect(link) AS goneSeats
}
CALL () {
  MATCH (p:Partnership)
  WHERE
#include fragments/not-valid-on(p)
  RETURN collect(p) AS goneP
}
// One row per partnership valid on $asOf and municipality it is active in, with its valid
// members and networks; one per table and municipality it covers, with its valid seats.
CALL (goneMembers, goneSeats, goneP) {
  MATCH (m:Municipality)
  WHERE $province IS NULL OR m.province = $province
  MATCH (m)<-[:ACTIVE_IN]-(p)
  WHERE NOT p IN goneP
  WITH p, collect(m) AS ms
  WITH p, ms,
       COLLECT { MATCH (p)<-[link:MEMBER_OF]-(party) WHERE NOT link IN goneMembers RETURN party } AS members,
       COLLECT { MATCH (p)-[link:PART_OF]->(n) WHERE
#include fragments/valid-on(link)
         RETURN n } AS networks
  UNWIND ms AS m
  RETURN m, 1 AS partnership, 0 AS table, members AS parties, networks
  UNION ALL
  MATCH (m:Municipality)
  WHERE $province IS NULL OR m.province = $province
  MATCH (m)<-[:COVERS]-(t)
  WITH t, collect(m) AS ms
  WITH t, ms, COLLECT { MATCH (t)<-[link:SITS_AT]-(party) WHERE NOT link IN goneSeats RETURN party } AS seated
  UNWIND ms AS m
  RETURN m, 0 AS partnership, 1 AS table, seated AS parties, [] AS networks
  UNION ALL
  // Every municipality has a row, also one without partnerships or tables.
  MATCH (m:Municipality)
  WHERE $province IS NULL OR m.province = $province
  RETURN m, 0 AS partnership, 0 AS table, [] AS parties, [] AS networks
}
WITH m, sum(partnership) AS partnerships, sum(table) AS tables, collect(parties) AS partyLists, collect(networks) AS networkLists
CALL (partyLists) {
  UNWIND partyLists AS list
  UNWIND list AS party
  RETURN count(DISTINCT party) AS parties
}
CALL (networkLists) {
  UNWIND networkLists AS list
  UNWIND list AS n
  RETURN count(DISTINCT n) AS networks
}
WITH m, partnerships, networks, tables, parties
RETURN m.code AS code, m.name AS name, m.province AS province, m.location AS location,
       partnerships, networks, tables, parties, partnerships + tables AS index
ORDER BY index DESC, code ASC
LIMIT $top
