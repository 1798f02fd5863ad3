UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id, [(party:Party)-[m:MEMBER_OF]->(p) | {role: m.role, validFrom: m.validFrom, validTo: m.validTo, party: party {.id, .name, .domain, .municipality}}] AS items
