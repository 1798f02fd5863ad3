// Per province ($ids: province names): the median crowding index (DESIGN.md §4,
// partnerships + tables) of its municipalities, to compare a municipality with.
UNWIND $ids AS id
MATCH (m:Municipality {province: id})
WITH id, m, COUNT { (m)<-[:ACTIVE_IN]-() } + COUNT { (m)<-[:COVERS]-() } AS index
RETURN id, [percentileCont(index, 0.5)] AS items
