// Per network ($ids: keys): its partnerships on $asOf, as networks/list.cypher counts them.
UNWIND $ids AS id
MATCH (n:Network {key: id})
RETURN id, [COUNT { (p:Partnership)-[link:PART_OF]->(n) WHERE
#include fragments/valid-on(link)
  AND
#include fragments/valid-on(p)
}] AS items
