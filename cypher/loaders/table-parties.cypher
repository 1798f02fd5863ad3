UNWIND $ids AS id
MATCH (t:Table {id: id})
RETURN id, [(party:Party)-[:SITS_AT]->(t) | party {.*}] AS items
