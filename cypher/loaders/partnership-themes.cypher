UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id, [(p)-[:WORKS_ON]->(t:Theme) | t.name] AS items
