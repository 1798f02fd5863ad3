// Whether the database holds anything beyond the gazetteer.
OPTIONAL MATCH (n) WHERE NOT n:Municipality
WITH n LIMIT 1
RETURN n IS NOT NULL AS hasData
