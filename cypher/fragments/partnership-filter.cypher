// The partnership filter (PartnershipFilter, server/src/partnerships/partnership.service.ts
// filterParams): a predicate on `p`, true when p is valid on $asOf and passes every filter
// given (null = any). Networks and members count as they were on $asOf too.
// Statements include it after a WHERE (cypher/index.ts expands it); one more filter is
// one more line here and one more parameter in filterParams. Its own variables (filter…,
// netLink, memberLink) are not for the statements that include it: one bound before would
// be the same variable inside it.
#include fragments/valid-on(p)
AND ($networks IS NULL OR EXISTS { MATCH (p)-[netLink:PART_OF]->(filterNetwork:Network) WHERE filterNetwork.key IN $networks AND
#include fragments/valid-on(netLink)
})
AND ($themes IS NULL OR EXISTS { MATCH (p)-[:WORKS_ON]->(filterTheme:Theme) WHERE filterTheme.name IN $themes })
AND ($phases IS NULL OR p.phase IN $phases)
AND ($domains IS NULL OR EXISTS { MATCH (p)<-[memberLink:MEMBER_OF]-(filterMember:Party) WHERE filterMember.domain IN $domains AND
#include fragments/valid-on(memberLink)
})
AND ($provinces IS NULL OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(filterPlace:Municipality) WHERE filterPlace.province IN $provinces })
AND ($municipalities IS NULL OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(filterPlace:Municipality) WHERE filterPlace.code IN $municipalities })
AND ($regions IS NULL OR EXISTS { MATCH (p)-[:ACTIVE_IN]->(:Municipality)-[:IN_REGION]->(filterRegion:Region) WHERE filterRegion.code IN $regions })
AND ($text IS NULL OR toLower(p.name) CONTAINS $text OR toLower(coalesce(p.description, '')) CONTAINS $text)
// PART_OF always ends at a Network, so the relationships are counted without reading the networks.
AND ($minNetworks IS NULL OR COUNT { (p)-[netLink:PART_OF]->() WHERE
#include fragments/valid-on(netLink)
} >= $minNetworks)
AND ($missingDomains IS NULL OR any(d IN $missingDomains WHERE NOT EXISTS {
      MATCH (p)<-[memberLink:MEMBER_OF]-(filterMember:Party)
      WHERE (filterMember.domain = d OR (d = 'financier' AND filterMember.domain STARTS WITH 'financier-')) AND
#include fragments/valid-on(memberLink)
      }))
