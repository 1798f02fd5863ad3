// Party.duplicateTables (DESIGN.md §9.4): the pairs of duplicateTables($minJaccard) at both
// of whose tables party $id sits, in the same order (Jaccard desc, then ids), with the seats of $asOf.
// (Any one global order of parties serves the prefix filter; all seats, dated or not, give one.)
//
// Every pair of the party's tables shares the party, so every pair is a candidate; a party
// seated at hundreds of tables would make that tens of thousands. The prefix filtering of
// analytics/duplicate-tables.cypher cuts that: with all seated parties in one global order
// (rarely seated first, ties by id), two seat sets with Jaccard >= j share a party among
// the first |s| - ceil(j * |s|) + 1 of each. The epsilon keeps rounding from cutting a prefix short.
MATCH (:Party {id: $id})-[mine:SITS_AT]->(t:Table)
WHERE
#include fragments/valid-on(mine)
MATCH (t)<-[seat:SITS_AT]-(party)
WHERE
#include fragments/valid-on(seat)
WITH t, party, COUNT { (party)-[:SITS_AT]->() } AS seats
ORDER BY seats ASC, party.id ASC
WITH t, collect(party) AS seated
WITH t, seated, size(seated) - toInteger(ceil($minJaccard * size(seated) - 1e-9)) + 1 AS prefix
UNWIND seated[0..prefix] AS party
WITH party, collect({table: t, seated: seated}) AS tables
UNWIND range(0, size(tables) - 2) AS i
UNWIND range(i + 1, size(tables) - 1) AS j
WITH tables[i] AS x, tables[j] AS y
// Jaccard <= min size / max size: pairs of very different sizes cannot qualify.
WHERE $minJaccard * size(x.seated) <= size(y.seated) AND $minJaccard * size(y.seated) <= size(x.seated)
WITH x.table AS t1, y.table AS t2, size([party IN x.seated WHERE party IN y.seated]) AS shared, size(x.seated) + size(y.seated) AS sizes
WITH t1, t2, shared, toFloat(shared) / (sizes - shared) AS jaccard
WHERE jaccard >= $minJaccard
// A pair sharing several prefix parties came once per party.
WITH DISTINCT t1, t2, shared, jaccard
WITH CASE WHEN t1.id < t2.id THEN [t1, t2] ELSE [t2, t1] END AS pair, shared, jaccard
WITH pair[0] AS t1, pair[1] AS t2, shared, jaccard
RETURN t1.id AS a, t2.id AS b, shared, jaccard,
       COUNT { MATCH (t1)-[:COVERS]->(m:Municipality)<-[:COVERS]-(t2) RETURN DISTINCT m } AS sharedMunicipalities
ORDER BY jaccard DESC, a ASC, b ASC
LIMIT $limit
