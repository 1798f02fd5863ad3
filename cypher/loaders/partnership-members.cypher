UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id, [(party:Party)-[m:MEMBER_OF]->(p) | {role: m.role, party: party {.id, .name, .domain, .municipality}}] AS items
