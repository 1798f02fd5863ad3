UNWIND $ids AS id
MATCH (r:Region {code: id})
RETURN id, [(m:Municipality)-[:IN_REGION]->(r) | m {.code, .name, .province, .location}] AS items
