UNWIND $rows AS row
MERGE (p:Partnership {id: row.id})
// A new record starts at version 1; a changed one goes up by one (optimistic concurrency).
SET p.version = CASE WHEN p.version IS NULL THEN 1 WHEN row.changed THEN p.version + 1 ELSE p.version END
SET p.name = row.name,
    p.description = row.description,
    p.startYear = row.startYear,
    p.phase = row.phase,
    p.approach = row.approach,
    p.financing = row.financing,
    p.website = row.website,
    p.source = row.source,
    p.location = CASE WHEN row.lat IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END,
    p.locationDerived = row.locationDerived
WITH p, row
CALL { WITH p MATCH (p)-[old:PART_OF|ACTIVE_IN|WORKS_ON]->() DELETE old }
CALL { WITH p, row UNWIND row.networks AS key MATCH (n:Network {key: key}) MERGE (p)-[:PART_OF]->(n) }
CALL { WITH p, row UNWIND row.municipalities AS code MATCH (m:Municipality {code: code}) MERGE (p)-[:ACTIVE_IN]->(m) }
CALL { WITH p, row UNWIND row.themes AS name MERGE (t:Theme {name: name}) MERGE (p)-[:WORKS_ON]->(t) }
