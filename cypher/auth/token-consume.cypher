// Uses a one-time link: returns what it grants and deletes it (also when expired).
MATCH (t:PasswordToken {hash: $hash})
WITH t, t.email AS email, t.role AS role, t.expires > datetime() AS valid
DELETE t
RETURN email, role, valid
