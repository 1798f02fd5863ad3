UNWIND $ids AS id
MATCH (m:Municipality {code: id})
RETURN id, [(t:Table)-[:COVERS]->(m) | t {.*}] AS items
