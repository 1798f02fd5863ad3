// A partnership as its edit form knows it. Setting its version takes the
// record's write lock for the rest of the transaction, so two saves of the
// same version cannot both pass the version check.
MATCH (p:Partnership {id: $id})
SET p.version = coalesce(p.version, 1)
RETURN p.id AS id, p.version AS version, p.name AS name, p.description AS description, p.startYear AS startYear,
       p.phase AS phase, p.approach AS approach, p.financing AS financing,
       CASE WHEN p.locationDerived THEN null ELSE p.location.latitude END AS lat,
       CASE WHEN p.locationDerived THEN null ELSE p.location.longitude END AS lon,
       p.website AS website, p.source AS source, p.validFrom AS validFrom, p.validTo AS validTo,
       [(p)-[:PART_OF]->(n:Network) | n.key] AS networks,
       [(p)-[link:PART_OF]->(n:Network) WHERE link.validFrom IS NOT NULL OR link.validTo IS NOT NULL
         | {network: n.key, validFrom: link.validFrom, validTo: link.validTo}] AS networkDates,
       [(p)-[:ACTIVE_IN]->(m:Municipality) | m.code] AS municipalities,
       [(p)-[:WORKS_ON]->(t:Theme) | t.name] AS themes,
       [(party:Party)-[m:MEMBER_OF]->(p) | {partyId: party.id, role: m.role, validFrom: m.validFrom, validTo: m.validTo}] AS members
