UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id, [(p)-[:PART_OF]->(n:Network) | n {.key, .name, .reportedCount}] AS items
