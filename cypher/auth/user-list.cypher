MATCH (u:User)
RETURN u.email AS email, u.role AS role, u.passwordHash IS NOT NULL AS hasPassword,
       [(u)-[:CONTRIBUTES_TO]->(p:Partnership) | p.id] AS partnerships
ORDER BY email
