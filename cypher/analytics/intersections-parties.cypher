// For the UpSet plot, basis PARTIES: each element's exact combination of
// networks, counted, over the partnerships that pass the partnership filter (all of
// them when no filter is given). Elements in no network are left out.
MATCH (p:Partnership)
WHERE
#include fragments/partnership-filter
MATCH (element:Party)-[member:MEMBER_OF]->(p)-[link:PART_OF]->(n:Network)
WHERE
#include fragments/valid-on(member)
AND
#include fragments/valid-on(link)
WITH element, n.key AS key ORDER BY key
WITH element, collect(DISTINCT key) AS networks
RETURN networks, count(*) AS exclusive
ORDER BY exclusive DESC, networks
