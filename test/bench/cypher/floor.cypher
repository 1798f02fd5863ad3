// The floor: one full pass over all memberships, reading a property of each
// (count(m.role), so Neo4j cannot answer from the count store).
MATCH (:Party)-[m:MEMBER_OF]->(:Partnership)
RETURN count(m.role) AS roles
