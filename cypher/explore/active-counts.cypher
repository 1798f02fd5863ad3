// activeCounts: for each date of $dates, in the order given, how many partnerships pass the
// partnership filter on it (DESIGN.md §9.3): valid then, with the networks and members of
// that day. The filter's date is each row's `day`, bound to it by the line below.
#bind $asOf day
UNWIND range(0, size($dates) - 1) AS i
WITH i, $dates[i] AS day
CALL (day) {
  MATCH (p:Partnership)
  WHERE
#include fragments/partnership-filter
  RETURN count(p) AS active
}
RETURN i, active
ORDER BY i
