// The statement as it was before records had dates (DESIGN.md §9.3): the baseline an as-of
// statement is measured against (test/bench/scenarios/time-bench.ts). Not run by the server.
// Party load (DESIGN.md §4): partnerships a party is a member of plus tables it sits at.
// The counts are degrees (a lookup, not a walk over the other end): the import MERGEs one
// MEMBER_OF per party and partnership and one SITS_AT per party and table, and only ever
// from a Party to a Partnership or a Table.
MATCH (p:Party)
WITH p, COUNT { (p)-[:MEMBER_OF]->() } AS partnerships, COUNT { (p)-[:SITS_AT]->() } AS tables
WITH p, partnerships, tables, partnerships + tables AS load
ORDER BY load DESC, p.name ASC, p.id ASC
LIMIT $top
RETURN p {.*} AS party, partnerships, tables, load
