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
CALL {
  WITH ps, ts
  // One walk over each partnership's relationships finds both its networks and its
  // members; UNION keeps each network and each party once.
  CALL {
    WITH ps UNWIND ps AS p MATCH (p)-[r:PART_OF|MEMBER_OF]-(x) RETURN x, type(r) = 'PART_OF' AS isNetwork
    UNION
    WITH ts UNWIND ts AS t MATCH (t)<-[:SITS_AT]-(x) RETURN x, false AS isNetwork
  }
  RETURN count(CASE WHEN isNetwork THEN 1 END) AS networks, count(CASE WHEN NOT isNetwork THEN 1 END) AS parties
}
WITH m, size(ps) AS partnerships, networks, size(ts) AS tables, parties
RETURN m.code AS code, m.name AS name, m.province AS province, m.location AS location,
       partnerships, networks, tables, parties, partnerships + tables AS index
ORDER BY index DESC, code ASC
LIMIT $top
