// A table's seats as the edit gives them ($seats: [{partyId, validFrom, validTo}]): others leave,
// dates are set (DESIGN.md §9.3).
MATCH (t:Table {id: $id})
CALL (t) { MATCH (party:Party)-[s:SITS_AT]->(t) WHERE NOT party.id IN [x IN $seats | x.partyId] DELETE s }
CALL (t) {
  UNWIND $seats AS row
  MATCH (party:Party {id: row.partyId})
  MERGE (party)-[seat:SITS_AT]->(t)
  SET seat.validFrom = date(row.validFrom), seat.validTo = date(row.validTo)
}
