// A filtered, paged list of partnerships. Every filter is optional (null = any).
MATCH (p:Partnership)
WHERE ($networks IS NULL OR EXISTS { MATCH (p)-[:PART_OF]->(n:Network) WHERE n.key IN $networks })
  AND ($themes IS NULL OR EXISTS { MATCH (p)-[:WORKS_ON]->(t:Theme) WHERE t.name IN $themes })
  AND ($phases IS NULL OR p.phase IN $phases)
  AND ($domains IS NULL OR EXISTS { MATCH (p)<-[:MEMBER_OF]-(party:Party) WHERE party.domain IN $domains })
  AND ($provinces IS NULL OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(m:Municipality) WHERE m.province IN $provinces })
  AND ($municipalities IS NULL OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(m:Municipality) WHERE m.code IN $municipalities })
  AND ($text IS NULL OR toLower(p.name) CONTAINS $text OR toLower(coalesce(p.description, '')) CONTAINS $text)
  AND ($minNetworks IS NULL OR COUNT { (p)-[:PART_OF]->(:Network) } >= $minNetworks)
  AND ($missingDomains IS NULL OR any(d IN $missingDomains WHERE NOT EXISTS {
        MATCH (p)<-[:MEMBER_OF]-(party:Party)
        WHERE party.domain = d OR (d = 'financier' AND party.domain STARTS WITH 'financier-') }))
WITH p ORDER BY p.name ASC, p.id ASC
WITH collect(p) AS matches
RETURN size(matches) AS totalCount,
       [x IN matches[$offset..($offset + $first)] | x {.*}] AS nodes
