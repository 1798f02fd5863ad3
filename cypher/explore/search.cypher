// Full-text search over partnerships, parties, tables and municipalities.
// $query is a Lucene query built from escaped user words.
CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
WITH node, score,
     CASE WHEN node:Partnership THEN 'PARTNERSHIP' WHEN node:Party THEN 'PARTY'
          WHEN node:Table THEN 'TABLE' ELSE 'MUNICIPALITY' END AS kind
RETURN kind, coalesce(node.id, node.code) AS id, node.name AS name, score
ORDER BY score DESC, name ASC
LIMIT $limit
