UNWIND $ids AS id
MATCH (party:Party {id: id})
RETURN id, [(party)-[:MEMBER_OF]->(p:Partnership) | p {.*}] AS items
