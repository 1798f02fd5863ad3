// Used by tests: stored names of some parties.
MATCH (p:Party) WHERE p.id IN $ids
RETURN p.id AS id, p.name AS name
ORDER BY id
