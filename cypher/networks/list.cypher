// All national networks with their number of partnerships in the database.
MATCH (n:Network)
RETURN n.key AS key,
       n.name AS name,
       n.reportedCount AS reportedCount,
       coalesce(n.version, 1) AS version,
       COUNT { (:Partnership)-[:PART_OF]->(n) } AS partnershipCount
ORDER BY key
