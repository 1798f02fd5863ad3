// Appends the records an import created, as one change node per list (up to
// 5,000 records of one kind, sorted by id; seed/src/history/changes.ts): the
// n-th record's id is entityIds[n], its values afters[n]. Read as one change
// per record by history/changes.
CREATE (:Change {
  id: $list.id, seq: $list.seq, at: datetime($at), by: $by, action: 'IMPORT', entity: $list.entity,
  field: $list.field, source: $list.source, entityIds: $list.entityIds, afters: $list.afters,
  firstId: $list.firstId, lastId: $list.lastId
})
