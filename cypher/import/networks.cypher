UNWIND $rows AS row
MERGE (n:Network {key: row.key})
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
