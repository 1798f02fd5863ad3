MATCH (s:Session {idHash: $idHash})
DELETE s
