MATCH (party:Party)-[seat:SITS_AT]->(t:Table)
RETURN t.id AS table_id, party.id AS party_id, seat.validFrom AS valid_from, seat.validTo AS valid_to
ORDER BY table_id, party_id
