// Party load (DESIGN.md §4) on $asOf (§9.3): partnerships a party is a member of plus tables
// it sits at, counting the memberships and seats valid then (and only partnerships valid then).
// The import MERGEs one MEMBER_OF per party and partnership and one SITS_AT per party and
// table, and only ever from a Party to a Partnership or a Table: labels are left off.
MATCH (p:Party)
WITH p,
     COUNT { (p)-[member:MEMBER_OF]->(ps) WHERE
#include fragments/valid-on(member)
       AND
#include fragments/valid-on(ps)
     } AS partnerships,
     COUNT { (p)-[seat:SITS_AT]->() WHERE
#include fragments/valid-on(seat)
     } AS tables
WITH p, partnerships, tables, partnerships + tables AS load
ORDER BY load DESC, p.name ASC, p.id ASC
LIMIT $top
RETURN p {.*} AS party, partnerships, tables, load
