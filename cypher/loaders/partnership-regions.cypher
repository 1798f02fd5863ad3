// The regions of the municipalities a partnership is active in, each once.
UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id, COLLECT {
  MATCH (p)-[:ACTIVE_IN]->(:Municipality)-[:IN_REGION]->(r:Region)
  RETURN DISTINCT r {.type, .code, .name}
} AS items
