UNWIND $rows AS row
MERGE (p:Party {id: row.id})
// A new record starts at version 1; a changed one goes up by one (optimistic concurrency).
SET p.version = CASE WHEN p.version IS NULL THEN 1 WHEN row.changed THEN p.version + 1 ELSE p.version END
SET p.name = row.name,
    p.domain = row.domain,
    p.municipality = row.municipality
