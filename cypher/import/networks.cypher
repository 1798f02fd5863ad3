UNWIND $rows AS row
MERGE (n:Network {key: row.key})
// A new record starts at version 1; a changed one goes up by one (optimistic concurrency).
SET n.version = CASE WHEN n.version IS NULL THEN 1 WHEN row.changed THEN n.version + 1 ELSE n.version END
SET n.name = row.name,
    n.reportedCount = row.reportedCount
WITH n, row
CALL { WITH n MATCH (n)-[old:COORDINATED_BY]->() DELETE old }
CALL {
  WITH n, row
  UNWIND row.coordinators AS partyId
  MATCH (p:Party {id: partyId})
  MERGE (n)-[:COORDINATED_BY]->(p)
}
