// Party load (DESIGN.md §4) on $asOf (§9.3): partnerships a party is a member of plus tables
// it sits at, counting the memberships and seats valid then, of partnerships valid then.
//
// Shaped for speed (bench/RESULTS.md, "As of a date"; tier L: 100,000 parties, 1 M memberships):
// the load of every party is only needed to find the top $top, and a party's degree bounds its
// load on any date from above. So the degrees rank the parties, the exact load of the first
// 4 x $top sets a bar, and only parties whose degree reaches the bar are counted exactly
// (at $top 50: about 160 parties as of today, 480 as of 2021-12-31; at $top 1000 some
// 4,500 and 11,600). Against the statement before dates, p50 as of today / 2021-12-31: 1.18x /
// 1.23x. Taking the records not valid on $asOf off every party's degree instead (one row per
// such membership, then a sum per party over all 100,000) measured 1.96x / 2.57x: as of
// 2021-12-31, 12,000 partnerships had not started and their 240,000 memberships each made a row.
// The sum per party below only drops the lists from the rows the sort keeps (an eager step
// counts a list in a row once per row against the transaction's memory).
//
// Every party by its number of outgoing relationships, the most first: a bound on its load on
// any date (one degree, no relationship's properties read; only memberships and seats leave a
// party, and anything else would only loosen the bound).
CALL () {
  MATCH (p:Party)
  WITH p, COUNT { (p)-->() } AS bound
  ORDER BY bound DESC
  RETURN collect(p) AS ranked, collect(bound) AS bounds
}
// The few records not valid on $asOf, found by the range indexes (fragments/not-valid-on).
CALL () {
  MATCH (ps:Partnership)
  WHERE
#include fragments/not-valid-on(ps)
  RETURN collect(ps) AS goneP
}
CALL () {
  MATCH ()-[link:MEMBER_OF]->()
  WHERE
#include fragments/not-valid-on(link)
  RETURN collect(link) AS goneMembers
}
CALL () {
  MATCH ()-[link:SITS_AT]->()
  WHERE
#include fragments/not-valid-on(link)
  RETURN collect(link) AS goneSeats
}
// The bar: the $top-th highest load on $asOf among the 4 x $top parties with the highest bounds.
// No party whose bound is below it can be in the answer (there are $top loads at least as high).
CALL (ranked, goneP, goneMembers, goneSeats) {
  UNWIND ranked[0..4 * $top] AS p
  WITH COUNT { (p)-[link:MEMBER_OF]->(ps) WHERE NOT (link IN goneMembers OR ps IN goneP) }
           + COUNT { (p)-[link:SITS_AT]->() WHERE NOT link IN goneSeats } AS load
  ORDER BY load DESC
  RETURN coalesce(collect(load)[$top - 1], 0) AS bar
}
// The load on $asOf of every party whose bound reaches the bar: its memberships and seats
// less those not valid then, and the memberships of partnerships not valid then.
CALL (ranked, bounds, bar, goneP, goneMembers, goneSeats) {
  UNWIND ranked[0..size([b IN bounds WHERE b >= bar])] AS p
  WITH p, COUNT { (p)-[link:MEMBER_OF]->(ps) WHERE NOT (link IN goneMembers OR ps IN goneP) } AS partnerships,
       COUNT { (p)-[link:SITS_AT]->() WHERE NOT link IN goneSeats } AS tables
  RETURN p, partnerships, tables
}
WITH p, sum(partnerships) AS partnerships, sum(tables) AS tables
WITH p, partnerships, tables, partnerships + tables AS load
ORDER BY load DESC, p.name ASC, p.id ASC
LIMIT $top
RETURN p {.*} AS party, partnerships, tables, load
