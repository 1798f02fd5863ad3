// A table as its edit form knows it (the version write takes the record's lock, see partnership-current).
MATCH (t:Table {id: $id})
SET t.version = coalesce(t.version, 1)
RETURN t.id AS id, t.version AS version, t.name AS name, t.level AS level, t.theme AS theme,
       [(t)-[:COVERS]->(m:Municipality) | m.code] AS municipalities,
       [(t)-[:CONVENED_BY]->(c:Party) | c.id][0] AS convenedBy,
       [(s:Party)-[:SITS_AT]->(t) | s.id] AS seats,
       [(s:Party)-[seat:SITS_AT]->(t) WHERE seat.validFrom IS NOT NULL OR seat.validTo IS NOT NULL
         | {partyId: s.id, validFrom: seat.validFrom, validTo: seat.validTo}] AS seatDates
