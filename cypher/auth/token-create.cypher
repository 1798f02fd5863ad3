// A one-time link: sets a password for $email, or (email null) creates the first administrator.
CREATE (t:PasswordToken {hash: $hash, email: $email, role: $role, expires: datetime() + duration({seconds: $ttlSeconds})})
RETURN t.hash AS hash
