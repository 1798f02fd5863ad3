MATCH (p:Party)
RETURN p.id AS id, p.name AS name, p.domain AS domain, p.municipality AS municipality
ORDER BY id
