// --replace: empty the data (inside the import's transaction, so a failed
// import leaves the old data in place). Users, sessions, the history of
// changes and proposals stay.
MATCH (n)
WHERE NOT (n:User OR n:Session OR n:PasswordToken OR n:Change OR n:Proposal)
DETACH DELETE n
