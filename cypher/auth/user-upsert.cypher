// Adds a user or updates its role, partnership links and (when given) password hash.
MERGE (u:User {email: $email})
ON CREATE SET u.created = datetime()
SET u.role = $role,
    u.passwordHash = coalesce($passwordHash, u.passwordHash),
    u.updated = datetime()
WITH u
CALL { WITH u MATCH (u)-[old:CONTRIBUTES_TO]->() DELETE old }
CALL {
  WITH u
  UNWIND $partnerships AS id
  MATCH (p:Partnership {id: id})
  MERGE (u)-[:CONTRIBUTES_TO]->(p)
}
RETURN u.email AS email, u.role AS role, [(u)-[:CONTRIBUTES_TO]->(p:Partnership) | p.id] AS partnerships
