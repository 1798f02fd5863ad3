// A filtered, paged list of the partnerships valid on $asOf (DESIGN.md §9.3), with
// their networks and members of that date. Every filter is optional (null = any).
//
// The candidates come from the most selective filter given (municipalities,
// then networks, themes, provinces, phases; all partnerships when none of
// these is given), so the planner seeks an index instead of scanning every
// partnership. Only the chosen branch reads anything: the others UNWIND an
// empty list. The WHERE below skips the check its start already made.
CALL {
  UNWIND coalesce($municipalities, []) AS code
  MATCH (:Municipality {code: code})<-[:ACTIVE_IN]-(p:Partnership)
  RETURN DISTINCT p, 'municipalities' AS start
  UNION ALL
  UNWIND CASE WHEN $municipalities IS NULL THEN coalesce($networks, []) ELSE [] END AS key
  MATCH (:Network {key: key})<-[link:PART_OF]-(p:Partnership)
  WHERE
#include fragments/valid-on(link)
  RETURN DISTINCT p, 'networks' AS start
  UNION ALL
  UNWIND CASE WHEN $municipalities IS NULL AND $networks IS NULL THEN coalesce($themes, []) ELSE [] END AS name
  MATCH (:Theme {name: name})<-[:WORKS_ON]-(p:Partnership)
  RETURN DISTINCT p, 'themes' AS start
  UNION ALL
  UNWIND CASE WHEN $municipalities IS NULL AND $networks IS NULL AND $themes IS NULL
         THEN coalesce($provinces, []) ELSE [] END AS province
  MATCH (:Municipality {province: province})<-[:ACTIVE_IN]-(p:Partnership)
  RETURN DISTINCT p, 'provinces' AS start
  UNION ALL
  UNWIND CASE WHEN $municipalities IS NULL AND $networks IS NULL AND $themes IS NULL AND $provinces IS NULL
         THEN coalesce($phases, []) ELSE [] END AS phase
  MATCH (p:Partnership {phase: phase})
  RETURN p, 'phases' AS start
  UNION ALL
  UNWIND CASE WHEN $municipalities IS NULL AND $networks IS NULL AND $themes IS NULL AND $provinces IS NULL AND $phases IS NULL
         THEN [true] ELSE [] END AS everything
  MATCH (p:Partnership)
  RETURN p, 'everything' AS start
}
WITH p, start
WHERE
#include fragments/valid-on(p)
  AND (start = 'municipalities' OR $municipalities IS NULL
       OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(m:Municipality) WHERE m.code IN $municipalities })
  AND (start = 'networks' OR $networks IS NULL OR EXISTS { MATCH (p)-[link:PART_OF]->(n:Network) WHERE n.key IN $networks AND
#include fragments/valid-on(link)
       })
  AND (start = 'themes' OR $themes IS NULL OR EXISTS { MATCH (p)-[:WORKS_ON]->(t:Theme) WHERE t.name IN $themes })
  AND (start = 'provinces' OR $provinces IS NULL
       OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(m:Municipality) WHERE m.province IN $provinces })
  AND (start = 'phases' OR $phases IS NULL OR p.phase IN $phases)
  AND ($regions IS NULL OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(:Municipality)-[:IN_REGION]->(rg:Region) WHERE rg.code IN $regions })
  AND ($domains IS NULL OR EXISTS { MATCH (p)<-[member:MEMBER_OF]-(party:Party) WHERE party.domain IN $domains AND
#include fragments/valid-on(member)
       })
  AND ($text IS NULL OR toLower(p.name) CONTAINS $text OR toLower(coalesce(p.description, '')) CONTAINS $text)
  // PART_OF always ends at a Network, so the relationships count networks without reading them.
  AND ($minNetworks IS NULL OR COUNT { (p)-[link:PART_OF]->() WHERE
#include fragments/valid-on(link)
       } >= $minNetworks)
  AND ($missingDomains IS NULL OR any(d IN $missingDomains WHERE NOT EXISTS {
        MATCH (p)<-[member:MEMBER_OF]-(party:Party)
        WHERE (party.domain = d OR (d = 'financier' AND party.domain STARTS WITH 'financier-')) AND
#include fragments/valid-on(member)
        }))
WITH p ORDER BY p.name ASC, p.id ASC
WITH collect(p) AS matches
WITH size(matches) AS totalCount, matches[$offset..($offset + $first)] AS page
// The relations the GraphQL selection asks for ($include), per node, with the
// same rows as the cypher/loaders/partnership-* statements; null when not asked.
RETURN totalCount,
       [x IN page | x {.id, .name, .description, .startYear, .phase, .approach, .financing, .location, .locationDerived, .website, .source, .version, .validFrom, .validTo}] AS nodes,
       [x IN page | {
         networks: CASE WHEN $include.networks THEN [(x)-[link:PART_OF]->(n:Network) WHERE
#include fragments/valid-on(link)
           | n {.key, .name, .reportedCount}] END,
         members: CASE WHEN $include.members THEN [(party:Party)-[m:MEMBER_OF]->(x) WHERE
#include fragments/valid-on(m)
           | {role: m.role, validFrom: m.validFrom, validTo: m.validTo, party: party {.id, .name, .domain, .municipality}}] END,
         municipalities: CASE WHEN $include.municipalities THEN [(x)-[:ACTIVE_IN]->(m:Municipality) | m {.code, .name, .province, .location}] END,
         themes: CASE WHEN $include.themes THEN [(x)-[:WORKS_ON]->(t:Theme) | t.name] END,
         tables: CASE WHEN $include.tables
           THEN COLLECT { MATCH (x)-[:ACTIVE_IN]->(:Municipality)<-[:COVERS]-(t:Table) RETURN DISTINCT t {.id, .name, .level, .theme} } END,
         initiatives: CASE WHEN $include.initiatives THEN [(i:Initiative)-[:RUN_BY]->(x) | i {.id, .name, .scalingStatus}] END,
         domains: CASE WHEN $include.domains THEN [(party:Party)-[m:MEMBER_OF]->(x) WHERE
#include fragments/valid-on(m)
           | party.domain] END
       }] AS relations
