MATCH (n:Network)
RETURN n.key AS key, n.name AS name, n.reportedCount AS reported_count,
       [(n)-[:COORDINATED_BY]->(p:Party) | p.id] AS coordinators
ORDER BY key
