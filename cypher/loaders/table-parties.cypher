// Per table ($ids): the parties seated at it on $asOf (DESIGN.md §9.3). $asOf null: every seat on record.
UNWIND $ids AS id
MATCH (t:Table {id: id})
RETURN id, [(party:Party)-[seat:SITS_AT]->(t) WHERE $asOf IS NULL OR
#include fragments/valid-on(seat)
  | party {.*}] AS items
