// All national networks with their number of partnerships on $asOf (DESIGN.md §9.3):
// partnerships valid then whose membership of the network was valid then. Counted as the
// network's PART_OF degree (only partnerships are PART_OF a network) less the entries not
// valid on $asOf, which the range indexes find (fragments/not-valid-on).
CALL () {
  CALL () {
    MATCH (p:Partnership)-[link:PART_OF]->(n)
    WHERE
#include fragments/not-valid-on(p)
    RETURN link, n
    UNION
    MATCH ()-[link:PART_OF]->(n)
    WHERE
#include fragments/not-valid-on(link)
    RETURN link, n
  }
  WITH n, count(link) AS gone
  RETURN collect({key: n.key, gone: gone}) AS less
}
MATCH (n:Network)
RETURN n.key AS key,
       n.name AS name,
       n.reportedCount AS reportedCount,
       coalesce(n.version, 1) AS version,
       COUNT { (n)<-[:PART_OF]-() } - coalesce([x IN less WHERE x.key = n.key][0].gone, 0) AS partnershipCount
ORDER BY key
