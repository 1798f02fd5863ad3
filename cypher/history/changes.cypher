// Change records, newest first, with optional filters: a record, a user, a
// time, a kind of record, and the network or province of the partnership the
// change is about.
MATCH (c:Change)
WHERE ($entityId IS NULL OR c.entityId = $entityId)
  AND ($by IS NULL OR c.by = $by)
  AND ($since IS NULL OR c.at >= datetime($since))
  AND ($entity IS NULL OR c.entity = $entity)
  AND ($action IS NULL OR c.action = $action)
  AND ($network IS NULL OR EXISTS { MATCH (:Partnership {id: c.entityId})-[:PART_OF]->(:Network {key: $network}) })
  AND ($province IS NULL OR EXISTS { MATCH (:Partnership {id: c.entityId})-[:ACTIVE_IN]->(:Municipality {province: $province}) })
RETURN c {.id, .at, .by, .action, .entity, .entityId, .field, .before, .after, .source, .comment} AS change
ORDER BY c.at DESC, c.seq DESC
LIMIT $first
