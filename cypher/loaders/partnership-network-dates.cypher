// Per partnership ($ids): its dated networks (DESIGN.md §9.3), by network key.
UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id, COLLECT {
  MATCH (p)-[link:PART_OF]->(n:Network)
  WHERE link.validFrom IS NOT NULL OR link.validTo IS NOT NULL
  RETURN {network: n.key, validFrom: link.validFrom, validTo: link.validTo} AS dates ORDER BY n.key
} AS items
