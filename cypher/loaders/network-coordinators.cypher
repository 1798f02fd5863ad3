UNWIND $ids AS id
MATCH (n:Network {key: id})
RETURN id, [(n)-[:COORDINATED_BY]->(p:Party) | p {.*}] AS items
