// Per partnership ($ids): its members on $asOf (DESIGN.md §9.3), with their dates.
// $asOf null: every membership on record.
UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id, [(party:Party)-[m:MEMBER_OF]->(p) WHERE $asOf IS NULL OR
#include fragments/valid-on(m)
  | {role: m.role, validFrom: m.validFrom, validTo: m.validTo, party: party {.id, .name, .domain, .municipality}}] AS items
