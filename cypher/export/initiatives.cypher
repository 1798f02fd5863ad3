MATCH (i:Initiative)-[:RUN_BY]->(p:Partnership)
RETURN i.id AS id, i.name AS name, p.id AS partnership_id, i.scalingStatus AS scaling_status
ORDER BY id
