// Whether a live first-administrator link exists.
MATCH (t:PasswordToken) WHERE t.email IS NULL AND t.expires > datetime()
RETURN count(t) AS pending
