// The signed-in user of a live session.
MATCH (s:Session {idHash: $idHash})
WHERE s.expires > datetime()
MATCH (u:User {email: s.email})
RETURN u.email AS email, u.role AS role, [(u)-[:CONTRIBUTES_TO]->(p:Partnership) | p.id] AS partnerships
