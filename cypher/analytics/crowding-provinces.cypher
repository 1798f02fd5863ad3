// Crowding per province on $asOf, with the same definitions as per municipality: each
// partnership, network, table and party counted once per province.
MATCH (m:Municipality)
WITH m.province AS province, collect(m) AS ms
CALL (ms) {
  UNWIND ms AS m
  OPTIONAL MATCH (p:Partnership)-[:ACTIVE_IN]->(m)
  WHERE
#include fragments/valid-on(p)
  RETURN collect(DISTINCT p) AS ps
}
CALL (ms) { UNWIND ms AS m OPTIONAL MATCH (t:Table)-[:COVERS]->(m) RETURN collect(DISTINCT t) AS ts }
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)-[link:PART_OF]->(n:Network)
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
    MATCH (party:Party)-[link:MEMBER_OF]->(p)
    WHERE
#include fragments/valid-on(link)
    RETURN party
    UNION
    WITH ts
    UNWIND ts AS t
    MATCH (party:Party)-[link:SITS_AT]->(t)
    WHERE
#include fragments/valid-on(link)
    RETURN party
  }
  RETURN count(DISTINCT party) AS parties
}
WITH province, size(ms) AS municipalities, size(ps) AS partnerships, networks, size(ts) AS tables, parties
RETURN province, municipalities, partnerships, networks, tables, parties, partnerships + tables AS index
ORDER BY index DESC, province ASC
