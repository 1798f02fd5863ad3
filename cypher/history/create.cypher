// Appends change records (never updated or deleted by any statement).
UNWIND $changes AS c
CREATE (:Change {
  id: c.id, seq: c.seq, at: datetime($at), by: $by, action: c.action, entity: c.entity, entityId: c.entityId,
  field: c.field, before: c.before, after: c.after, source: c.source, comment: c.comment
})
