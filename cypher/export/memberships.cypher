MATCH (party:Party)-[m:MEMBER_OF]->(p:Partnership)
RETURN p.id AS partnership_id, party.id AS party_id, m.role AS role, m.validFrom AS valid_from, m.validTo AS valid_to
ORDER BY partnership_id, party_id
