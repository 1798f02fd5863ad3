// The statement as it was before records had dates (DESIGN.md §9.3): the baseline an as-of
// statement is measured against (test/bench/scenarios/time-bench.ts). Not run by the server.
// Duplicate tables (DESIGN.md §4): unordered pairs of tables whose sets of
// seated parties have Jaccard >= $minJaccard (pairs sharing no party never qualify).
//
// Prefix filtering (Chaudhuri et al. 2006; Bayardo et al. 2007), so that a party seated
// at hundreds of tables does not make every pair of those tables a candidate: order all
// parties from rarely to often seated; two sets with Jaccard >= j share at least one party
// among the first |s| - ceil(j * |s|) + 1 of each. One sorted stream gives every table's
// list in the same global order. The epsilon keeps a prefix from being cut short by a
// rounding error (a longer prefix only adds candidates, never loses a pair).
// A party's rarity is the number of tables it sits at, counted from the same rows
// (cheaper than a degree lookup per seat). Sorted, each party is one row, unwound in
// place: every table's list follows the one sorted order of parties, ties included.
MATCH (t:Table)<-[:SITS_AT]-(party)
WITH party, collect(t) AS tables
ORDER BY size(tables) ASC
UNWIND tables AS t
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
