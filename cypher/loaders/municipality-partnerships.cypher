UNWIND $ids AS id
MATCH (m:Municipality {code: id})
RETURN id, [(p:Partnership)-[:ACTIVE_IN]->(m) | p {.*}] AS items
