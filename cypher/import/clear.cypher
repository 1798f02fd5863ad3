// --replace: empty the database (inside the import's transaction, so a failed
// import leaves the old data in place).
MATCH (n) DETACH DELETE n
