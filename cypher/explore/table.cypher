MATCH (t:Table {id: $id})
RETURN t {.*} AS table
