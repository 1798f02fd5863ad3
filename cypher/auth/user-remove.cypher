// Removes a user and every session of it.
MATCH (u:User {email: $email})
OPTIONAL MATCH (s:Session {email: $email})
DETACH DELETE s
WITH DISTINCT u
DETACH DELETE u
RETURN count(*) AS removed
