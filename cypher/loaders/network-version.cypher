// The version of each Network, by key (records written before versions existed are version 1).
MATCH (n:Network) WHERE n.key IN $ids
RETURN n.key AS id, [coalesce(n.version, 1)] AS items
