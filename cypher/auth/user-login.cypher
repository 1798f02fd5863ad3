// The password hash of a user, for a sign-in.
MATCH (u:User {email: $email})
RETURN u.email AS email, u.role AS role, u.passwordHash AS passwordHash
