MATCH (p:Partnership)
RETURN p.id AS id, p.name AS name,
       [(p)-[:PART_OF]->(n:Network) | n.key] AS networks,
       [(p)-[:ACTIVE_IN]->(m:Municipality) | m.code] AS municipalities,
       [(p)-[:WORKS_ON]->(t:Theme) | t.name] AS themes,
       p.phase AS phase, p.startYear AS start_year,
       CASE WHEN p.locationDerived THEN null ELSE p.location.latitude END AS lat,
       CASE WHEN p.locationDerived THEN null ELSE p.location.longitude END AS lon,
       p.website AS website, p.source AS source, p.description AS description,
       p.approach AS approach, p.financing AS financing,
       p.validFrom AS valid_from, p.validTo AS valid_to
ORDER BY id
