// All governance tables, by name, for the tables views.
MATCH (t:Table)
RETURN t {.*} AS table
ORDER BY t.name, t.id
LIMIT $limit
