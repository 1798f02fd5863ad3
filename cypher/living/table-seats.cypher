// A table's seats as the edit gives them: others leave.
MATCH (t:Table {id: $id})
CALL { WITH t MATCH (party:Party)-[s:SITS_AT]->(t) WHERE NOT party.id IN $seats DELETE s }
CALL { WITH t UNWIND $seats AS partyId MATCH (party:Party {id: partyId}) MERGE (party)-[:SITS_AT]->(t) }
