// Duplicate tables (DESIGN.md §4): unordered pairs of tables whose sets of
// seated parties have Jaccard >= $minJaccard (pairs sharing no party never qualify).
MATCH (t1:Table)<-[:SITS_AT]-(party:Party)-[:SITS_AT]->(t2:Table)
WHERE t1.id < t2.id
WITH t1, t2, count(DISTINCT party) AS shared
WITH t1, t2, shared,
     COUNT { MATCH (p:Party)-[:SITS_AT]->(t1) RETURN DISTINCT p } AS size1,
     COUNT { MATCH (p:Party)-[:SITS_AT]->(t2) RETURN DISTINCT p } AS size2
WITH t1, t2, shared, toFloat(shared) / (size1 + size2 - shared) AS jaccard
WHERE jaccard >= $minJaccard
RETURN t1.id AS a, t2.id AS b, shared, jaccard,
       COUNT { MATCH (t1)-[:COVERS]->(m:Municipality)<-[:COVERS]-(t2) RETURN DISTINCT m } AS sharedMunicipalities
ORDER BY jaccard DESC, a ASC, b ASC
LIMIT $limit
