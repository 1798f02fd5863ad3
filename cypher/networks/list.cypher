// All national networks with their number of partnerships on $asOf (DESIGN.md §9.3):
// partnerships valid then whose membership of the network was valid then.
// Counted from each network's side (walking a network's PART_OF is cheap: it is a dense node),
// leaving out the partnerships not valid on $asOf, which the range index finds
// (fragments/not-valid-on), and then the few dated network entries not valid on $asOf.
// Measured at tier L against the statement before dates (bench/RESULTS.md), p50 as of today /
// 2021-12-31: 1.05x / 1.43x (12,000 partnerships had not started then). Taking the partnerships
// not valid off the degree instead walked each one's relationships: 1.01x / 2.44x; reading every
// entry's and partnership's dates: 4-5x.
CALL () {
  MATCH (p:Partnership)
  WHERE
#include fragments/not-valid-on(p)
  RETURN collect(p) AS goneP
}
// Network entries not valid on $asOf of partnerships that are: one network per entry.
CALL (goneP) {
  MATCH (p)-[link:PART_OF]->(n)
  WHERE
#include fragments/not-valid-on(link)
    AND NOT p IN goneP
  RETURN collect(n) AS goneLinks
}
MATCH (n:Network)
RETURN n.key AS key,
       n.name AS name,
       n.reportedCount AS reportedCount,
       coalesce(n.version, 1) AS version,
       COUNT { (n)<-[:PART_OF]-(p) WHERE NOT p IN goneP } - size([x IN goneLinks WHERE x = n]) AS partnershipCount
ORDER BY key
