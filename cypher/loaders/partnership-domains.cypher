// Per partnership ($ids): the domains of its members on $asOf (DESIGN.md §9.3).
UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id, [(party:Party)-[m:MEMBER_OF]->(p) WHERE
#include fragments/valid-on(m)
  | party.domain] AS items
