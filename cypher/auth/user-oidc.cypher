// A user signed in through OIDC: with a role from the provider it is added or
// updated; without one it must be in the user list already.
OPTIONAL MATCH (existing:User {email: $email})
CALL {
  WITH existing
  WITH existing WHERE $role IS NOT NULL
  MERGE (u:User {email: $email})
  ON CREATE SET u.created = datetime()
  SET u.role = $role, u.updated = datetime()
  RETURN u
  UNION
  WITH existing
  WITH existing WHERE $role IS NULL AND existing IS NOT NULL
  RETURN existing AS u
}
RETURN u.email AS email, u.role AS role
