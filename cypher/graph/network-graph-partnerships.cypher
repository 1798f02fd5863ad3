// Networks mode of the network view, basis PARTNERSHIPS: the national networks with
// how many partnerships that pass the filter (on $asOf) each has, and the overlap between
// every two networks among those partnerships.
// A network's set is its partnerships.
// With no filter the pairs equal networkOverlap(PARTNERSHIPS) (DESIGN.md §4).
// One row: networks (by key, each with partnerships and the size of its set)
// and pairs (a < b, ordered by a, b).
MATCH (p:Partnership)
WHERE
#include fragments/partnership-filter
WITH collect(p) AS ps
CALL (ps) {
  MATCH (n:Network)
  WITH n ORDER BY n.key
  RETURN collect(n {.key, .name, .reportedCount, partnerships: size([x IN ps WHERE EXISTS { (x)-[link:PART_OF]->(n) WHERE
#include fragments/valid-on(link)
    }])}) AS networks
}
CALL (ps) {
  UNWIND ps AS element
  MATCH (element)-[link:PART_OF]->(n:Network)
  WHERE
#include fragments/valid-on(link)
  WITH element, collect(DISTINCT n.key) AS nets
  UNWIND nets AS a
  UNWIND nets AS b
  // a = b counts the size of a's set; a < b counts the intersection.
  WITH a, b, count(*) AS c
  WITH collect({a: a, b: b, c: c}) AS cells
  CALL (cells) {
    UNWIND [cell IN cells WHERE cell.a < cell.b] AS cell
    WITH cell,
         [x IN cells WHERE x.a = cell.a AND x.b = cell.a][0].c AS sizeA,
         [x IN cells WHERE x.a = cell.b AND x.b = cell.b][0].c AS sizeB
    ORDER BY cell.a, cell.b
    RETURN collect({a: cell.a, b: cell.b, shared: cell.c, jaccard: toFloat(cell.c) / (sizeA + sizeB - cell.c)}) AS pairs
  }
  RETURN [x IN cells WHERE x.a = x.b | {key: x.a, size: x.c}] AS sizes, pairs
}
RETURN networks, sizes, pairs
