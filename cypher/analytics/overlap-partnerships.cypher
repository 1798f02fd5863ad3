// Network overlap, basis PARTNERSHIPS: a network's set is its partnerships that pass the
// partnership filter (all of them when no filter is given).
// One row per unordered pair of networks with a non-empty intersection.
MATCH (p:Partnership)
WHERE
#include fragments/partnership-filter
MATCH (p)-[link:PART_OF]->(n:Network)
WHERE
#include fragments/valid-on(link)
WITH p, collect(DISTINCT n.key) AS nets
UNWIND nets AS a
UNWIND nets AS b
// a = b counts the size of a's set; a < b counts the intersection.
WITH a, b, count(*) AS c
WITH collect({a: a, b: b, c: c}) AS cells
UNWIND cells AS cell
WITH cell, cells WHERE cell.a < cell.b
WITH cell.a AS a, cell.b AS b, cell.c AS shared,
     [x IN cells WHERE x.a = cell.a AND x.b = cell.a][0].c AS sizeA,
     [x IN cells WHERE x.a = cell.b AND x.b = cell.b][0].c AS sizeB
RETURN a, b, shared, toFloat(shared) / (sizeA + sizeB - shared) AS jaccard
ORDER BY a, b
