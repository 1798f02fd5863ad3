// Crowding per municipality (DESIGN.md §4): partnerships active in it, the
// networks those belong to, governance tables covering it, and the parties that
// are members of those partnerships or sit at those tables.
MATCH (m:Municipality)
CALL { WITH m OPTIONAL MATCH (p:Partnership)-[:ACTIVE_IN]->(m) RETURN collect(DISTINCT p) AS ps }
CALL { WITH m OPTIONAL MATCH (t:Table)-[:COVERS]->(m) RETURN collect(DISTINCT t) AS ts }
CALL { WITH ps UNWIND ps AS p MATCH (p)-[:PART_OF]->(n:Network) RETURN count(DISTINCT n) AS networks }
CALL {
  WITH ps, ts
  CALL {
    WITH ps UNWIND ps AS p MATCH (party:Party)-[:MEMBER_OF]->(p) RETURN party
    UNION
    WITH ts UNWIND ts AS t MATCH (party:Party)-[:SITS_AT]->(t) RETURN party
  }
  RETURN count(DISTINCT party) AS parties
}
WITH m, size(ps) AS partnerships, networks, size(ts) AS tables, parties
WHERE $province IS NULL OR m.province = $province
RETURN m.code AS code, m.name AS name, m.province AS province, m.location AS location,
       partnerships, networks, tables, parties, partnerships + tables AS index
ORDER BY index DESC, code ASC
LIMIT $top
