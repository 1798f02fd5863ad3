UNWIND $rows AS row
MATCH (party:Party {id: row.partyId})
MATCH (t:Table {id: row.tableId})
MERGE (party)-[seat:SITS_AT]->(t)
SET seat.validFrom = date(row.validFrom), seat.validTo = date(row.validTo)
