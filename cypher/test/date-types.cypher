// The Cypher types of the stored validity bounds (DESIGN.md §9.3), of every dated kind of record.
CALL () { MATCH (p:Partnership) WHERE p.validFrom IS NOT NULL OR p.validTo IS NOT NULL RETURN [p.validFrom, p.validTo] AS bounds
  UNION ALL MATCH ()-[r:MEMBER_OF|SITS_AT|PART_OF]->() WHERE r.validFrom IS NOT NULL OR r.validTo IS NOT NULL RETURN [r.validFrom, r.validTo] AS bounds }
UNWIND bounds AS bound
WITH bound WHERE bound IS NOT NULL
RETURN collect(DISTINCT valueType(bound)) AS types, count(*) AS bounds
