UNWIND $rows AS row
MERGE (p:Party {id: row.id})
SET p.name = row.name,
    p.domain = row.domain,
    p.municipality = row.municipality
