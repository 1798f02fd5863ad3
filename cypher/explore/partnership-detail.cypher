// One partnership with the relations the GraphQL selection asks for ($include),
// in one round trip. Each relation has the same rows as its
// cypher/loaders/partnership-* statement; null (and not read) when not asked.
MATCH (p:Partnership {id: $id})
RETURN p {.id, .name, .description, .startYear, .phase, .approach, .financing, .location, .locationDerived, .website, .source, .version, .validFrom, .validTo}
       AS partnership, {
  networks: CASE WHEN $include.networks THEN [(p)-[:PART_OF]->(n:Network) | n {.key, .name, .reportedCount}] END,
  members: CASE WHEN $include.members THEN [(party:Party)-[m:MEMBER_OF]->(p) | {role: m.role, validFrom: m.validFrom, validTo: m.validTo, party: party {.id, .name, .domain, .municipality}}] END,
  municipalities: CASE WHEN $include.municipalities THEN [(p)-[:ACTIVE_IN]->(m:Municipality) | m {.code, .name, .province, .location}] END,
  themes: CASE WHEN $include.themes THEN [(p)-[:WORKS_ON]->(t:Theme) | t.name] END,
  tables: CASE WHEN $include.tables
    THEN COLLECT { MATCH (p)-[:ACTIVE_IN]->(:Municipality)<-[:COVERS]-(t:Table) RETURN DISTINCT t {.id, .name, .level, .theme} } END,
  initiatives: CASE WHEN $include.initiatives THEN [(i:Initiative)-[:RUN_BY]->(p) | i {.id, .name, .scalingStatus}] END,
  domains: CASE WHEN $include.domains THEN [(party:Party)-[:MEMBER_OF]->(p) | party.domain] END
} AS relations
