UNWIND $ids AS id
MATCH (party:Party {id: id})
RETURN id, [(party)-[:SITS_AT]->(t:Table) | t {.*}] AS items
