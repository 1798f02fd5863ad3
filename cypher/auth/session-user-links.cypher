// The partnerships a user is linked to (kept when its password is set).
MATCH (u:User {email: $email})
RETURN [(u)-[:CONTRIBUTES_TO]->(p:Partnership) | p.id] AS partnerships
