// Ids already in the database, which an import that merges may refer to.
CALL { MATCH (n:Network) RETURN collect(n.key) AS networks }
CALL { MATCH (p:Party) RETURN collect(p.id) AS parties }
CALL { MATCH (p:Partnership) RETURN collect(p.id) AS partnerships }
CALL { MATCH (t:Table) RETURN collect(t.id) AS tables }
RETURN networks, parties, partnerships, tables
