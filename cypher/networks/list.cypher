// All national networks with their number of partnerships on $asOf (DESIGN.md §9.3):
// partnerships valid then whose membership of the network was valid then.
MATCH (n:Network)
RETURN n.key AS key,
       n.name AS name,
       n.reportedCount AS reportedCount,
       coalesce(n.version, 1) AS version,
       COUNT { (p:Partnership)-[link:PART_OF]->(n) WHERE
#include fragments/valid-on(link)
         AND
#include fragments/valid-on(p)
       } AS partnershipCount
ORDER BY key
