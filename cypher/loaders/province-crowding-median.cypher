// Per province ($ids: province names): the median crowding index (DESIGN.md §4,
// partnerships + tables) of its municipalities on $asOf, to compare a municipality with.
UNWIND $ids AS id
MATCH (m:Municipality {province: id})
WITH id, m,
     COUNT { (m)<-[:ACTIVE_IN]-(p) WHERE
#include fragments/valid-on(p)
     } + COUNT { (m)<-[:COVERS]-() } AS index
RETURN id, [percentileCont(index, 0.5)] AS items
