// Party load (DESIGN.md §4) on $asOf (§9.3): partnerships a party is a member of plus tables
// it sits at, counting the memberships and seats valid then, of partnerships valid then.
// The counts are degrees (a lookup, not a walk over the other end): the import MERGEs one
// MEMBER_OF per party and partnership and one SITS_AT per party and table, and only ever
// from a Party to a Partnership or a Table. From them go the memberships and seats not valid
// on $asOf, which the range indexes find (fragments/not-valid-on) without reading the dates
// of every membership.
CALL () {
  MATCH (p:Party)
  RETURN p, COUNT { (p)-[:MEMBER_OF]->() } AS partnerships, COUNT { (p)-[:SITS_AT]->() } AS tables
  UNION ALL
  CALL () {
    MATCH (ps:Partnership)
    WHERE
#include fragments/not-valid-on(ps)
    MATCH (p)-[member:MEMBER_OF]->(ps)
    RETURN p, member
    UNION
    MATCH (p)-[member:MEMBER_OF]->()
    WHERE
#include fragments/not-valid-on(member)
    RETURN p, member
  }
  RETURN p, -count(member) AS partnerships, 0 AS tables
  UNION ALL
  MATCH (p)-[seat:SITS_AT]->()
  WHERE
#include fragments/not-valid-on(seat)
  RETURN p, 0 AS partnerships, -count(seat) AS tables
}
WITH p, sum(partnerships) AS partnerships, sum(tables) AS tables
WITH p, partnerships, tables, partnerships + tables AS load
ORDER BY load DESC, p.name ASC, p.id ASC
LIMIT $top
RETURN p {.*} AS party, partnerships, tables, load
