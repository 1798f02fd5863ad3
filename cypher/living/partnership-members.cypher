// A partnership's members as the edit gives them: others leave, roles and dates are set.
MATCH (p:Partnership {id: $id})
CALL { WITH p MATCH (party:Party)-[m:MEMBER_OF]->(p) WHERE NOT party.id IN [x IN $members | x.partyId] DELETE m }
CALL {
  WITH p
  UNWIND $members AS row
  MATCH (party:Party {id: row.partyId})
  MERGE (party)-[m:MEMBER_OF]->(p)
  SET m.role = row.role, m.validFrom = date(row.validFrom), m.validTo = date(row.validTo)
}
