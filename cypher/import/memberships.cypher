UNWIND $rows AS row
MATCH (party:Party {id: row.partyId})
MATCH (p:Partnership {id: row.partnershipId})
MERGE (party)-[m:MEMBER_OF]->(p)
SET m.role = row.role, m.validFrom = date(row.validFrom), m.validTo = date(row.validTo)
