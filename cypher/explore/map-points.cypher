// Partnerships with a location, as light points for the map, with the same
// optional filters as the partnerships list.
MATCH (p:Partnership)
WHERE p.location IS NOT NULL
  AND ($networks IS NULL OR EXISTS { MATCH (p)-[:PART_OF]->(n:Network) WHERE n.key IN $networks })
  AND ($themes IS NULL OR EXISTS { MATCH (p)-[:WORKS_ON]->(t:Theme) WHERE t.name IN $themes })
  AND ($phases IS NULL OR p.phase IN $phases)
  AND ($domains IS NULL OR EXISTS { MATCH (p)<-[:MEMBER_OF]-(party:Party) WHERE party.domain IN $domains })
  AND ($provinces IS NULL OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(m:Municipality) WHERE m.province IN $provinces })
  AND ($municipalities IS NULL OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(m:Municipality) WHERE m.code IN $municipalities })
  AND ($regions IS NULL OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(:Municipality)-[:IN_REGION]->(rg:Region) WHERE rg.code IN $regions })
  AND ($text IS NULL OR toLower(p.name) CONTAINS $text OR toLower(coalesce(p.description, '')) CONTAINS $text)
  AND ($minNetworks IS NULL OR COUNT { (p)-[:PART_OF]->(:Network) } >= $minNetworks)
  AND ($missingDomains IS NULL OR any(d IN $missingDomains WHERE NOT EXISTS {
        MATCH (p)<-[:MEMBER_OF]-(party:Party)
        WHERE party.domain = d OR (d = 'financier' AND party.domain STARTS WITH 'financier-') }))
RETURN p.id AS id, p.name AS name, p.location.latitude AS lat, p.location.longitude AS lon, p.phase AS phase,
       [(p)-[:PART_OF]->(n:Network) | n.key] AS networks
ORDER BY id
LIMIT $limit
