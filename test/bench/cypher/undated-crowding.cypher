// The statement as it was before records had dates (DESIGN.md §9.3): the baseline an as-of
// statement is measured against (test/bench/scenarios/time-bench.ts). Not run by the server.
// Crowding per municipality (DESIGN.md §4): partnerships active in it, the
// networks those belong to, governance tables covering it, and the parties that
// are members of those partnerships or sit at those tables.
// Labels are left off where the relationship type already fixes them (only a
// Partnership is ACTIVE_IN, only a Party is a MEMBER_OF or SITS_AT, ...): each
// label test is a read per row, and the member rows are the bulk of the work.
MATCH (m:Municipality)
WHERE $province IS NULL OR m.province = $province
CALL { WITH m MATCH (m)<-[:ACTIVE_IN]-(p) RETURN collect(p) AS ps }
CALL { WITH m MATCH (m)<-[:COVERS]-(t) RETURN collect(t) AS ts }
CALL { WITH ps UNWIND ps AS p MATCH (p)-[:PART_OF]->(n) RETURN count(DISTINCT n) AS networks }
CALL {
  WITH ps, ts
  // UNION keeps each party once.
  CALL {
    WITH ps UNWIND ps AS p MATCH (p)<-[:MEMBER_OF]-(party) RETURN party
    UNION
    WITH ts UNWIND ts AS t MATCH (t)<-[:SITS_AT]-(party) RETURN party
  }
  RETURN count(party) AS parties
}
WITH m, size(ps) AS partnerships, networks, size(ts) AS tables, parties
RETURN m.code AS code, m.name AS name, m.province AS province, m.location AS location,
       partnerships, networks, tables, parties, partnerships + tables AS index
ORDER BY index DESC, code ASC
LIMIT $top
