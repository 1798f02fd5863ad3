// Archives a table: it leaves every view and analytic (its label and
// relationships go); it keeps its id and properties, and its history.
MATCH (n:Table {id: $id})
CALL { WITH n MATCH (n)-[r]-() DELETE r }
REMOVE n:Table
SET n:Archived, n.archivedKind = 'Table', n.archivedAt = datetime(), n.archivedBy = $by, n.archivedReason = $reason,
    n.version = n.version + 1
RETURN n.id AS id, n.version AS version
