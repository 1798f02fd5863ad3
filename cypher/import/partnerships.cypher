UNWIND $rows AS row
MERGE (p:Partnership {id: row.id})
// A new record starts at version 1; a changed one goes up by one (optimistic concurrency).
SET p.version = CASE WHEN p.version IS NULL THEN 1 WHEN row.changed THEN p.version + 1 ELSE p.version END
SET p.name = row.name,
    p.description = row.description,
    p.startYear = row.startYear,
    p.phase = row.phase,
    p.approach = row.approach,
    p.financing = row.financing,
    p.website = row.website,
    p.source = row.source,
    p.location = CASE WHEN row.lat IS NULL THEN null ELSE point({latitude: row.lat, longitude: row.lon}) END,
    p.locationDerived = row.locationDerived,
    // DESIGN.md §9.3: ISO dates stored as Neo4j dates (date(null) is null: unknown, always valid).
    p.validFrom = date(row.validFrom),
    p.validTo = date(row.validTo)
WITH p, row
CALL { WITH p MATCH (p)-[old:PART_OF|ACTIVE_IN|WORKS_ON]->() DELETE old }
CALL {
  WITH p, row
  UNWIND row.networks AS key
  MATCH (n:Network {key: key})
  MERGE (p)-[link:PART_OF]->(n)
  // The network_memberships row of this entry, if it is dated.
  WITH link, [d IN coalesce(row.networkDates, []) WHERE d.network = key][0] AS dated
  SET link.validFrom = date(dated.validFrom), link.validTo = date(dated.validTo)
}
CALL { WITH p, row UNWIND row.municipalities AS code MATCH (m:Municipality {code: code}) MERGE (p)-[:ACTIVE_IN]->(m) }
CALL { WITH p, row UNWIND row.themes AS name MERGE (t:Theme {name: name}) MERGE (p)-[:WORKS_ON]->(t) }
