// For the UpSet plot, basis PARTNERSHIPS: each element's exact combination of
// networks, counted. Elements in no network are left out.
MATCH (element:Partnership)-[:PART_OF]->(n:Network)
WITH element, n.key AS key ORDER BY key
WITH element, collect(DISTINCT key) AS networks
RETURN networks, count(*) AS exclusive
ORDER BY exclusive DESC, networks
