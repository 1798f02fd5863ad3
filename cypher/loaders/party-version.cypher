// The version of each Party (records written before versions existed are version 1).
MATCH (n:Party) WHERE n.id IN $ids
RETURN n.id AS id, [coalesce(n.version, 1)] AS items
