// Partnerships with a location, as light points for the map, with the same
// optional filters as the partnerships list (on $asOf, DESIGN.md §9.3): only the
// partnerships valid then, each with the networks it belonged to then.
MATCH (p:Partnership)
WHERE p.location IS NOT NULL
  AND
#include fragments/partnership-filter
RETURN p.id AS id, p.name AS name, p.location.latitude AS lat, p.location.longitude AS lon, p.phase AS phase,
       [(p)-[link:PART_OF]->(n:Network) WHERE
#include fragments/valid-on(link)
        | n.key] AS networks
ORDER BY id
LIMIT $limit
