// Crowding per province, with the same definitions as per municipality: each
// partnership, network, table and party counted once per province.
MATCH (m:Municipality)
WITH m.province AS province, collect(m) AS ms
CALL { WITH ms UNWIND ms AS m OPTIONAL MATCH (p:Partnership)-[:ACTIVE_IN]->(m) RETURN collect(DISTINCT p) AS ps }
CALL { WITH ms UNWIND ms AS m OPTIONAL MATCH (t:Table)-[:COVERS]->(m) RETURN collect(DISTINCT t) AS ts }
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
WITH province, size(ms) AS municipalities, size(ps) AS partnerships, networks, size(ts) AS tables, parties
RETURN province, municipalities, partnerships, networks, tables, parties, partnerships + tables AS index
ORDER BY index DESC, province ASC
