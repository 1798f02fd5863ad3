// Party load (DESIGN.md §4): partnerships a party is a member of plus tables it sits at.
MATCH (p:Party)
WITH p,
     COUNT { MATCH (p)-[:MEMBER_OF]->(x:Partnership) RETURN DISTINCT x } AS partnerships,
     COUNT { MATCH (p)-[:SITS_AT]->(t:Table) RETURN DISTINCT t } AS tables
WITH p, partnerships, tables, partnerships + tables AS load
ORDER BY load DESC, p.name ASC, p.id ASC
LIMIT $top
RETURN p {.*} AS party, partnerships, tables, load
