// Per party ($ids): the tables it sat at on $asOf (DESIGN.md §9.3). $asOf null: every seat on record.
UNWIND $ids AS id
MATCH (party:Party {id: id})
RETURN id, [(party)-[seat:SITS_AT]->(t:Table) WHERE $asOf IS NULL OR
#include fragments/valid-on(seat)
  | t {.*}] AS items
