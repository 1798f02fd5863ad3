// The regions (DESIGN.md §9.1) with their municipalities: each row
// {type, code, name, municipalities: [CBS code]}. A region's memberships are
// replaced, so a new division moves municipalities instead of adding to them.
UNWIND $rows AS row
MERGE (r:Region {code: row.code})
SET r.type = row.type, r.name = row.name
WITH r, row
CALL (r) {
  MATCH (r)<-[old:IN_REGION]-()
  DELETE old
}
CALL (r, row) {
  UNWIND row.municipalities AS code
  MATCH (m:Municipality {code: code})
  CREATE (m)-[:IN_REGION]->(r)
}
