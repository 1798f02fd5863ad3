// Archives a partnership: it leaves every view and analytic (its label and
// relationships go; its initiatives are archived with it). It keeps its id
// and properties, and its history stays in the Change records.
MATCH (p:Partnership {id: $id})
CALL { WITH p MATCH (i:Initiative)-[:RUN_BY]->(p) REMOVE i:Initiative SET i:Archived, i.archivedKind = 'Initiative' }
CALL { WITH p MATCH (p)-[r]-() DELETE r }
REMOVE p:Partnership
SET p:Archived, p.archivedKind = 'Partnership', p.archivedAt = datetime(), p.archivedBy = $by, p.archivedReason = $reason,
    p.version = p.version + 1
RETURN p.id AS id, p.version AS version
