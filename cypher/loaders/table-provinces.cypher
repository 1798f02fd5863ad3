UNWIND $ids AS id
MATCH (t:Table {id: id})
RETURN id, COLLECT { MATCH (t)-[:COVERS]->(m:Municipality) RETURN DISTINCT m.province AS province ORDER BY province } AS items
