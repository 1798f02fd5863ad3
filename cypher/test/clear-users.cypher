// Used by tests: every user, session and one-time link.
MATCH (n) WHERE n:User OR n:Session OR n:PasswordToken DETACH DELETE n
