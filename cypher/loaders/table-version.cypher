// The version of each Table (records written before versions existed are version 1).
MATCH (n:Table) WHERE n.id IN $ids
RETURN n.id AS id, [coalesce(n.version, 1)] AS items
