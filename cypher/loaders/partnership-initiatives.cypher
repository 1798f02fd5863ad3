UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id, [(i:Initiative)-[:RUN_BY]->(p) | i {.id, .name, .scalingStatus}] AS items
