UNWIND $ids AS id
MATCH (n:Network {key: id})
RETURN id, [COUNT { (:Partnership)-[:PART_OF]->(n) }] AS items
