UNWIND $ids AS id
MATCH (t:Table {id: id})
RETURN id, [(t)-[:CONVENED_BY]->(p:Party) | p {.*}] AS items
