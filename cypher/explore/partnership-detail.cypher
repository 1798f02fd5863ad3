// One partnership with the relations the GraphQL selection asks for ($include),
// in one round trip: its networks and members (and so its member domains) as they
// were on $asOf (DESIGN.md §9.3). Each relation has the same rows as its
// cypher/loaders/partnership-* statement; null (and not read) when not asked.
MATCH (p:Partnership {id: $id})
RETURN p {.id, .name, .description, .startYear, .phase, .approach, .financing, .location, .locationDerived, .website, .source, .version, .validFrom, .validTo}
       AS partnership, {
  networks: CASE WHEN $include.networks THEN [(p)-[link:PART_OF]->(n:Network) WHERE
#include fragments/valid-on(link)
    | n {.key, .name, .reportedCount}] END,
  members: CASE WHEN $include.members THEN [(party:Party)-[m:MEMBER_OF]->(p) WHERE
#include fragments/valid-on(m)
    | {role: m.role, validFrom: m.validFrom, validTo: m.validTo, party: party {.id, .name, .domain, .municipality}}] END,
  municipalities: CASE WHEN $include.municipalities THEN [(p)-[:ACTIVE_IN]->(m:Municipality) | m {.code, .name, .province, .location}] END,
  themes: CASE WHEN $include.themes THEN [(p)-[:WORKS_ON]->(t:Theme) | t.name] END,
  tables: CASE WHEN $include.tables
    THEN COLLECT { MATCH (p)-[:ACTIVE_IN]->(:Municipality)<-[:COVERS]-(t:Table) RETURN DISTINCT t {.id, .name, .level, .theme} } END,
  initiatives: CASE WHEN $include.initiatives THEN [(i:Initiative)-[:RUN_BY]->(p) | i {.id, .name, .scalingStatus}] END,
  domains: CASE WHEN $include.domains THEN [(party:Party)-[m:MEMBER_OF]->(p) WHERE
#include fragments/valid-on(m)
    | party.domain] END
} AS relations
