MATCH (party:Party)-[:SITS_AT]->(t:Table)
RETURN t.id AS table_id, party.id AS party_id
ORDER BY table_id, party_id
