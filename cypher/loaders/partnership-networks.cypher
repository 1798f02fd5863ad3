// Per partnership ($ids): its networks on $asOf (DESIGN.md §9.3). $asOf null: every one on record.
UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id, [(p)-[link:PART_OF]->(n:Network) WHERE $asOf IS NULL OR
#include fragments/valid-on(link)
  | n {.key, .name, .reportedCount}] AS items
