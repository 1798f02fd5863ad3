MATCH (p:Partnership) WHERE p.id IN $ids
WITH p ORDER BY p.name
RETURN p.id AS id, p.name AS name, p.description AS description, p.startYear AS startYear, p.phase AS phase,
       p.approach AS approach, p.financing AS financing, p.location AS location, p.locationDerived AS locationDerived,
       p.website AS website, p.source AS source, coalesce(p.version, 1) AS version
