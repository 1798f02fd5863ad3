// Change records, newest first, with optional filters: a record, a user, a
// time, a kind of record, and the network, province or region (a code of any
// type) of the partnership the change is about. A list of records an import created (entityIds, afters;
// history/create-imported) reads as one change per record, in list order.
CALL {
  MATCH (c:Change)
  WHERE c.entityId IS NOT NULL AND ($entityId IS NULL OR c.entityId = $entityId)
  RETURN c, c.entityId AS entityId, 0 AS n, c.id AS id, c.after AS after
  UNION ALL
  MATCH (c:Change)
  WHERE c.entityIds IS NOT NULL AND ($entityId IS NULL OR (c.firstId <= $entityId AND $entityId <= c.lastId))
  UNWIND range(0, size(c.entityIds) - 1) AS n
  WITH c, n
  WHERE $entityId IS NULL OR c.entityIds[n] = $entityId
  RETURN c, c.entityIds[n] AS entityId, n, c.id + '/' + toString(n) AS id,
         CASE c.afters[n] WHEN '' THEN null ELSE c.afters[n] END AS after
}
WITH c, entityId, n, id, after
WHERE ($by IS NULL OR c.by = $by)
  AND ($since IS NULL OR c.at >= datetime($since))
  AND ($entity IS NULL OR c.entity = $entity)
  AND ($action IS NULL OR c.action = $action)
  AND ($network IS NULL OR EXISTS { MATCH (:Partnership {id: entityId})-[:PART_OF]->(:Network {key: $network}) })
  AND ($province IS NULL OR EXISTS { MATCH (:Partnership {id: entityId})-[:ACTIVE_IN]->(:Municipality {province: $province}) })
  AND ($region IS NULL OR EXISTS { MATCH (:Partnership {id: entityId})-[:ACTIVE_IN]->(:Municipality)-[:IN_REGION]->(:Region {code: $region}) })
RETURN c {id: id, .at, .by, .action, .entity, entityId: entityId, .field, .before, after: after, .source, .comment} AS change
ORDER BY c.at DESC, c.seq DESC, n DESC
LIMIT $first
