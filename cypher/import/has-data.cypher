// Whether the database holds data beyond the gazetteer (users, sessions and
// the history do not count).
OPTIONAL MATCH (n) WHERE n:Network OR n:Partnership OR n:Party OR n:Table
WITH n LIMIT 1
RETURN n IS NOT NULL AS hasData
