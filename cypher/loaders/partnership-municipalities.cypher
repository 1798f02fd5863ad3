UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id, [(p)-[:ACTIVE_IN]->(m:Municipality) | m {.code, .name, .province, .location}] AS items
