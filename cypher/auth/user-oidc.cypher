// A user signed in through OIDC: with a role from the provider it is added or
// updated; without one it must be in the user list already (else no row).
OPTIONAL MATCH (existing:User {email: $email})
WITH existing
WHERE $role IS NOT NULL OR existing IS NOT NULL
MERGE (u:User {email: $email})
ON CREATE SET u.created = datetime()
SET u.role = coalesce($role, u.role), u.updated = datetime()
RETURN u.email AS email, u.role AS role
