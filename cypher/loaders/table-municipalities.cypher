UNWIND $ids AS id
MATCH (t:Table {id: id})
RETURN id, [(t)-[:COVERS]->(m:Municipality) | m {.*}] AS items
