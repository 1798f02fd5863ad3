// Used by tests: the stored location fields of one partnership.
MATCH (p:Partnership {id: $id})
RETURN p.id AS id, p.location AS location, p.locationDerived AS locationDerived, p.source AS source
