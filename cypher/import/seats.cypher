UNWIND $rows AS row
MATCH (party:Party {id: row.partyId})
MATCH (t:Table {id: row.tableId})
MERGE (party)-[:SITS_AT]->(t)
