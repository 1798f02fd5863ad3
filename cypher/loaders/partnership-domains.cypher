UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id, [(party:Party)-[:MEMBER_OF]->(p) | party.domain] AS items
