// The regions of one type (DESIGN.md §9.1), by code, each with its
// municipalities.
MATCH (r:Region {type: $type})
RETURN r {.type, .code, .name} AS region,
       [(m:Municipality)-[:IN_REGION]->(r) | m {.code, .name, .province, .location}] AS municipalities
ORDER BY r.code
