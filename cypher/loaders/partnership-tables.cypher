// Tables relevant to a partnership: those covering any municipality it is active in.
UNWIND $ids AS id
MATCH (p:Partnership {id: id})
CALL { WITH p OPTIONAL MATCH (p)-[:ACTIVE_IN]->(:Municipality)<-[:COVERS]-(t:Table) RETURN collect(DISTINCT t {.id, .name, .level, .theme}) AS items }
RETURN id, items
