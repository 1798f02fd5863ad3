// Per party ($ids): the partnerships it was a member of on $asOf (DESIGN.md §9.3): the
// partnership and the membership both valid then. $asOf null: every one on record.
UNWIND $ids AS id
MATCH (party:Party {id: id})
RETURN id, [(party)-[member:MEMBER_OF]->(p:Partnership) WHERE $asOf IS NULL OR (
#include fragments/valid-on(member)
  AND
#include fragments/valid-on(p)
  ) | p {.*}] AS items
