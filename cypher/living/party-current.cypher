// A party as its edit form knows it (the version write takes the record's lock, see partnership-current).
MATCH (p:Party {id: $id})
SET p.version = coalesce(p.version, 1)
RETURN p.id AS id, p.version AS version, p.name AS name, p.domain AS domain, p.municipality AS municipality
