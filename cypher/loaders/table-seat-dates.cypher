// Per table ($ids): its dated seats (DESIGN.md §9.3), by party id.
UNWIND $ids AS id
MATCH (t:Table {id: id})
RETURN id, COLLECT {
  MATCH (party:Party)-[seat:SITS_AT]->(t)
  WHERE seat.validFrom IS NOT NULL OR seat.validTo IS NOT NULL
  RETURN {partyId: party.id, validFrom: seat.validFrom, validTo: seat.validTo} AS dates ORDER BY party.id
} AS items
