// The statement as it was before records had dates (DESIGN.md §9.3): the baseline an as-of
// statement is measured against (test/bench/scenarios/time-bench.ts). Not run by the server.
// All national networks with their number of partnerships in the database.
MATCH (n:Network)
RETURN n.key AS key,
       n.name AS name,
       n.reportedCount AS reportedCount,
       coalesce(n.version, 1) AS version,
       COUNT { (:Partnership)-[:PART_OF]->(n) } AS partnershipCount
ORDER BY key
