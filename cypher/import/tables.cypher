UNWIND $rows AS row
MERGE (t:Table {id: row.id})
// A new record starts at version 1; a changed one goes up by one (optimistic concurrency).
SET t.version = CASE WHEN t.version IS NULL THEN 1 WHEN row.changed THEN t.version + 1 ELSE t.version END
SET t.name = row.name,
    t.level = row.level,
    t.theme = row.theme
WITH t, row
CALL { WITH t MATCH (t)-[old:COVERS|CONVENED_BY]->() DELETE old }
CALL { WITH t, row UNWIND row.municipalities AS code MATCH (m:Municipality {code: code}) MERGE (t)-[:COVERS]->(m) }
CALL {
  WITH t, row
  MATCH (c:Party {id: row.convenedBy})
  MERGE (t)-[:CONVENED_BY]->(c)
}
