MATCH (t:Table)
RETURN t.id AS id, t.name AS name, t.level AS level, t.theme AS theme,
       [(t)-[:COVERS]->(m:Municipality) | m.code] AS municipalities,
       head([(t)-[:CONVENED_BY]->(c:Party) | c.id]) AS convened_by
ORDER BY id
