// The partnership filter (PartnershipFilter, server/src/partnerships/partnership.service.ts
// filterParams): a predicate on `p`, true when p passes every filter given (null = any).
// Statements include it after a WHERE (cypher/index.ts expands it); one more filter is
// one more line here and one more parameter in filterParams.
($networks IS NULL OR EXISTS { MATCH (p)-[:PART_OF]->(net:Network) WHERE net.key IN $networks })
AND ($themes IS NULL OR EXISTS { MATCH (p)-[:WORKS_ON]->(th:Theme) WHERE th.name IN $themes })
AND ($phases IS NULL OR p.phase IN $phases)
AND ($domains IS NULL OR EXISTS { MATCH (p)<-[:MEMBER_OF]-(member:Party) WHERE member.domain IN $domains })
AND ($provinces IS NULL OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(gm:Municipality) WHERE gm.province IN $provinces })
AND ($municipalities IS NULL OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(gm:Municipality) WHERE gm.code IN $municipalities })
AND ($text IS NULL OR toLower(p.name) CONTAINS $text OR toLower(coalesce(p.description, '')) CONTAINS $text)
// PART_OF always ends at a Network, so the degree counts networks without reading them.
AND ($minNetworks IS NULL OR COUNT { (p)-[:PART_OF]->() } >= $minNetworks)
AND ($missingDomains IS NULL OR any(d IN $missingDomains WHERE NOT EXISTS {
      MATCH (p)<-[:MEMBER_OF]-(member:Party)
      WHERE member.domain = d OR (d = 'financier' AND member.domain STARTS WITH 'financier-') }))
