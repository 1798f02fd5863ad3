// The version of each Partnership (records written before versions existed are version 1).
MATCH (n:Partnership) WHERE n.id IN $ids
RETURN n.id AS id, [coalesce(n.version, 1)] AS items
