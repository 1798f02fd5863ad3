// A new session (its id only as a hash); expired sessions are dropped on the way.
CALL { MATCH (old:Session) WHERE old.expires < datetime() DETACH DELETE old }
MATCH (u:User {email: $email})
CREATE (s:Session {idHash: $idHash, email: u.email, created: datetime(), expires: datetime() + duration({seconds: $ttlSeconds})})
RETURN s.email AS email
