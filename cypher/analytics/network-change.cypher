// networkChange (DESIGN.md §9.3): per network, the partnerships in it on $to but not on
// $from (joined) and the reverse (left). A partnership is in a network on a date when the
// partnership and its PART_OF are both valid then. Also the counts on both dates.
MATCH (n:Network)
CALL (n) {
  OPTIONAL MATCH (n)<-[link:PART_OF]-(p:Partnership)
  WITH p,
       p IS NOT NULL AND
#include fragments/valid-on(p, $from)
       AND
#include fragments/valid-on(link, $from)
       AS before,
       p IS NOT NULL AND
#include fragments/valid-on(p, $to)
       AND
#include fragments/valid-on(link, $to)
       AS after
  RETURN count(CASE WHEN after AND NOT before THEN p END) AS joined,
         count(CASE WHEN before AND NOT after THEN p END) AS left,
         count(CASE WHEN before THEN p END) AS before,
         count(CASE WHEN after THEN p END) AS after
}
RETURN n.key AS network, joined, left, before, after
ORDER BY network
